import { fieldElementId, problemIdOf } from './field-ids.ts';
import { FieldProblem } from './FieldProblem.tsx';
import type { FormProblem, ProblemField } from './question-draft.ts';

interface Props {
  field: ProblemField;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FormProblem[];
  hint?: string;
  multiline?: boolean;
  inputMode?: 'numeric';
}

/** Bounds pasted text well below the protocol's message limit; the schema has no length cap. */
const MAX_LENGTH = 300;

/** One labelled field of the add-question form, with its hint and, when it has one, its
 * problem (linked by aria-describedby and flagged aria-invalid). */
export function DraftTextField({ field, label, value, onChange, problems, hint, multiline, inputMode }: Props) {
  const id = fieldElementId(field);
  const problemId = problemIdOf(problems, field);
  const hintId = hint ? `${id}-hint` : undefined;
  const shared = {
    id,
    value,
    maxLength: MAX_LENGTH,
    'aria-invalid': problemId ? true : undefined,
    'aria-describedby': [hintId, problemId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...shared} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" inputMode={inputMode} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldProblem problems={problems} field={field} />
    </div>
  );
}
