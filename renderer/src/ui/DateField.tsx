import { useCallback, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { CalendarDays } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatEntryDate, parseTypedDate, parseTypedDateTime } from '../../../shared/time/typed';
import { useDates } from '../lib/useDates';
import { IconButton } from './Button';
import { CalendarPopover } from './CalendarPopover';
import { describedBy, FieldShell, useFieldIds, type FieldChromeProps } from './fields';
import { UNREADABLE_DATE, useTypedEntry, type EntryProps } from './typedEntry';
import './dates.css';

export type DateFieldProps = FieldChromeProps &
  EntryProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof EntryProps | 'type' | 'className' | 'size' | 'defaultValue'> & {
    /**
     * 'YYYY-MM-DD' a year-less entry ("10/5") lands nearest to, and where the calendar opens
     * when the field is empty: the trip's first day where there is one; today otherwise.
     */
    referenceDate?: string;
    size?: 'sm';
    /** A date and a time typed or pasted together ("2026-05-10 14:30"): the field keeps the date. */
    onDateTimeTyped?: (time: string) => void;
  };

/** Today on this computer, 'YYYY-MM-DD'. */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A calendar date ('YYYY-MM-DD') typed as people write it (2026-05-10, 10/5, 10 maj, 1005) and
 * shown in the app's language (2026-05-10 / 10 May 2026) whatever the browser's locale, with a
 * calendar button. Works with react-hook-form's `{...register('startDate')}` and controlled.
 * Rules and formats: shared/time/typed.ts.
 */
export function DateField({
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
  referenceDate,
  size,
  onDateTimeTyped,
  placeholder,
  'aria-describedby': extraDescription,
  ...input
}: DateFieldProps) {
  const { t } = useTranslation();
  const { language } = useDates();
  const ids = useFieldIds(id);
  const today = todayLocal();
  // The form's other date may be empty or being fixed (UNREADABLE_DATE): then today.
  const reference = referenceDate && /^[1-9]\d{3}-\d{2}-\d{2}$/.test(referenceDate) ? referenceDate : today;
  const show = useCallback((v: string) => formatEntryDate(v, language), [language]);
  const read = (text: string) => {
    const date = parseTypedDate(text, { referenceDate: reference });
    if (date.ok || !onDateTimeTyped) return date;
    const both = parseTypedDateTime(text, { referenceDate: reference });
    if (!both) return date;
    onDateTimeTyped(both.time);
    return { ok: true as const, value: both.date };
  };
  const entry = useTypedEntry({
    name,
    value,
    onChange,
    onBlur,
    ref,
    read,
    show,
    unreadable: UNREADABLE_DATE,
    messageFor: (problem, text) => t(problem === 'noSuchDate' ? 'dateEntry.noSuchDate' : 'dateEntry.unreadableDate', { text }),
  });
  const shownError = entry.error ?? error;
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement | null>(null);
  const current = entry.committed.current;
  const selected = current && current !== UNREADABLE_DATE ? current : null;

  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) entry.input.current?.focus();
    },
    [entry.input],
  );
  const openCalendar = () => {
    entry.commit();
    setOpen(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Alt+ArrowDown opens the calendar, as on a native date picker or a combobox.
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      openCalendar();
      return;
    }
    entry.inputProps.onKeyDown(event);
  };

  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={shownError}
      required={required}
      hideLabel={hideLabel}
      className={['date-field', className].filter(Boolean).join(' ')}
    >
      <div ref={anchor} className="input-with-button">
        <input
          id={ids.id}
          className={['input', 'input-date', size === 'sm' ? 'input-sm' : ''].filter(Boolean).join(' ')}
          placeholder={placeholder ?? t('dateEntry.placeholder')}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy(ids, hint, shownError, extraDescription)}
          aria-required={required || undefined}
          aria-keyshortcuts="Alt+ArrowDown"
          {...input}
          {...entry.inputProps}
          onKeyDown={onKeyDown}
        />
        <IconButton
          size="sm"
          variant="ghost"
          className="input-button"
          icon={CalendarDays}
          // Not named after the field ("Start date" names the input alone, for getByLabel and a
          // screen reader's list of fields) but described by its label: "Open the calendar, Start date".
          label={t('dateEntry.openCalendar')}
          aria-describedby={`${ids.id}-label`}
          aria-haspopup="dialog"
          aria-expanded={open}
          disabled={input.disabled}
          onClick={() => (open ? setOpen(false) : openCalendar())}
        />
      </div>
      <CalendarPopover
        open={open}
        anchor={anchor}
        label={t('dateEntry.calendar')}
        selected={selected}
        start={selected ?? reference}
        today={today}
        onPick={(date) => {
          entry.choose(date);
          setOpen(false);
          entry.input.current?.focus();
        }}
        onClose={close}
      />
    </FieldShell>
  );
}
