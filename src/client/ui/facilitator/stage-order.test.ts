import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../core/protocol/primitives.ts';
import { STAGE_ORDER } from './stage-order.ts';

describe('STAGE_ORDER', () => {
  it('lists exactly the stages the protocol knows', () => {
    expect(STAGE_ORDER).toEqual(STAGES);
  });
});
