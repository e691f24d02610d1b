import { useMemo } from 'react';
import type { Annotation, Viewer } from '../../../core/domain/state.ts';
import type { SitePack } from '../../../core/site/schema.ts';
import { useSessionView } from '../../state/session-store.ts';

/** Why this person cannot write now (null: they can). */
export type WriteBlock = 'observer' | 'closed' | null;

export interface AnnotationScope {
  site: SitePack;
  /** who is looking: decides what is visible and what is "mine" */
  viewer: Viewer;
  /** the name this person joined with (null: anonymous), for their own changes still on the way */
  yourName: string | null;
  annotations: Readonly<Record<string, Annotation>>;
  writeBlock: WriteBlock;
  isFacilitator: boolean;
}

const NO_ANNOTATIONS: Readonly<Record<string, Annotation>> = {};

/** The joined session as the annotation views need it; null before the first join. Each slice
 * is selected on its own, so a presence change does not re-render the list. */
export function useAnnotationScope(): AnnotationScope | null {
  const joined = useSessionView((v) => v.joined);
  const annotations = useSessionView((v) => v.log?.annotations ?? NO_ANNOTATIONS);
  const sessionClosed = useSessionView((v) => (v.joined ? v.log?.sessions[v.joined.session.id]?.status === 'closed' : false));
  const participantId = joined?.you.participantId;
  const role = joined?.you.role;
  const viewer = useMemo<Viewer | null>(() => (participantId && role ? { participantId, role } : null), [participantId, role]);
  if (!joined || !viewer) return null;
  return {
    site: joined.site,
    viewer,
    yourName: joined.you.name,
    annotations,
    // observers first: reopening the session would not let them write either
    writeBlock: viewer.role === 'observer' ? 'observer' : sessionClosed ? 'closed' : null,
    isFacilitator: viewer.role === 'facilitator',
  };
}
