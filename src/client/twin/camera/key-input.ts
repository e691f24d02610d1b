import type { WalkInput } from './walk-motion.ts';

/**
 * Keys of the 3D view and what each pushes: the same input drives walking and the orbit
 * camera (turn circles the centre, forward/back zooms). `code` is layout-independent, so WASD
 * keeps its place on other keyboard layouts.
 */
const KEY_INPUT: Record<string, Partial<WalkInput>> = {
  ArrowUp: { forward: 1 },
  KeyW: { forward: 1 },
  ArrowDown: { forward: -1 },
  KeyS: { forward: -1 },
  ArrowLeft: { turn: -1 },
  KeyQ: { turn: -1 },
  ArrowRight: { turn: 1 },
  KeyE: { turn: 1 },
  KeyA: { strafe: -1 },
  KeyD: { strafe: 1 },
  Equal: { forward: 1 },
  NumpadAdd: { forward: 1 },
  Minus: { forward: -1 },
  NumpadSubtract: { forward: -1 },
};

export function isMovementKey(code: string): boolean {
  return code in KEY_INPUT;
}

/** The combined input of the keys held now; opposite keys cancel. */
export function inputFromKeys(held: Iterable<string>): WalkInput {
  const sum: WalkInput = { forward: 0, strafe: 0, turn: 0 };
  for (const code of held) {
    const input = KEY_INPUT[code];
    if (!input) continue;
    sum.forward += input.forward ?? 0;
    sum.strafe += input.strafe ?? 0;
    sum.turn += input.turn ?? 0;
  }
  const clamp = (v: number) => Math.max(-1, Math.min(1, v));
  return { forward: clamp(sum.forward), strafe: clamp(sum.strafe), turn: clamp(sum.turn) };
}
