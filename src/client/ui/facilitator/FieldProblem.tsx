import { useTranslation } from 'react-i18next';
import { fieldElementId, problemOf } from './field-ids.ts';
import type { FormProblem, ProblemField } from './question-draft.ts';

/** The message under one field of the add-question form, in the reader's language. */
export function FieldProblem({ problems, field }: { problems: readonly FormProblem[]; field: ProblemField }) {
  const { t } = useTranslation();
  const problem = problemOf(problems, field);
  if (!problem) return null;
  return (
    <p className="error-text" id={`${fieldElementId(field)}-problem`}>
      {t(`facilitator.problems.${problem.message}`, problem.values)}
    </p>
  );
}
