import { describe, expect, it } from 'vitest';
import { activeFilterCount, filterPins, NO_FILTER, toggled } from './annotation-filter.ts';
import { testAnnotation as pin } from './test-annotations.ts';

const pins = [
  pin('idea-a', { category: 'idea', optionId: 'garden-street', stage: 'hearing', authorId: 'me' }),
  pin('concern-b', { category: 'concern', optionId: 'shared-street', stage: 'coordination' }),
  pin('like-none', { category: 'like', optionId: null, stage: 'hearing' }),
  pin('question-a', { category: 'question', optionId: 'garden-street', stage: 'evaluation', authorId: 'me' }),
];
const ids = (filter = NO_FILTER) => filterPins(pins, filter, 'me').map((p) => p.id);

describe('annotation filter', () => {
  it('shows everything with no chip on', () => {
    expect(ids()).toEqual(['idea-a', 'concern-b', 'like-none', 'question-a']);
    expect(activeFilterCount(NO_FILTER)).toBe(0);
  });

  it('adds up chips within a group', () => {
    expect(ids({ ...NO_FILTER, categories: ['idea', 'concern'] })).toEqual(['idea-a', 'concern-b']);
  });

  it('narrows across groups', () => {
    const filter = { ...NO_FILTER, optionIds: ['garden-street'], stages: ['hearing' as const] };
    expect(ids(filter)).toEqual(['idea-a']);
    expect(activeFilterCount(filter)).toBe(2);
  });

  it('leaves out pins about no option once an option chip is on', () => {
    expect(ids({ ...NO_FILTER, optionIds: ['shared-street'] })).toEqual(['concern-b']);
  });

  it('shows only the viewer’s own pins under "mine"', () => {
    expect(ids({ ...NO_FILTER, mineOnly: true })).toEqual(['idea-a', 'question-a']);
  });

  it('toggles a chip on and off', () => {
    expect(toggled(['idea'], 'like')).toEqual(['idea', 'like']);
    expect(toggled(['idea', 'like'], 'idea')).toEqual(['like']);
  });
});
