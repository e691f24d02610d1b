import { describe, expect, it } from 'vitest';
import * as protocol from '../../../core/protocol/primitives.ts';
import { CATEGORIES, STAGES } from './protocol-lists.ts';

describe('protocol lists mirrored in the client', () => {
  it('has every category and stage the protocol knows', () => {
    expect(CATEGORIES).toEqual(protocol.CATEGORIES);
    expect(STAGES).toEqual(protocol.STAGES);
  });
});
