import type { Stage } from '../../../core/protocol/primitives.ts';

/** The three meetings of 一图三会 in the order they happen. Mirrors STAGES in
 * core/protocol/primitives.ts, which the client does not import at run time because it pulls
 * zod into every resident's bundle; stage-order.test.ts keeps the two equal. */
export const STAGE_ORDER: readonly Stage[] = ['hearing', 'coordination', 'evaluation'];
