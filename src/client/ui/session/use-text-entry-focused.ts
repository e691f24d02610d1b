import { useEffect, useState } from 'react';

/** Input types that bring up the on-screen keyboard. */
const TYPED_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url']);

function opensKeyboard(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TYPED_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Whether the person is typing in a text field (on a phone: the keyboard is up). The bottom bar
 * steps aside then: with the keyboard open an old phone has some 250 px left, and a tab bar
 * there would cover the comment's send button.
 */
export function useTextEntryFocused(enabled: boolean): boolean {
  const [focused, setFocused] = useState(() => opensKeyboard(document.activeElement));
  useEffect(() => {
    if (!enabled) return;
    const onFocusIn = (event: FocusEvent) => setFocused(opensKeyboard(event.target));
    // relatedTarget: moving from one field to the next must not flash the bar in between
    const onFocusOut = (event: FocusEvent) => setFocused(opensKeyboard(event.relatedTarget));
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [enabled]);
  return enabled && focused;
}
