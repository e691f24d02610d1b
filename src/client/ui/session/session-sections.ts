import type { Role } from '../../../core/protocol/primitives.ts';
import type { SessionTab } from '../../routing/session-tab.ts';

/** Everyone's sections, in the order of the phone's bottom bar. The 3D view sits next to the
 * comments, which it adds to; it is never the first, so joining never waits for three.js. */
const EVERYONE: readonly SessionTab[] = ['comments', 'twin', 'vote', 'options', 'here'];
/** Facilitators run the meeting first: their controls come first and open first. */
const FACILITATOR: readonly SessionTab[] = ['facilitate', ...EVERYONE];

export function sectionsFor(role: Role | undefined): readonly SessionTab[] {
  return role === 'facilitator' ? FACILITATOR : EVERYONE;
}

/** The section to show: the one the address asks for when this person has it, else their
 * first (a resident given a facilitator's `?tab=facilitate` link lands on the comments). */
export function shownSection(requested: SessionTab | null, role: Role | undefined): SessionTab {
  const sections = sectionsFor(role);
  return requested && sections.includes(requested) ? requested : sections[0]!;
}
