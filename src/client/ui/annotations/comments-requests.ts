import { useEffect } from 'react';
import { createStore } from 'zustand/vanilla';
import type { PlaceChoice } from '../place/place-choice.ts';

/**
 * What another part of the session screen asks the comments panel to show: a pin's thread
 * (a pin tapped in 3D) or the composer with a place already chosen (the ground tapped in 3D).
 * The panel keeps its own navigation; this is a mailbox it empties on arrival, so a request
 * made while the panel was hidden is still honoured when it shows.
 */
export type CommentsRequest = { kind: 'thread'; pinId: string } | { kind: 'compose'; prefill: ComposerPrefill };

/** What a new comment starts with when it is begun elsewhere: the place, and the option that
 * was on screen (none when that was the street as it is). */
export interface ComposerPrefill {
  place: PlaceChoice;
  optionId?: string | undefined;
}

const mailbox = createStore<{ request: CommentsRequest | null }>()(() => ({ request: null }));

export function requestThread(pinId: string): void {
  mailbox.setState({ request: { kind: 'thread', pinId } });
}

export function requestComposer(prefill: ComposerPrefill): void {
  mailbox.setState({ request: { kind: 'compose', prefill } });
}

/** Calls `handle` with each request, once, from when the panel mounts. */
export function useCommentsRequests(handle: (request: CommentsRequest) => void): void {
  useEffect(() => {
    const deliver = () => {
      const { request } = mailbox.getState();
      if (!request) return;
      mailbox.setState({ request: null });
      handle(request);
    };
    deliver();
    return mailbox.subscribe(deliver);
  }, [handle]);
}
