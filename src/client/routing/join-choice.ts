import { tabStore, type KeyValueStore } from '../browser/safe-storage.ts';

/**
 * What a person chose on the landing page before joining `code`, handed to the session screen.
 *
 * Kept in sessionStorage (this tab, across reloads), never in the address: a link shared in a
 * group chat must not make everyone who opens it an observer. Someone who arrives by QR code
 * or link without passing the landing joins with the defaults.
 */
export interface JoinChoice {
  /** observers read and watch but cannot comment or vote */
  role: 'participant' | 'observer';
  /** the name field was left empty: the server should forget any name it kept (name: null);
   * otherwise an unnamed join leaves the server's name as it was */
  clearName: boolean;
}

const DEFAULT_CHOICE: JoinChoice = { role: 'participant', clearName: false };

const storageKey = (code: string) => `gj.joinChoice.${code}`;

export function rememberJoinChoice(code: string, choice: JoinChoice, store: KeyValueStore = tabStore): void {
  store.set(storageKey(code), JSON.stringify(choice));
}

/** The choice made for `code` in this tab, or the defaults (also for anything unreadable). */
export function joinChoiceFor(code: string, store: KeyValueStore = tabStore): JoinChoice {
  const saved = store.get(storageKey(code));
  if (!saved) return DEFAULT_CHOICE;
  try {
    const parsed = JSON.parse(saved) as Partial<JoinChoice> | null;
    return {
      role: parsed?.role === 'observer' ? 'observer' : 'participant',
      clearName: parsed?.clearName === true,
    };
  } catch {
    return DEFAULT_CHOICE;
  }
}
