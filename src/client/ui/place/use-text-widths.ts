import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The real rendered widths of the `<text data-measure>` elements inside `container`, by their
 * text. Label placement starts from estimates; fonts differ from phone to phone (PingFang, Noto,
 * Roboto...), so once the browser has drawn the labels they are measured and placed again.
 * Measured after every render of the (memoized, rarely rendering) caller; settles at once, since
 * the second layout measures the same widths and sets no new state.
 */
export function useTextWidths(container: RefObject<SVGGElement | null>): Readonly<Record<string, number>> {
  const [widths, setWidths] = useState<Record<string, number>>({});
  useLayoutEffect(() => {
    const measured: Record<string, number> = {};
    let changed = false;
    container.current?.querySelectorAll<SVGTextElement>('text[data-measure]').forEach((el) => {
      const text = el.textContent ?? '';
      measured[text] = el.getComputedTextLength();
      if (!(Math.abs((widths[text] ?? -10) - measured[text]) < 0.5)) changed = true;
    });
    if (changed) setWidths(measured);
  });
  return widths;
}
