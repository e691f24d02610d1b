import type { Annotation, Viewer } from './state.ts';

/** A hidden annotation is seen only by facilitators and its author. */
function canSeeOwn(a: Annotation, viewer: Viewer): boolean {
  return !a.hidden || viewer.role === 'facilitator' || a.authorId === viewer.participantId;
}

/**
 * Whether `viewer` may see `a`. Replies follow their pin: hiding a pin hides its thread, since
 * replies often quote what was hidden.
 */
export function canSeeAnnotation(a: Annotation, viewer: Viewer, annotations: Readonly<Record<string, Annotation>>): boolean {
  if (!canSeeOwn(a, viewer)) return false;
  const parent = a.parentId ? annotations[a.parentId] : undefined;
  return !parent || canSeeOwn(parent, viewer);
}
