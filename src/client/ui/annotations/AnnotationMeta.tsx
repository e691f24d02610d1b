import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import type { SitePack } from '../../../core/site/schema.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { usePlaceWords } from '../place/use-place-words.ts';
import { formatRelativeTime } from './relative-time.ts';

interface Props {
  annotation: Pick<Annotation, 'authorId' | 'authorName' | 'position' | 'optionId' | 'createdAt' | 'editedAt' | 'deleted'>;
  site: SitePack;
  viewerId: string;
  now: number;
}

/** Who, when, where and about which option, in two short lines under a pin or reply. */
export function AnnotationMeta({ annotation, site, viewerId, now }: Props) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const words = usePlaceWords(site);
  const option = annotation.optionId ? site.options.find((o) => o.id === annotation.optionId) : undefined;
  const mine = annotation.authorId === viewerId;
  const when = formatRelativeTime(annotation.createdAt, now, language, site.timeZone, t('annotations.justNow'));

  return (
    <div className="annotation-meta">
      <p>
        <span className="meta-author">{annotation.authorName ?? t('annotations.anonymous')}</span>
        {mine && <span className="tag">{t('annotations.you')}</span>}
        <span className="meta-sep" aria-hidden="true">·</span>
        <time dateTime={new Date(annotation.createdAt).toISOString()}>{when}</time>
        {annotation.editedAt !== null && !annotation.deleted && (
          <>
            <span className="meta-sep" aria-hidden="true">·</span>
            <span>{t('annotations.edited')}</span>
          </>
        )}
      </p>
      {annotation.position && <p>{t('annotations.placeIs', { place: words.shortName(annotation.position) })}</p>}
      {option && <p>{t('annotations.optionIs', { option: pick(option.name) })}</p>}
    </div>
  );
}
