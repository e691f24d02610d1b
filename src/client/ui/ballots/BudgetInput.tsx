import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { pointsLeft, stepPoints } from './budget-points.ts';

interface Props {
  spec: QuestionSpec;
  budget: number;
  allocation: Record<string, number>;
  onChange: (allocation: Record<string, number>) => void;
}

/**
 * − and + per item, with "N of M points left" above. The buttons are never `disabled` (that
 * would drop keyboard focus mid-press); at the limit they say aria-disabled and do nothing.
 * The status line also names the item just changed, so a screen reader hears both.
 */
export function BudgetInput({ spec, budget, allocation, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [lastChanged, setLastChanged] = useState<string | null>(null);
  const left = pointsLeft(budget, allocation);

  const step = (choiceId: string, delta: number) => {
    const next = stepPoints(budget, allocation, choiceId, delta);
    if (next === allocation) return;
    setLastChanged(choiceId);
    onChange(next);
  };

  const changed = spec.choices.find((c) => c.id === lastChanged);
  return (
    <>
      <p className="points-left" role="status">
        {changed && <span className="visually-hidden">{t('ballots.itemNow', { item: pick(changed.label), count: allocation[changed.id] ?? 0 })} </span>}
        {t('ballots.pointsLeft', { left, total: budget })}
      </p>
      <ul className="budget-items">
        {spec.choices.map((choice) => {
          const item = pick(choice.label);
          const points = allocation[choice.id] ?? 0;
          const labelId = `ballot-${spec.id}-${choice.id}-label`;
          return (
            <li key={choice.id} className="budget-item">
              <span id={labelId} className="budget-label">
                {item}
              </span>
              <span className="stepper" role="group" aria-labelledby={labelId}>
                <button type="button" className="stepper-button" aria-label={t('ballots.removePoint', { item })} aria-disabled={points === 0} onClick={() => step(choice.id, -1)}>
                  −
                </button>
                <span className="stepper-value">{points}</span>
                <button type="button" className="stepper-button" aria-label={t('ballots.addPoint', { item })} aria-disabled={left === 0} onClick={() => step(choice.id, 1)}>
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
