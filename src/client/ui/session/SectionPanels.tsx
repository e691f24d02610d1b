import type { ComponentType, RefObject } from 'react';
import type { SessionTab } from '../../routing/session-tab.ts';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel.tsx';
import { BallotsSection } from '../ballots/BallotsSection.tsx';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel.tsx';
import { OptionList } from './OptionList.tsx';
import { PresenceList } from './PresenceList.tsx';

const CONTENT: Record<SessionTab, ComponentType> = {
  facilitate: FacilitatorPanel,
  comments: AnnotationsPanel,
  vote: BallotsSection,
  options: OptionList,
  here: PresenceList,
};

/**
 * Columns on a wide screen: the vote | what people said | the room's side panel (controls for
 * facilitators, the options to refer to, who is here). The questions get a column of their own
 * because with results shown they are the longest; the options sit beside them rather than
 * under them, so a projector shows both without scrolling. On a phone the columns collapse
 * and only the shown section is displayed.
 */
const COLUMNS: readonly (readonly SessionTab[])[] = [['vote'], ['comments'], ['facilitate', 'options', 'here']];

interface Props {
  sections: readonly SessionTab[];
  /** the one section displayed; null displays them all (columns) */
  shown: SessionTab | null;
  panelsRef: RefObject<HTMLDivElement | null>;
}

/** Every section stays mounted, hidden or not: a half-written comment, an open thread or a
 * ballot being filled in survives a look at another section. */
export function SectionPanels({ sections, shown, panelsRef }: Props) {
  return (
    <div className="session-sections" ref={panelsRef}>
      {COLUMNS.map((column) => (
        <div className="session-column" key={column.join('+')}>
          {column
            .filter((section) => sections.includes(section))
            .map((section) => {
              const Content = CONTENT[section];
              return (
                <div key={section} id={`section-${section}`} className="session-section" data-section={section} hidden={shown !== null && shown !== section}>
                  <Content />
                </div>
              );
            })}
        </div>
      ))}
    </div>
  );
}
