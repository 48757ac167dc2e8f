import { type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeOfDay, parseTypedTime } from '../../../shared/time/typed';
import { describedBy, FieldShell, useFieldIds, type FieldChromeProps } from './fields';
import { UNREADABLE_TIME, useTypedEntry, type EntryProps } from './typedEntry';

export type TimeFieldProps = FieldChromeProps &
  EntryProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof EntryProps | 'type' | 'className' | 'size' | 'defaultValue'>;

const show = (value: string) => formatTimeOfDay(value);

/**
 * A time of day ('HH:mm') on the 24-hour clock in both languages, typed as 14:30, 14.30, 1430,
 * 14 or "kl 14" (a native time input showed 2:30 PM in an English browser). Works with
 * register() and controlled, like DateField. Rules: shared/time/typed.ts.
 */
export function TimeField({
  label,
  hint,
  error,
  required,
  hideLabel,
  className,
  id,
  name,
  value,
  onChange,
  onBlur,
  ref,
  placeholder,
  'aria-describedby': extraDescription,
  ...input
}: TimeFieldProps) {
  const { t } = useTranslation();
  const ids = useFieldIds(id);
  const entry = useTypedEntry({
    name,
    value,
    onChange,
    onBlur,
    ref,
    read: parseTypedTime,
    show,
    unreadable: UNREADABLE_TIME,
    messageFor: (problem, text) => t(problem === 'noSuchTime' ? 'dateEntry.noSuchTime' : 'dateEntry.unreadableTime', { text }),
  });
  const shownError = entry.error ?? error;
  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={shownError}
      required={required}
      hideLabel={hideLabel}
      className={['time-field', className].filter(Boolean).join(' ')}
    >
      <input
        id={ids.id}
        className="input input-time"
        placeholder={placeholder ?? t('dateEntry.timePlaceholder')}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(ids, hint, shownError, extraDescription)}
        aria-required={required || undefined}
        {...input}
        {...entry.inputProps}
      />
    </FieldShell>
  );
}
