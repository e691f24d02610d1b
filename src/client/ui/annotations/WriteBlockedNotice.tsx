import { useTranslation } from 'react-i18next';
import type { WriteBlock } from './use-annotation-scope.ts';

/** Says why the buttons to write are missing or greyed out, instead of leaving people to guess. */
export function WriteBlockedNotice({ block }: { block: Exclude<WriteBlock, null> }) {
  const { t } = useTranslation();
  return <p className="notice info">{t(`annotations.blocked.${block}`)}</p>;
}
