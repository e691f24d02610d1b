import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchWithTab, type SessionTab } from '../../routing/session-tab.ts';
import { SectionIcon } from './SectionIcon.tsx';
import { useSectionBadges, type SectionBadge } from './use-section-badges.ts';

interface Props {
  sections: readonly SessionTab[];
  shown: SessionTab;
  onSwitch: (section: SessionTab) => void;
}

/**
 * The phone's bottom bar: one link per section, the shown one marked `aria-current`.
 *
 * Links rather than an ARIA tablist: each section is an address (`?tab=vote`) that can be
 * reloaded or shared, and a link says so; a screen reader on a phone is driven by swipes and
 * double-taps, where the tablist's arrow-key model adds nothing; and "link, current page"
 * reads the same in every phone screen reader and WebView, including WeChat's. After a switch,
 * focus moves to the new section's heading (see use-section-switch.ts), so nobody has to swipe
 * back up through the bar to reach what they asked for. The bar comes right after the meeting's
 * header in reading order for the same reason, although it is drawn at the bottom.
 */
export function SectionTabBar({ sections, shown, onSwitch }: Props) {
  const { t } = useTranslation();
  const badges = useSectionBadges(shown);
  // the shown section's own heading says what its badge would
  const badgeOf = (section: SessionTab) => (section === shown ? undefined : badges[section]);

  const follow = (section: SessionTab) => (event: MouseEvent<HTMLAnchorElement>) => {
    // a new-tab or new-window click keeps its usual meaning
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSwitch(section);
  };

  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul>
        {sections.map((section) => {
          const badge = badgeOf(section);
          return (
            <li key={section}>
              <a href={searchWithTab(window.location.search, section)} aria-current={section === shown ? 'page' : undefined} onClick={follow(section)}>
                <span className="tab-icon-wrap">
                  <SectionIcon section={section} />
                  {badge && <Badge badge={badge} />}
                </span>
                <span className="tab-word">{t(`nav.${section}`)}</span>
                {badge?.labels.map((label) => (
                  <span key={label} className="visually-hidden">
                    {` ${label}`}
                  </span>
                ))}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The number (or dot) on the icon; its words are in the link's hidden text. */
function Badge({ badge }: { badge: SectionBadge }) {
  const kind = badge.text ? 'tab-badge' : 'tab-badge dot';
  return (
    <span className={badge.attention ? `${kind} attention` : kind} aria-hidden="true">
      {badge.text}
    </span>
  );
}
