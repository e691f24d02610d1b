import type { Annotation, Viewer } from '../../../core/domain/state.ts';
import { canSeeAnnotation } from '../../../core/domain/visibility.ts';
import type { Category } from '../../../core/protocol/primitives.ts';
import type { PendingAnnotation } from '../../state/pending-annotations.ts';

// No three.js here: the session chunk imports this to hand the twin its pins.

/** One marker in the twin: what the pins layer needs of a pin, nothing more. */
export interface PinDatum {
  id: string;
  lng: number;
  lat: number;
  /** metres above the ground where the marker's tip stands */
  height: number;
  category: Category;
  /** still in this device's outbox: drawn paler, and it has no thread yet */
  pending: boolean;
  /** for the selected pin's label */
  text: string;
}

type AnnotationMap = Readonly<Record<string, Annotation>>;

/**
 * The pins this viewer may see in 3D: top-level annotations with a place and a category that
 * the visibility rule lets them see (hidden ones only for facilitators and their authors),
 * minus tombstones (a deleted pin's marker would say nothing), plus this device's pins still
 * on their way. Ordered by id so the instance order, and with it the upload, stays put as
 * pins come and go.
 */
export function pinsForViewer(annotations: AnnotationMap, viewer: Viewer, pending: readonly PendingAnnotation[]): PinDatum[] {
  const pins: PinDatum[] = [];
  for (const a of Object.values(annotations)) {
    if (a.parentId !== null || a.deleted || !a.position || !a.category) continue;
    if (!canSeeAnnotation(a, viewer, annotations)) continue;
    const { lng, lat, height } = a.position;
    pins.push({ id: a.id, lng, lat, height, category: a.category, pending: false, text: a.text });
  }
  for (const change of pending) {
    if (change.body.type !== 'annotation.create') continue;
    const { id, position, category, text } = change.body.payload;
    pins.push({ id, lng: position.lng, lat: position.lat, height: position.height, category, pending: true, text });
  }
  return pins.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether two pin lists would draw the same markers (the label's text aside): a reaction or
 * a reply changes the annotations but not the pins, and must not re-upload 10,000 matrices. */
export function sameMarkers(a: readonly PinDatum[], b: readonly PinDatum[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.id !== q.id || p.lng !== q.lng || p.lat !== q.lat || p.height !== q.height || p.category !== q.category || p.pending !== q.pending) return false;
  }
  return true;
}
