import type { Category, Stage } from '../../../core/protocol/primitives.ts';

// Mirrors CATEGORIES and STAGES in core/protocol/primitives.ts, which the client does not import
// at run time because that module pulls zod into the bundle; protocol-lists.test.ts keeps the
// lists equal. The order is the order chips and buttons appear in.

export const CATEGORIES: readonly Category[] = ['idea', 'concern', 'like', 'question'];
export const STAGES: readonly Stage[] = ['hearing', 'coordination', 'evaluation'];
