import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { addDaysToDate } from '../../../shared/time/zoned';
import { daysInMonth } from '../../../shared/time/typed';
import { dateLocale, formatLongDate, parseLocalDate } from '../lib/dates';
import { useDates } from '../lib/useDates';
import { IconButton } from './Button';
import { useAnchoredPopover } from './popover';

export interface CalendarPopoverProps {
  open: boolean;
  anchor: RefObject<HTMLElement | null>;
  /** Names the calendar ("Calendar: Start date"). */
  label: string;
  /** 'YYYY-MM-DD' the field holds, if any (marked selected). */
  selected: string | null;
  /** Where the keyboard starts: the selected date, else the trip's day or today. */
  start: string;
  today: string;
  onPick: (date: string) => void;
  /** `returnFocus`: Esc gives the focus back to the field; a click elsewhere keeps it there. */
  onClose: (returnFocus: boolean) => void;
}

/**
 * A month of days (an ARIA grid in a non-modal dialog, in the top layer so a scrolling form
 * never clips it). Keys: arrows move a day or a week, PageUp/PageDown a month (with Shift a
 * year), Home/End the week's ends, Enter or Space picks, Esc closes; weeks start on Monday as in
 * Sweden and Britain.
 */
export function CalendarPopover({ open, anchor, label, selected, start, today, onPick, onClose }: CalendarPopoverProps) {
  const { t } = useTranslation();
  const { language } = useDates();
  const locale = dateLocale(language);
  const popover = useRef<HTMLDivElement | null>(null);
  const grid = useRef<HTMLTableElement | null>(null);
  const headingId = useId();
  const helpId = useId();
  const [active, setActive] = useState(start);
  useAnchoredPopover(open, anchor, popover);

  // Opening starts at the field's date; afterwards the keyboard decides.
  useEffect(() => {
    if (open) setActive(start);
  }, [open, start]);
  useEffect(() => {
    if (open) grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${active}"]`)?.focus();
  }, [open, active]);

  // A click anywhere else closes it, as a native picker does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popover.current?.contains(target) && !anchor.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, anchor, onClose]);

  const [y, m] = active.split('-').map(Number) as [number, number];
  const first = `${active.slice(0, 8)}01`;
  // Monday-first: how many days of the previous month fill the first week.
  const lead = open ? (parseLocalDate(first).getDay() + 6) % 7 : 0;
  // Only while open: every date field of a form keeps its (closed) calendar mounted.
  const cells = open ? Array.from({ length: Math.ceil((lead + daysInMonth(y, m)) / 7) * 7 }, (_, i) => addDaysToDate(first, i - lead)) : [];
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  const shiftMonths = (months: number) => {
    const total = y * 12 + (m - 1) + months;
    const ny = Math.floor(total / 12);
    const nm = (total % 12) + 1;
    const day = Math.min(Number(active.slice(8, 10)), daysInMonth(ny, nm));
    setActive(`${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') {
      // Tab cycles through the month buttons and the grid (one stop: the active day) until a
      // day is picked or Esc closes, as in the APG date picker dialog.
      const stops = [...(popover.current?.querySelectorAll<HTMLButtonElement>('.calendar-header button, .calendar-day[tabindex="0"]') ?? [])];
      const at = stops.indexOf(document.activeElement as HTMLButtonElement);
      event.preventDefault();
      stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length]?.focus();
      return;
    }
    if (!(event.target as HTMLElement).classList.contains('calendar-day') && event.key !== 'Escape') return;
    const weekday = (parseLocalDate(active).getDay() + 6) % 7;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setActive(addDaysToDate(active, -1)),
      ArrowRight: () => setActive(addDaysToDate(active, 1)),
      ArrowUp: () => setActive(addDaysToDate(active, -7)),
      ArrowDown: () => setActive(addDaysToDate(active, 7)),
      Home: () => setActive(addDaysToDate(active, -weekday)),
      End: () => setActive(addDaysToDate(active, 6 - weekday)),
      PageUp: () => shiftMonths(event.shiftKey ? -12 : -1),
      PageDown: () => shiftMonths(event.shiftKey ? 12 : 1),
      Escape: () => onClose(true),
    };
    const move = moves[event.key];
    if (!move) return;
    // Esc closes the calendar only, not the dialog around the form.
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  return (
    <div
      ref={popover}
      popover="manual"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      aria-describedby={helpId}
      className="calendar-popover"
      onKeyDown={onKeyDown}
    >
      {open ? (
        <>
          <div className="calendar-header">
            <IconButton size="sm" icon={ChevronLeft} label={t('dateEntry.previousMonth')} onClick={() => shiftMonths(-1)} />
            <h2 id={headingId} className="calendar-month" aria-live="polite">
              {format(parseLocalDate(first), 'LLLL yyyy', { locale })}
            </h2>
            <IconButton size="sm" icon={ChevronRight} label={t('dateEntry.nextMonth')} onClick={() => shiftMonths(1)} />
          </div>
          <table ref={grid} role="grid" aria-labelledby={headingId} className="calendar-grid">
            <thead>
              <tr>
                {weeks[0]!.map((day) => (
                  <th key={day} scope="col" abbr={format(parseLocalDate(day), 'EEEE', { locale })}>
                    {format(parseLocalDate(day), 'EEEEEE', { locale }).replace(/\.$/, '')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((day) => (
                    <td key={day} aria-selected={day === selected}>
                      <button
                        type="button"
                        data-date={day}
                        tabIndex={day === active ? 0 : -1}
                        aria-label={formatLongDate(day, language)}
                        aria-current={day === today ? 'date' : undefined}
                        className={[
                          'calendar-day',
                          day.slice(0, 7) === active.slice(0, 7) ? '' : 'calendar-day-outside',
                          day === selected ? 'calendar-day-selected' : '',
                          day === today ? 'calendar-day-today' : '',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                        onClick={() => onPick(day)}
                      >
                        {Number(day.slice(8, 10))}
                      </button>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p id={helpId} className="calendar-help">
            {t('dateEntry.calendarHelp')}
          </p>
        </>
      ) : null}
    </div>
  );
}
