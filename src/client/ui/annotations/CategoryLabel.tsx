import { useTranslation } from 'react-i18next';
import type { Category } from '../../../core/protocol/primitives.ts';
import { CategoryIcon } from './CategoryIcon.tsx';

/** A pin's category as icon and word together: never colour alone. */
export function CategoryLabel({ category }: { category: Category }) {
  const { t } = useTranslation();
  return (
    <span className={`category-label cat-${category}`}>
      <CategoryIcon category={category} />
      {t(`categories.${category}`)}
    </span>
  );
}
