import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { SessionTab } from '../../routing/session-tab.ts';

/** Room left above a section's top for the sticky connection strip (it grows to two lines
 * while changes wait to be sent). */
const STRIP_ALLOWANCE_PX = 80;

/**
 * Switching sections on a phone, done so nobody loses their place:
 * - each section comes back where it was left (forty screens into the comments, say);
 * - a section seen for the first time opens at its top, below the meeting's header;
 * - tapping the section already shown goes back to its top, as phone apps do;
 * - focus moves to the section's heading, so a screen reader reads on from there.
 */
export function useSectionSwitch(
  shown: SessionTab,
  setShown: (section: SessionTab) => void,
  panels: RefObject<HTMLElement | null>,
): (section: SessionTab) => void {
  const positions = useRef(new Map<SessionTab, number>());
  const pending = useRef<{ from: number } | null>(null);

  const panelOf = useCallback((section: SessionTab) => panels.current?.querySelector<HTMLElement>(`[data-section="${section}"]`) ?? null, [panels]);
  const topOf = useCallback((panel: HTMLElement | null) => (panel ? Math.max(0, panel.getBoundingClientRect().top + window.scrollY - STRIP_ALLOWANCE_PX) : 0), []);

  const switchTo = useCallback(
    (section: SessionTab) => {
      if (section === shown) {
        const panel = panelOf(section);
        focusHeadingOf(panel);
        window.scrollTo(0, Math.min(window.scrollY, topOf(panel)));
        return;
      }
      positions.current.set(shown, window.scrollY);
      pending.current = { from: window.scrollY };
      setShown(section);
    },
    [shown, setShown, panelOf, topOf],
  );

  // Before paint, so the new section never flashes at the old one's scroll position.
  useLayoutEffect(() => {
    const switched = pending.current;
    if (!switched) return;
    pending.current = null;
    const panel = panelOf(shown);
    focusHeadingOf(panel);
    window.scrollTo(0, positions.current.get(shown) ?? Math.min(switched.from, topOf(panel)));
  }, [shown, panelOf, topOf]);

  return switchTo;
}

function focusHeadingOf(panel: HTMLElement | null): void {
  const heading = panel?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  // headings are not focusable by themselves; -1 lets a script focus one without adding a tab stop
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}
