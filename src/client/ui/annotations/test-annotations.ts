import type { Annotation } from '../../../core/domain/state.ts';

/** A pin (or, with parentId, a reply) for the list and filter tests; override what matters. */
export function testAnnotation(id: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    parentId: null,
    sessionId: 's1',
    stage: 'hearing',
    authorId: 'someone',
    authorName: null,
    position: { lng: 121.5065, lat: 31.159, height: 0 },
    category: 'idea',
    optionId: null,
    text: `text of ${id}`,
    createdAt: 1_000,
    editedAt: null,
    deleted: false,
    hidden: false,
    reactions: [],
    seq: 1,
    ...extra,
  };
}

export function byId(...annotations: Annotation[]): Record<string, Annotation> {
  return Object.fromEntries(annotations.map((a) => [a.id, a]));
}
