import type { FormProblem, ProblemField } from './question-draft.ts';

/** The element id of each field of the add-question form, so a problem can point at (and
 * focus) the input it is about. */
export function fieldElementId(field: ProblemField): string {
  return `add-question-${field}`;
}

export function problemOf(problems: readonly FormProblem[], field: ProblemField): FormProblem | undefined {
  return problems.find((p) => p.field === field);
}

/** The id of a field's message, for aria-describedby; undefined while the field is fine. */
export function problemIdOf(problems: readonly FormProblem[], field: ProblemField): string | undefined {
  return problemOf(problems, field) ? `${fieldElementId(field)}-problem` : undefined;
}
