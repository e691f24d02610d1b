import type { SessionTab } from '../../routing/session-tab.ts';

/** What each section's content is given: whether it is on screen (a hidden section stays
 * mounted), and a way to bring another section forward (a tapped pin opens the comments). */
export interface SectionContentProps {
  shown: boolean;
  showSection: (section: SessionTab) => void;
}
