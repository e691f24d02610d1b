import type { ComponentType, RefObject } from 'react';
import type { SessionTab } from '../../routing/session-tab.ts';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel.tsx';
import { BallotsSection } from '../ballots/BallotsSection.tsx';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel.tsx';
import { OptionList } from './OptionList.tsx';
import { PresenceList } from './PresenceList.tsx';
import type { SectionContentProps } from './section-content.ts';
import { TwinSection } from './TwinSection.tsx';

const CONTENT: Record<SessionTab, ComponentType<SectionContentProps>> = {
  facilitate: FacilitatorPanel,
  comments: AnnotationsPanel,
  twin: TwinSection,
  vote: BallotsSection,
  options: OptionList,
  here: PresenceList,
};

/**
 * Columns on a wide screen: the 3D twin large, with what people said beside it (a pin tapped
 * in 3D opens its thread there, in sight), and below the twin the vote and the room's side
 * panel (controls for facilitators, the options to refer to, who is here). The questions keep
 * a column of their own because with results shown they are the longest. styles.css places
 * the columns by `data-column`. On a phone the columns collapse and only the shown section is
 * displayed.
 */
const COLUMNS: readonly { name: string; sections: readonly SessionTab[] }[] = [
  { name: 'twin', sections: ['twin'] },
  { name: 'vote', sections: ['vote'] },
  { name: 'comments', sections: ['comments'] },
  { name: 'side', sections: ['facilitate', 'options', 'here'] },
];

interface Props {
  sections: readonly SessionTab[];
  /** the one section displayed; null displays them all (columns) */
  shown: SessionTab | null;
  showSection: (section: SessionTab) => void;
  panelsRef: RefObject<HTMLDivElement | null>;
}

/** Every section stays mounted, hidden or not: a half-written comment, an open thread or a
 * ballot being filled in survives a look at another section. (The 3D view mounts the first
 * time it is shown, see TwinSection.) */
export function SectionPanels({ sections, shown, showSection, panelsRef }: Props) {
  return (
    <div className="session-sections" ref={panelsRef}>
      {COLUMNS.map((column) => (
        <div className="session-column" data-column={column.name} key={column.name}>
          {column.sections
            .filter((section) => sections.includes(section))
            .map((section) => {
              const Content = CONTENT[section];
              const visible = shown === null || shown === section;
              return (
                <div key={section} id={`section-${section}`} className="session-section" data-section={section} hidden={!visible}>
                  <Content shown={visible} showSection={showSection} />
                </div>
              );
            })}
        </div>
      ))}
    </div>
  );
}
