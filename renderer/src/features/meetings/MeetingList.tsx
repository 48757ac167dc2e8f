import { memo, useDeferredValue, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { Building2, Handshake, ListChecks, TriangleAlert } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/domain/item';
import type { MeetingDetails } from '../../../../shared/domain/meeting';
import { useDates } from '../../lib/useDates';
import { openCount } from './formValues';
import { timeRange } from './meetingLabels';

export interface MeetingEntry {
  item: Item;
  meeting: MeetingDetails | undefined;
  host: string;
  interpreterMissing: boolean;
}

/**
 * Rows in the screen's first frame: more than a screenful, and at least down to the selected
 * meeting. A state visit has some 200 meetings, and rendering every row held the screen's first
 * frame for a quarter of a second; the rest follow right after in the background (a deferred
 * value: input and navigation interrupt it), so every row is in the page a moment later, for
 * Ctrl+F, the arrow keys and screen readers alike.
 */
const FIRST_FRAME_ROWS = 40;

/** The trip's meetings and visits in programme order, under their (local) dates. */
export function MeetingList({
  entries,
  selectedId,
  onSelect,
}: {
  entries: readonly MeetingEntry[];
  selectedId: string | null;
  onSelect: (itemId: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const dates = useDates();
  const selectedIndex = useMemo(() => entries.findIndex((e) => e.item.id === selectedId), [entries, selectedId]);
  const rowCount = useDeferredValue(entries.length, Math.min(entries.length, Math.max(FIRST_FRAME_ROWS, selectedIndex + 1)));
  const days = useMemo(() => {
    const out: { date: string; entries: MeetingEntry[] }[] = [];
    for (const entry of entries.slice(0, rowCount)) {
      const date = entry.item.startLocal.slice(0, 10);
      const last = out.at(-1);
      if (last && last.date === date) last.entries.push(entry);
      else out.push({ date, entries: [entry] });
    }
    return out;
  }, [entries, rowCount]);

  // A meeting opened by a link is scrolled into view when the screen opens.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    nav.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, []);

  return (
    <nav ref={nav} className="meeting-list" aria-label={t('list.label')}>
      {days.map((day) => (
        <section key={day.date} className="meeting-day" aria-labelledby={`meeting-day-${day.date}`}>
          <h2 id={`meeting-day-${day.date}`} className="meeting-day-title">
            <time dateTime={day.date}>{dates.weekdayDate(day.date)}</time>
          </h2>
          <ul className="meeting-day-list">
            {day.entries.map((entry) => (
              <li key={entry.item.id}>
                <MeetingRow entry={entry} selected={entry.item.id === selectedId} onSelect={onSelect} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

/**
 * One row; `t` comes from the list: a useTranslation per row cost a few hundred microseconds each
 * on first mount (react-i18next wraps the i18n instance per component), with hundreds of rows.
 */
const MeetingRow = memo(function MeetingRow({
  entry,
  selected,
  onSelect,
  t,
}: {
  entry: MeetingEntry;
  selected: boolean;
  onSelect: (itemId: string) => void;
  t: TFunction<'meetings'>;
}) {
  const { item, meeting, host, interpreterMissing } = entry;
  const open = openCount(meeting?.followUps ?? []);
  const Icon = item.kind === 'visit' ? Building2 : Handshake;
  const time = timeRange(item);
  const place = item.location.venue || item.location.city;
  return (
    <button
      type="button"
      className="list-row meeting-row"
      aria-current={selected ? 'true' : undefined}
      data-testid="meeting-row"
      data-item-id={item.id}
      onClick={() => onSelect(item.id)}
      onKeyDown={moveBetweenRows}
    >
      <span className={`meeting-row-icon meeting-kind-${item.kind}`} aria-hidden>
        <Icon />
      </span>
      <span className="meeting-row-text">
        <span className="meeting-row-title">{item.title}</span>
        <span className="meeting-row-meta">
          <span className="meeting-row-time">{time ?? t('list.allDay')}</span>
          {place ? <span> · {place}</span> : null}
        </span>
        {host && !place.startsWith(host) ? <span className="meeting-row-host">{host}</span> : null}
      </span>
      <span className="meeting-row-flags">
        {interpreterMissing ? (
          <span className="meeting-flag meeting-flag-warning" title={t('list.interpreterMissing')}>
            <TriangleAlert aria-hidden />
            <span className="visually-hidden">{t('list.interpreterMissing')}</span>
          </span>
        ) : null}
        {open > 0 ? (
          <span className="meeting-flag" title={t('followUps.openCount', { count: open })}>
            <ListChecks aria-hidden />
            <span aria-hidden>{open}</span>
            <span className="visually-hidden">{t('followUps.openCount', { count: open })}</span>
          </span>
        ) : null}
      </span>
    </button>
  );
});

/** Up/Down between the meetings of the list. */
function moveBetweenRows(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const rows = [...(event.currentTarget.closest('.meeting-list')?.querySelectorAll<HTMLElement>('.meeting-row') ?? [])];
  const index = rows.indexOf(event.currentTarget);
  const target = rows[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (target) {
    event.preventDefault();
    target.focus();
  }
}
