import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useRestAfterFirstRender } from '../../lib/useAfterFirstPaint';
import { useRestoredScroll, useScreenActive } from '../../navigation/screenActivity';
import { DayHeader } from './DayHeader';
import { firstRows } from './model';
import { cardDomId, ItemCard, type CardActions } from './ItemCard';
import type { CardEntry, DayModel } from './useProgrammeView';

/** Up to this many rows the programme is plain DOM (find-in-page works); above, virtualised. */
export const VIRTUALISE_ABOVE = 150;
/** Rows the plain list renders in its first frame: more than a tall screen shows. */
export const FIRST_ROWS = 16;
/**
 * Rows the virtual list keeps rendered past each edge of the screen, so scrolling finds them
 * ready; on its first frame only one, so the rows in view show sooner.
 */
const OVERSCAN = 6;
const FIRST_OVERSCAN = 1;

/** Scroll to an item's card or to a day (the Checks screen links to "the night of 31 Oct"). */
export interface ScrollRequest {
  itemId?: string;
  date?: string;
  /** A new number for every request, so the same item can be asked for twice. */
  nonce: number;
}

interface ListProps {
  days: DayModel[];
  actions: CardActions;
  showHome: boolean;
  homeLabel: string;
  highlightId: string | null;
  highlightDate: string | null;
  scrollTo: ScrollRequest | null;
  onAddOnDay: (date: string) => void;
}

/**
 * The days and their cards: plain sections with sticky headers, or a virtual list for big trips.
 * Memoised: the screen around it re-renders when an item's editor opens or closes, and its props
 * (the view, stable actions) are then the same, so the list and its virtualizer are left alone.
 */
export const ProgrammeList = memo(function ProgrammeList(props: ListProps) {
  const rows = props.days.reduce((n, day) => n + Math.max(day.cards.length, 1) + 1, 0);
  return rows > VIRTUALISE_ABOVE ? <VirtualProgramme {...props} /> : <PlainProgramme {...props} />;
});

