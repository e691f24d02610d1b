import type { ReactNode } from 'react';
import type { SessionTab } from '../../routing/session-tab.ts';

/** Line drawings on a 24-unit grid, stroked in the text colour so the active tab's colour
 * carries over. Decorative: the word under each icon names the section. */
const DRAWINGS: Record<SessionTab, ReactNode> = {
  // a speech bubble
  comments: <path d="M4 5h16v11H10l-5 4v-4H4z" />,
  // a box drawn in perspective: the street in 3D
  twin: (
    <>
      <path d="M12 3l8.5 4.5v9L12 21l-8.5-4.5v-9z" />
      <path d="M3.5 7.5L12 12l8.5-4.5M12 12v9" />
    </>
  ),
  // a ticked slip going into a ballot box
  vote: (
    <>
      <path d="M8 12V4h8v8" />
      <path d="M10.2 8l1.5 1.5 2.6-2.8" />
      <path d="M3 12h18v8H3z" />
    </>
  ),
  // stacked plans: the options for the same street
  options: (
    <>
      <path d="M12 3l9 5-9 5-9-5z" />
      <path d="M3 12.5l9 5 9-5" />
      <path d="M3 16.5l9 5 9-5" />
    </>
  ),
  // two people
  here: (
    <>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 20c0-3.6 2.7-6 6-6s6 2.4 6 6" />
      <path d="M15.5 4.9a3.2 3.2 0 010 6.2" />
      <path d="M17.5 14.4c2.1.8 3.5 2.9 3.5 5.6" />
    </>
  ),
  // two sliders: the meeting's controls
  facilitate: (
    <>
      <path d="M3 7h10M19 7h2M3 17h4M13 17h8" />
      <circle cx="16" cy="7" r="2.6" />
      <circle cx="10" cy="17" r="2.6" />
    </>
  ),
};

export function SectionIcon({ section }: { section: SessionTab }) {
  return (
    <svg className="tab-icon" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
      {DRAWINGS[section]}
    </svg>
  );
}
