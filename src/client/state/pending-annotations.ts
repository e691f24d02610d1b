// `pendingAnnotations(view)`: the pins and replies this person made that are still in the outbox (not yet in the log), for the annotations UI to show as "sending…"; use it as `useSessionView(pendingAnnotations)`.
import type { ClientOpBody } from '../../core/protocol/ops.ts';
import type { PendingChange } from '../net/outbox/outbox-store.ts';
import type { SessionView } from './session-view.ts';

type AnnotationBody = Extract<ClientOpBody, { type: 'annotation.create' | 'annotation.reply' }>;

/** A pin (`annotation.create`) or reply (`annotation.reply`) on its way; `body.payload.id` is
 * the id it will have in the log. */
export type PendingAnnotation = PendingChange & { body: AnnotationBody };

// Memoized on its inputs: a selector that returned a new array every time would make
// useSyncExternalStore (under zustand) re-render without end.
let lastOutbox: SessionView['outbox'] | null = null;
let lastAnnotations: object | undefined;
let lastResult: PendingAnnotation[] = [];

export function pendingAnnotations(view: SessionView): PendingAnnotation[] {
  const annotations = view.log?.annotations;
  if (view.outbox === lastOutbox && annotations === lastAnnotations) return lastResult;
  lastOutbox = view.outbox;
  lastAnnotations = annotations;
  // Once its op is in the log the annotation shows from there (after a reconnect the catch-up
  // can bring it before the resend is acked): never show it twice.
  lastResult = view.outbox.filter(
    (change): change is PendingAnnotation =>
      (change.body.type === 'annotation.create' || change.body.type === 'annotation.reply') &&
      !(annotations && change.body.payload.id in annotations),
  );
  return lastResult;
}
