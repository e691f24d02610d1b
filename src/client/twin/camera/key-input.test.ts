import { describe, expect, it } from 'vitest';
import { inputFromKeys, isMovementKey } from './key-input.ts';

describe('keyboard movement', () => {
  it('maps arrows and WASD, and cancels opposites', () => {
    expect(inputFromKeys(['ArrowUp'])).toEqual({ forward: 1, strafe: 0, turn: 0 });
    expect(inputFromKeys(['KeyW', 'ArrowUp', 'KeyD'])).toEqual({ forward: 1, strafe: 1, turn: 0 });
    expect(inputFromKeys(['ArrowLeft', 'ArrowRight'])).toEqual({ forward: 0, strafe: 0, turn: 0 });
    expect(isMovementKey('Tab')).toBe(false);
  });
});
