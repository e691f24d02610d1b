import type { Category } from '../../../core/protocol/primitives.ts';

/** Simple shapes that differ in outline, not only in colour: a bulb, a warning triangle, a
 * heart, a question mark. Decorative: the category's word always stands next to it. */
export function CategoryIcon({ category }: { category: Category }) {
  return (
    <svg className={`category-icon cat-${category}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {category === 'idea' && (
        <>
          <circle cx="12" cy="9.5" r="6.5" />
          <rect x="9" y="16.5" width="6" height="2.4" rx="1" />
          <rect x="9.8" y="19.8" width="4.4" height="2" rx="1" />
        </>
      )}
      {category === 'concern' && (
        <>
          <path d="M12 2.5 22.5 21h-21Z" />
          <rect className="icon-cut" x="11" y="8.5" width="2" height="6.5" rx="1" />
          <circle className="icon-cut" cx="12" cy="17.6" r="1.2" />
        </>
      )}
      {category === 'like' && <path d="M12 21C4.5 15.5 2 11.5 3.2 8 4.6 4.2 9.4 3.6 12 7.2 14.6 3.6 19.4 4.2 20.8 8 22 11.5 19.5 15.5 12 21Z" />}
      {category === 'question' && (
        <>
          <circle cx="12" cy="12" r="10" />
          <text className="icon-cut" x="12" y="17" textAnchor="middle" fontSize="15" fontWeight="700" fontFamily="Arial, sans-serif">
            ?
          </text>
        </>
      )}
    </svg>
  );
}
