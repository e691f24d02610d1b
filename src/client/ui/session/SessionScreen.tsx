import { useRef } from 'react';
import { useSessionTab } from '../../routing/use-session-tab.ts';
import { useSessionView } from '../../state/session-store.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { ProblemBanner } from './ProblemBanner.tsx';
import { RefusedChanges } from './RefusedChanges.tsx';
import { SectionPanels } from './SectionPanels.tsx';
import { SectionTabBar } from './SectionTabBar.tsx';
import { SessionHeader } from './SessionHeader.tsx';
import { sectionsFor, shownSection } from './session-sections.ts';
import { useSectionSwitch } from './use-section-switch.ts';
import { useWideLayout } from './use-wide-layout.ts';

/**
 * The joined session. Phones: one section at a time, chosen in a bar at the bottom. Wide
 * screens (laptop, projector): every section at once, in columns. What must not be missed —
 * the connection, refusals, the meeting's header — stays above either.
 */
export function SessionScreen({ onRetry }: { onRetry: () => void }) {
  const wide = useWideLayout();
  const role = useSessionView((v) => v.joined?.you.role);
  const [requested, setRequested] = useSessionTab();
  const sections = sectionsFor(role);
  const shown = shownSection(requested, role);
  const panels = useRef<HTMLDivElement>(null);
  const switchTo = useSectionSwitch(shown, setRequested, panels);

  return (
    <div className="session-screen" data-layout={wide ? 'columns' : 'tabs'} data-shown={wide ? undefined : shown}>
      <ConnectionStatus />
      <main className="page" id="main">
        <ProblemBanner onRetry={onRetry} />
        <RefusedChanges />
        <SessionHeader />
        {!wide && <SectionTabBar sections={sections} shown={shown} onSwitch={switchTo} />}
        <SectionPanels sections={sections} shown={wide ? null : shown} showSection={switchTo} panelsRef={panels} />
      </main>
    </div>
  );
}
