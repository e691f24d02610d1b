import { applyOps } from '../../core/domain/apply-op.ts';
import { emptySiteState, type SiteState } from '../../core/domain/state.ts';
import type { Tally } from '../../core/domain/tally.ts';
import type { JoinResult, PresenceEntry, SyncPayload } from '../../core/protocol/messages.ts';
import type { WireOp } from '../../core/protocol/wire.ts';
import type { SessionView } from './session-view.ts';

// Pure functions from one SessionView to the next: the network layer decides when, these decide
// what. Each returns a new object so zustand selectors see the change.

/** Brings the folded log up to the server's view: a snapshot replaces it, a replay extends it. */
export function withSync(view: SessionView, siteId: string, sync: SyncPayload): SessionView {
  if (sync.kind === 'snapshot') return { ...view, log: { ...sync.snapshot } };
  return withOps({ ...view, log: view.log ?? emptySiteState(siteId) }, sync.ops);
}

/** Applies ops already put in seq order (by the SeqTracker). */
export function withOps(view: SessionView, ops: readonly WireOp[]): SessionView {
  if (!view.log || ops.length === 0) return view;
  const seq = view.log.seq;
  const log: SiteState = applyOps(view.log, ops.filter((op) => op.seq > seq));
  // unchanged means the same object: subscribers do not re-render for duplicates
  return log === view.log ? view : { ...view, log };
}

export function withJoin(view: SessionView, result: JoinResult): SessionView {
  const synced = withSync(view.joined?.site.id === result.site.id ? view : { ...view, log: null }, result.site.id, result.sync);
  return {
    ...synced,
    status: 'online',
    problem: null,
    joined: { you: result.you, session: result.session, site: result.site },
    presence: Object.fromEntries(result.presence.map((p) => [p.connectionId, p])),
    tallies: byQuestion({}, result.tallies),
  };
}

export function withTallies(view: SessionView, tallies: readonly Tally[]): SessionView {
  return { ...view, tallies: byQuestion(view.tallies, tallies) };
}

export function withPresence(view: SessionView, entry: PresenceEntry): SessionView {
  return { ...view, presence: { ...view.presence, [entry.connectionId]: entry } };
}

export function withoutPresence(view: SessionView, connectionId: string): SessionView {
  if (!(connectionId in view.presence)) return view;
  const { [connectionId]: _gone, ...rest } = view.presence;
  return { ...view, presence: rest };
}

function byQuestion(current: Record<string, Tally>, tallies: readonly Tally[]): Record<string, Tally> {
  const next = { ...current };
  for (const t of tallies) next[t.questionId] = t;
  return next;
}
