import { describe, expect, it } from 'vitest';
import { createTwinViewStore, DEFAULT_VIEW } from './twin-view-store.ts';

describe('twin view store', () => {
  it('takes only the fields it knows, clamped', () => {
    const store = createTwinViewStore({ compare: true, dividerFraction: 2, minutesOfDay: 3 * 60, ...{ fixture: true, optionId: 'x' } });
    expect(store.getState()).toEqual({ ...DEFAULT_VIEW, compare: true, dividerFraction: 0.95, minutesOfDay: 6 * 60 });
  });
});
