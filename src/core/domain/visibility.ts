import type { Annotation, Viewer } from './state.ts';

/** A hidden annotation is seen only by facilitators and its author. */
export function canSeeAnnotation(a: Annotation, viewer: Viewer): boolean {
  return !a.hidden || viewer.role === 'facilitator' || a.authorId === viewer.participantId;
}
