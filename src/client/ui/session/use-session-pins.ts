import { useMemo } from 'react';
import { pendingAnnotations } from '../../state/pending-annotations.ts';
import { useSessionView } from '../../state/session-store.ts';
import { pinsForViewer, type PinDatum } from '../../twin/pins/pin-selection.ts';
import type { AnnotationScope } from '../annotations/use-annotation-scope.ts';

const NO_PINS: readonly PinDatum[] = [];

/** The pins the 3D view draws for this viewer (with their own pins still being sent),
 * recomputed when the map or the outbox changes. */
export function useSessionPins(scope: AnnotationScope | null): readonly PinDatum[] {
  const pending = useSessionView(pendingAnnotations);
  const annotations = scope?.annotations;
  const viewer = scope?.viewer;
  return useMemo(() => (annotations && viewer ? pinsForViewer(annotations, viewer, pending) : NO_PINS), [annotations, viewer, pending]);
}