function PlainProgramme({ days, actions, showHome, homeLabel, highlightId, highlightDate, scrollTo, onAddOnDay }: ListProps) {
  const { t } = useTranslation('programme');
  const ids = useId();
  // A trip opens as soon as its first rows are rendered; the others follow in a transition,
  // which React interrupts for input, so the screen answers meanwhile. Rendering and laying out
  // 120 cards at once took half a second on 2 cores before anything showed. A list mounting
  // where the user had scrolled to (the screen coming back) renders everything at once, so that
  // place exists.
  const restoredScroll = useRestoredScroll();
  const complete = useRestAfterFirstRender(restoredScroll() > 0);
  const shown = useMemo(() => (complete ? days : firstRows(days, FIRST_ROWS)), [complete, days]);
  // A request may come before the item does (a new item shows after the reload), or before the
  // rest of the rows are rendered: wait for it.
  const handled = useRef(0);
  useEffect(() => {
    if (!scrollTo || handled.current === scrollTo.nonce) return;
    if (scrollTo.date) {
      const heading = document.getElementById(`${ids}-${scrollTo.date}`);
      if (!heading) return;
      handled.current = scrollTo.nonce;
      heading.closest('section')?.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
      return;
    }
    const card = shown.flatMap((d) => d.cards).find((c) => c.item.id === scrollTo.itemId);
    const el = card ? document.getElementById(cardDomId(card.key)) : null;
    if (!el) return;
    handled.current = scrollTo.nonce;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [scrollTo, shown, ids]);

  return (
    <div className="pg-days" data-testid="programme-days" data-virtual="false" data-complete={complete}>
      {shown.map((day) => {
        const headingId = `${ids}-${day.date}`;
        return (
          <section key={day.date} className="pg-day" aria-labelledby={headingId} data-date={day.date}>
            <DayHeader
              date={day.date}
              dayNumber={day.dayNumber}
              nights={day.nights}
              headingId={headingId}
              showHome={showHome && day.cards.length > 0}
              homeLabel={homeLabel}
              onAdd={onAddOnDay}
              highlighted={day.date === highlightDate}
            />
            {day.cards.length === 0 ? (
              <p className="pg-day-empty">{t('day.empty')}</p>
            ) : (
              <ol className="pg-cards">
                {day.cards.map((card) => (
                  <li key={card.key}>
                    <ItemCard model={card.model()} actions={actions} showHome={showHome} highlighted={card.item.id === highlightId} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

type FlatRow =
  | { type: 'day'; key: string; day: DayModel; dayIndex: number }
  | { type: 'card'; key: string; card: CardEntry; dayIndex: number }
  | { type: 'empty'; key: string; dayIndex: number };

/** The nearest ancestor that scrolls (the app's main area), where the virtualiser listens. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let node = el?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return document.scrollingElement as HTMLElement | null;
}

/**
 * Hundreds of items: only the rows in view are rendered (@tanstack/react-virtual over the app's
 * own scroll area, so the page scrolls as usual). Day headers are rows like the cards; a floating
 * copy of the current day's header stays at the top, as the plain list's sticky headers do.
 */
function VirtualProgramme({ days, actions, showHome, homeLabel, highlightId, highlightDate, scrollTo, onAddOnDay }: ListProps) {
  const { t } = useTranslation('programme');
  const ids = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollEl, setScrollEl] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  const rows = useMemo(() => {
    const flat: FlatRow[] = [];
    days.forEach((day, dayIndex) => {
      flat.push({ type: 'day', key: `day:${day.date}`, day, dayIndex });
      if (day.cards.length === 0) flat.push({ type: 'empty', key: `empty:${day.date}`, dayIndex });
      for (const card of day.cards) flat.push({ type: 'card', key: card.key, card, dayIndex });
    });
    return flat;
  }, [days]);

  useLayoutEffect(() => {
    const parent = scrollParent(listRef.current);
    setScrollEl(parent);
    if (parent && listRef.current) {
      setMargin(listRef.current.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
    }
  }, []);

  // Hidden with its screen (kept mounted while another tab shows), the list lets go of the
  // scroll area: it neither follows another screen's scrolling nor measures its hidden rows (as
  // zero), so it comes back exactly as it was left.
  const active = useScreenActive();
  // The rows past the screen's edges are for scrolling, not for the first frame: on the large
  // trip they were more than half of the rows it rendered and laid out (cards are tall). They
  // follow in a transition, which React interrupts for input.
  const overscan = useRestAfterFirstRender() ? OVERSCAN : FIRST_OVERSCAN;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => (active ? scrollEl : null),
    estimateSize: (index) => (rows[index]?.type === 'day' ? 64 : rows[index]?.type === 'empty' ? 44 : 132),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan,
    scrollMargin: margin,
  });

  const handled = useRef(0);
  useEffect(() => {
    if (!scrollTo || !scrollEl || handled.current === scrollTo.nonce) return;
    const index = rows.findIndex((r) =>
      scrollTo.date ? r.type === 'day' && r.day.date === scrollTo.date : r.type === 'card' && r.card.item.id === scrollTo.itemId,
    );
    if (index < 0) return;
    handled.current = scrollTo.nonce;
    virtualizer.scrollToIndex(index, { align: scrollTo.date ? 'start' : 'center' });
    // The row exists once the virtualiser has rendered that range.
    const row = rows[index]!;
    const domId = row.type === 'day' ? `${ids}-${row.day.date}` : cardDomId(row.key);
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => document.getElementById(domId)?.focus({ preventScroll: true }));
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollTo, rows, scrollEl, virtualizer, ids]);

  const items = virtualizer.getVirtualItems();
  const firstVisible = items.find((row) => row.end > (virtualizer.scrollOffset ?? 0));
  const currentDay = firstVisible ? days[rows[firstVisible.index]?.dayIndex ?? 0] : undefined;
  const scrolledIntoList = (virtualizer.scrollOffset ?? 0) > margin;

  return (
    <div className="pg-days pg-days-virtual" data-testid="programme-days" data-virtual="true">
      {currentDay && scrolledIntoList ? (
        <div className="pg-sticky-holder">
          <DayHeader
            date={currentDay.date}
            dayNumber={currentDay.dayNumber}
            nights={currentDay.nights}
            showHome={showHome && currentDay.cards.length > 0}
            homeLabel={homeLabel}
            decorative
          />
        </div>
      ) : null}
      <div ref={listRef} className="pg-virtual" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((virtual) => {
          const row = rows[virtual.index]!;
          return (
            <div
              key={virtual.key}
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              className={`pg-virtual-row pg-virtual-${row.type}`}
              style={{ transform: `translateY(${virtual.start - margin}px)` }}
            >
              {row.type === 'day' ? (
                <DayHeader
                  date={row.day.date}
                  dayNumber={row.day.dayNumber}
                  nights={row.day.nights}
                  headingId={`${ids}-${row.day.date}`}
                  showHome={showHome && row.day.cards.length > 0}
                  homeLabel={homeLabel}
                  onAdd={onAddOnDay}
                  highlighted={row.day.date === highlightDate}
                />
              ) : row.type === 'empty' ? (
                <p className="pg-day-empty">{t('day.empty')}</p>
              ) : (
                <ItemCard model={row.card.model()} actions={actions} showHome={showHome} highlighted={row.card.item.id === highlightId} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
