import type { Annotation, Viewer } from '../../../core/domain/state.ts';
import { canSeeAnnotation } from '../../../core/domain/visibility.ts';

type AnnotationMap = Readonly<Record<string, Annotation>>;

/** Replies this viewer may see under a pin, oldest first (a thread reads top to bottom). */
export function visibleReplies(annotations: AnnotationMap, pinId: string, viewer: Viewer): Annotation[] {
  return Object.values(annotations)
    .filter((a) => a.parentId === pinId && canSeeAnnotation(a, viewer, annotations))
    .sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
}

/** Replies that still say something: what the "N replies" count on a pin tells. */
export function liveReplyCount(annotations: AnnotationMap, pinId: string, viewer: Viewer): number {
  return visibleReplies(annotations, pinId, viewer).filter((r) => !r.deleted).length;
}

/**
 * The pins this viewer may see, newest first. A deleted pin stays only while its thread still
 * has something to read: a tombstone with no replies tells nobody anything.
 */
export function visiblePins(annotations: AnnotationMap, viewer: Viewer): Annotation[] {
  let counts: Map<string, number> | undefined; // only worked out if there is a tombstone
  return Object.values(annotations)
    .filter((a) => a.parentId === null && canSeeAnnotation(a, viewer, annotations))
    .filter((a) => !a.deleted || (counts ??= liveReplyCounts(annotations, viewer)).has(a.id))
    .sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq);
}

/** liveReplyCount for every pin at once: one pass, for the list (one pass per pin would make a
 * busy hearing's list quadratic). */
export function liveReplyCounts(annotations: AnnotationMap, viewer: Viewer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of Object.values(annotations)) {
    if (a.parentId === null || a.deleted || !canSeeAnnotation(a, viewer, annotations)) continue;
    counts.set(a.parentId, (counts.get(a.parentId) ?? 0) + 1);
  }
  return counts;
}
