import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionContentProps } from './section-content.ts';
import { SessionTwin } from './SessionTwin.tsx';

/**
 * The 3D section: a heading, a note on the way that works without 3D, and the twin. The twin
 * (and with it three.js) loads the first time the section is shown — a phone that never opens
 * the 3D tab never downloads it — and then stays, paused while hidden, so coming back finds
 * the camera where it was.
 */
export function TwinSection({ shown, showSection }: SectionContentProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) setOpened(true);
  return (
    <section className="card session-twin" aria-labelledby="twin-heading">
      <h2 id="twin-heading">{t('pins.heading')}</h2>
      <p className="hint session-twin-note">{t('pins.keyboardNote')}</p>
      {opened && <SessionTwin shown={shown} showSection={showSection} />}
    </section>
  );
}
