import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CalendarPlus, Plus, UserRoundSearch } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/domain/item';
import type { Trip } from '../../../../shared/domain/trip';
import { useCommand } from '../../navigation/commands';
import { shortcutLabel } from '../../lib/platform';
import { zoneCity } from '../../lib/timezones';
import { useSessionUi, useShowAsMember, useShowHomeTime } from '../../state/session';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useTripFindings } from '../checks';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { useItemActions } from './actions';
import { newItemForm, type ItemCreateFormValues } from './formValues';
import type { CardActions } from './ItemCard';
import { ItemCreateDialog } from './ItemCreateDialog';
import { ItemEditDialog } from './ItemEditDialog';
import type { ItemFormContext } from './ItemFormFields';
import { ProgrammeList, type ScrollRequest } from './ProgrammeList';
import { useProgrammeView } from './useProgrammeView';
import './programme.css';
import { secondClockZone } from '../../../../shared/domain/trip';

type OpenDialog = { kind: 'create'; initial: ItemCreateFormValues } | { kind: 'edit'; itemId: string } | null;

const HIGHLIGHT_MS = 2_400;

/**
 * The day-by-day programme: every item on the local date of its own zone, cards by kind, the
 * home time beside local times on request, "Show as" one member, and the item editor.
 */
export function ProgrammeScreen() {
  const { t } = useTranslation('programme');
  const { tripId, workspace, focusId } = useTripWorkspace();
  const { trip, members } = workspace;
  const storedMemberId = useShowAsMember(tripId);
  const memberId = storedMemberId && members.some((m) => m.id === storedMemberId) ? storedMemberId : null;
  const setShowAsMember = useSessionUi((s) => s.setShowAsMember);
  const showHome = useShowHomeTime();
  const setHomeTimeVisible = useSessionUi((s) => s.setHomeTimeVisible);
  const findings = useTripFindings();
  const days = useProgrammeView(workspace, memberId, showHome, findings);
  const itemActions = useItemActions(tripId);

  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [highlightDate, setHighlightDate] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<ScrollRequest | null>(null);
  const nonce = useRef(0);

  /** Scroll to an item (or a day) and light it up for a moment (deep link, new or duplicated item). */
  const reveal = useCallback((target: { itemId: string } | { date: string }) => {
    nonce.current += 1;
    setScrollTo({ ...target, nonce: nonce.current });
    if ('itemId' in target) setHighlightId(target.itemId);
    else setHighlightDate(target.date);
  }, []);
  useEffect(() => {
    if (!highlightId && !highlightDate) return;
    const timer = window.setTimeout(() => {
      setHighlightId(null);
      setHighlightDate(null);
    }, HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [highlightId, highlightDate]);

  // A deep link (a search hit, a check's "fix") points at an item or a day: show it, even if
  // the "Show as" filter hid it.
  const handledFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId) {
      handledFocus.current = null;
      return;
    }
    if (handledFocus.current === focusId) return;
    if (/^\d{4}-\d{2}-\d{2}$/.test(focusId)) {
      handledFocus.current = focusId;
      if (memberId) setShowAsMember(tripId, null);
      reveal({ date: focusId });
      return;
    }
    const item = workspace.items.find((i) => i.id === focusId);
    if (!item) return;
    handledFocus.current = focusId;
    if (memberId && !item.allMembers && !item.participantIds.includes(memberId)) setShowAsMember(tripId, null);
    reveal({ itemId: focusId });
  }, [focusId, workspace.items, memberId, reveal, setShowAsMember, tripId]);

  const latest = useRef({ workspace, itemActions });
  latest.current = { workspace, itemActions };
  const openCreate = useCallback((date: string | null = null) => {
    const { workspace: w } = latest.current;
    setDialog({ kind: 'create', initial: newItemForm(w.trip, w.items, date) });
  }, []);
  // Ctrl/Cmd+N: a new item, unless an item dialog is already open (it would lose what was typed).
  const dialogOpen = useRef(false);
  dialogOpen.current = dialog !== null;
  useCommand('new-item', () => {
    if (!dialogOpen.current) openCreate();
  });

  const actions = useMemo<CardActions>(
    () => ({
      tripId,
      edit: (itemId) => setDialog({ kind: 'edit', itemId }),
      remove: (item) => void latest.current.itemActions.remove(item),
      duplicate: (item) =>
        void latest.current.itemActions.duplicate(item).then((id) => {
          if (id) reveal({ itemId: id });
        }),
      move: (itemId, direction, group) =>
        void latest.current.itemActions.move(itemId, direction, group).then((moved) => {
          if (moved) reveal({ itemId });
        }),
      setState: (item, state) => void latest.current.itemActions.setState(item, state),
    }),
    [tripId, reveal],
  );

  const cities = useSameList(useMemo(() => plannedCities(trip, workspace.items), [trip, workspace.items]));
  const formContext = useMemo<ItemFormContext>(
    () => ({ trip, items: () => latest.current.workspace.items, cities, members, groups: workspace.groups, contacts: workspace.contacts }),
    [trip, cities, members, workspace.groups, workspace.contacts],
  );

  const editing = dialog?.kind === 'edit' ? workspace.items.find((i) => i.id === dialog.itemId) : undefined;
  // The item went away while its editor was open (deleted elsewhere, undone): close it.
  useEffect(() => {
    if (dialog?.kind === 'edit' && !editing) setDialog(null);
  }, [dialog, editing]);

  const member = memberId ? members.find((m) => m.id === memberId) : undefined;
  const shownCount = useMemo(() => {
    const seen = new Set<string>();
    for (const day of days) for (const card of day.cards) seen.add(card.item.id);
    return seen.size;
  }, [days]);
  // The second clock: the visitors' home on incoming trips, ours on outgoing ones.
  const clockZone = secondClockZone(trip) ?? trip.homeTimeZone;
  const homeLabel = t('day.homeTime', { place: zoneCity(clockZone) });
  const newItemButton = (
    <Button variant="primary" icon={Plus} onClick={() => openCreate()} title={shortcutLabel('N')}>
      {t('newItem')}
    </Button>
  );

  const remove = (item: Item) => {
    setDialog(null);
    void itemActions.remove(item);
  };

  return (
    <div className="screen programme-screen">
      <ScreenHeader
        title={t('title')}
        description={
          workspace.items.length === 0 ? undefined : (
            <span data-testid="programme-count">
              {member
                ? t('countFor', { count: shownCount, total: workspace.items.length, name: member.name })
                : t('count', { count: workspace.items.length })}
            </span>
          )
        }
        actions={workspace.items.length === 0 ? undefined : newItemButton}
      />

      {workspace.items.length === 0 ? (
        <EmptyState
          icon={CalendarPlus}
          title={t('empty.title')}
          testId="programme-empty"
          action={
            <Button variant="primary" icon={Plus} onClick={() => openCreate()}>
              {t('empty.action')}
            </Button>
          }
        >
          <p>{t('empty.body')}</p>
          <p className="secondary">{t('empty.shortcut', { shortcut: shortcutLabel('N') })}</p>
        </EmptyState>
      ) : (
        <>
          <div className="pg-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
            <label className="pg-show-as">
              <UserRoundSearch aria-hidden className="pg-show-as-icon" />
              <span className="pg-show-as-label">{t('toolbar.showAs')}</span>
              <select
                className="input select"
                value={memberId ?? ''}
                onChange={(event) => setShowAsMember(tripId, event.currentTarget.value || null)}
              >
                <option value="">{t('toolbar.everyone')}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            {member ? (
              <Button size="sm" variant="ghost" onClick={() => setShowAsMember(tripId, null)}>
                {t('toolbar.showEveryone')}
              </Button>
            ) : null}
            <label className="switch pg-home-switch">
              <input
                type="checkbox"
                role="switch"
                checked={showHome}
                onChange={(event) => setHomeTimeVisible(event.currentTarget.checked)}
              />
              <span className="switch-track" aria-hidden />
              {t('toolbar.homeTime', { place: zoneCity(clockZone) })}
            </label>
          </div>

          {member && shownCount === 0 ? (
            <EmptyState compact icon={UserRoundSearch} title={t('filteredEmpty.title', { name: member.name })}>
              {t('filteredEmpty.body')}
            </EmptyState>
          ) : (
            <ProgrammeList
              days={days}
              actions={actions}
              showHome={showHome}
              homeLabel={homeLabel}
              highlightId={highlightId}
              highlightDate={highlightDate}
              scrollTo={scrollTo}
              onAddOnDay={openCreate}
            />
          )}
        </>
      )}

      {dialog?.kind === 'create' ? (
        <ItemCreateDialog
          initial={dialog.initial}
          context={formContext}
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            reveal({ itemId: id });
          }}
        />
      ) : null}
      {editing ? (
        <ItemEditDialog
          key={editing.id}
          item={editing}
          workspace={workspace}
          context={formContext}
          onClose={() => setDialog(null)}
          onDelete={remove}
          onDuplicate={(item) => {
            setDialog(null);
            actions.duplicate(item);
          }}
        />
      ) : null}
    </div>
  );
}

/** The trip's destinations and every city an item names, each once, in that order. */
function plannedCities(trip: Trip, items: readonly Item[]): string[] {
  const names = new Set<string>();
  for (const d of trip.destinations) names.add(d.city);
  for (const item of items) if (item.location.city) names.add(item.location.city);
  return [...names];
}

/** The list of the last render while its entries are the same, so what depends on it stays put. */
function useSameList(list: readonly string[]): readonly string[] {
  const kept = useRef(list);
  if (kept.current !== list && (kept.current.length !== list.length || kept.current.some((x, i) => x !== list[i]))) kept.current = list;
  return kept.current;
}
