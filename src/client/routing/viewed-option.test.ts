import { describe, expect, it } from 'vitest';
import { optionFromSearch, searchWithOption, shownOptionId } from './viewed-option.ts';

const options = [{ id: 'existing', existing: true }, { id: 'garden-street' }, { id: 'shared-street' }];

describe('the viewed option in the address', () => {
  it('reads and writes ?option=, keeping the other parameters', () => {
    expect(optionFromSearch('?tab=twin&option=garden-street')).toBe('garden-street');
    expect(optionFromSearch('?tab=twin')).toBeNull();
    expect(searchWithOption('?tab=twin', 'shared-street')).toBe('?tab=twin&option=shared-street');
  });

  it('shows the street as it is when none, or an unknown one, is asked for', () => {
    expect(shownOptionId(null, options)).toBe('existing');
    expect(shownOptionId('gone', options)).toBe('existing');
    expect(shownOptionId('garden-street', options)).toBe('garden-street');
    expect(shownOptionId(null, [])).toBeUndefined();
  });
});
