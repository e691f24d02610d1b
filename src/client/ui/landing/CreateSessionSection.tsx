import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedSession } from '../../net/api.ts';
import { CreatedSessionCard } from './CreatedSessionCard.tsx';
import { CreateSessionForm } from './CreateSessionForm.tsx';

/** The facilitators' corner of the landing page: folded by default; the form, then its result. */
export function CreateSessionSection() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedSession | null>(null);
  return (
    <details className="card" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('create.summary')}</summary>
      {created ? <CreatedSessionCard created={created} /> : open && <CreateSessionForm onCreated={setCreated} />}
    </details>
  );
}
