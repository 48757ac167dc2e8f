import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { CircleAlert } from 'lucide-react';

/**
 * Form fields: a visible label, the control, an optional hint, and the error message right
 * under the control. The control gets aria-invalid and aria-describedby (hint + error), so a
 * screen reader reads the message with the field and tests can find fields by label.
 *
 * They take `ref` and the usual input props, so react-hook-form's `{...register('title')}`
 * spreads straight onto them.
 */
export interface FieldChromeProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The message to show; also marks the control invalid. */
  error?: string;
  /** Marks the label with an asterisk (the schema still decides what is required). */
  required?: boolean;
  /** Visually hide the label (it still names the control), e.g. in table cells. */
  hideLabel?: boolean;
  className?: string;
}

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

export function useFieldIds(id: string | undefined): FieldIds {
  const generated = useId();
  const base = id ?? `f${generated.replaceAll(':', '')}`;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

export function describedBy(ids: FieldIds, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const parts = [extra, hint ? ids.hintId : undefined, error ? ids.errorId : undefined].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

export function FieldShell({
  ids,
  label,
  hint,
  error,
  required,
  hideLabel,
  className,
  children,
}: FieldChromeProps & { ids: FieldIds; children: ReactNode }) {
  return (
    <div className={['field', error ? 'field-invalid' : '', className].filter(Boolean).join(' ')}>
      <label id={`${ids.id}-label`} htmlFor={ids.id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
        {required ? (
          <span className="field-required" aria-hidden>
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

/** The message under a field; also usable for a group (fieldset) error. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      <CircleAlert aria-hidden className="field-error-icon" />
      <span>{error}</span>
    </p>
  );
}

export type TextFieldProps = FieldChromeProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { ref?: Ref<HTMLInputElement>; inputClassName?: string };

export function TextField({
  label,
  hint,
  error,
  required,
  hideLabel,
  className,
  id,
  inputClassName,
  'aria-describedby': extraDescription,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} className={className}>
      <input
        id={ids.id}
        className={['input', inputClassName].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error, extraDescription)}
        aria-required={required || undefined}
        {...input}
      />
    </FieldShell>
  );
}

// Dates and times are not native <input type="date|time">: those follow the browser's locale
// (05/10/2026, 2:30 PM in a Swedish app). See DateField.tsx and TimeField.tsx.

export type TextAreaProps = FieldChromeProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextArea({ label, hint, error, required, hideLabel, className, id, rows = 3, ...textarea }: TextAreaProps) {
  const ids = useFieldIds(id);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} className={className}>
      <textarea
        id={ids.id}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...textarea}
      />
    </FieldShell>
  );
}

export type SelectProps = FieldChromeProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & { ref?: Ref<HTMLSelectElement> };

/** A native select: options as children (<option value="…">label</option>). */
export function Select({ label, hint, error, required, hideLabel, className, id, children, ...select }: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} className={className}>
      <select
        id={ids.id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
};

export function Checkbox({ label, hint, error, className, id, ...input }: CheckboxProps) {
  const ids = useFieldIds(id);
  return (
    <div className={['field-check', className].filter(Boolean).join(' ')}>
      <input
        id={ids.id}
        type="checkbox"
        className="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...input}
      />
      <div className="field-check-text">
        <label htmlFor={ids.id}>{label}</label>
        {hint ? (
          <p id={ids.hintId} className="field-hint">
            {hint}
          </p>
        ) : null}
        <FieldError id={ids.errorId} error={error} />
      </div>
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
  /** 'segmented': a compact row of toggle buttons (2–4 short options); 'list': stacked radios. */
  appearance?: 'segmented' | 'list';
  error?: string;
  hideLegend?: boolean;
  name?: string;
  className?: string;
}

/** Radios in a fieldset; controlled (with react-hook-form use `useController` or `Controller`). */
export function RadioGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  appearance = 'segmented',
  error,
  hideLegend,
  name,
  className,
}: RadioGroupProps<V>) {
  const ids = useFieldIds(undefined);
  return (
    <fieldset
      className={['field', 'radio-group', `radio-group-${appearance}`, className].filter(Boolean).join(' ')}
      aria-describedby={error ? ids.errorId : undefined}
    >
      <legend className={hideLegend ? 'visually-hidden' : 'field-label'}>{legend}</legend>
      <div className="radio-options">
        {options.map((option) => {
          const optionId = `${ids.id}-${option.value}`;
          return (
            <div className="radio-option" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={name ?? ids.id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.description ? `${optionId}-desc` : undefined}
              />
              <label htmlFor={optionId}>
                <span className="radio-label">{option.label}</span>
                {option.description ? (
                  <span id={`${optionId}-desc`} className="radio-description">
                    {option.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={ids.errorId} error={error} />
    </fieldset>
  );
}
