import { useState } from 'react';
import { Armchair, Trash2, Wand2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/domain/item';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import { personKey, type TablePerson } from '../../../../shared/seating/company';
import { seatPositions, type TableLayout } from '../../../../shared/seating/geometry';
import { MAX_SEATS, MIN_SEATS, SeatingProtocol, TableShape, type SeatedPerson, type SeatingPlan } from '../../../../shared/seating/plan';
import { useMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';
import { Button, Select, TextField } from '../../ui';
import { autoSeated, defaultLayout, moveToSeat, resized, seatingView } from './seatingModel';
import './seating.css';

type Picked = { seat: number } | { person: SeatedPerson } | null;

/**
 * The table plan of a meal or meeting, inside the item's sheet: the table drawn from above
 * (SVG) with a button per seat. Drag a person onto another seat to swap them; or, without a
 * mouse, pick a person (a seat or someone without a seat: click, Enter or Space) and then the
 * seat. Auto-seat refills the whole table by precedence (shared/seating/auto-seat.ts).
 */
export function SeatingPanel({ item, workspace }: { item: Item; workspace: TripWorkspace }) {
  const { t } = useTranslation('programme');
  const update = useMutation('items:update', { invalidates: ['items:', 'trips:', 'search:'] });
  const [picked, setPicked] = useState<Picked>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const view = seatingView(workspace, item);
  const plan = item.seating;

  const save = async (seating: SeatingPlan | null) => {
    setPicked(null);
    const result = await update.mutate({ id: item.id, patch: { seating } });
    if (!result.ok) toast.show({ message: t('seating.saveFailed', { reason: result.error.message }), tone: 'error' });
  };

  if (view.company.length === 0 && !plan) return <p className="seating-none secondary">{t('seating.nobody')}</p>;
  if (!plan) {
    return (
      <div className="seating-panel">
        <p className="secondary">{t('seating.none')}</p>
        <Button icon={Wand2} onClick={() => void save(autoSeated(workspace, item, defaultLayout(view.company.length)))}>
          {t('seating.make')}
        </Button>
      </div>
    );
  }

  const layout: TableLayout = { shape: plan.shape, seats: plan.seats, protocol: plan.protocol };
  const changeLayout = (next: Partial<TableLayout>) => void save(resized(plan, view, { ...layout, ...next }));
  const choose = (seat: number) => {
    if (picked === null) {
      if (view.bySeat.has(seat)) setPicked({ seat });
      return;
    }
    void save(moveToSeat(plan, view, picked, seat));
  };
  const pickedKey = picked && 'person' in picked ? personKey(picked.person) : null;
  const pickedName = picked ? ('seat' in picked ? view.bySeat.get(picked.seat)?.name : view.unseated.find((p) => personKey(p.person) === pickedKey)?.name) : null;
  const positions = seatPositions(layout);
  const shown = view.company.length;

  return (
    <div className="seating-panel">
      <div className="seating-controls">
        <Select label={t('seating.shape')} value={plan.shape} onChange={(e) => changeLayout({ shape: e.target.value as TableShape })}>
          {TableShape.options.map((shape) => (
            <option key={shape} value={shape}>
              {t(`seating.shapes.${shape}`)}
            </option>
          ))}
        </Select>
        <TextField
          label={t('seating.seats')}
          type="number"
          min={MIN_SEATS}
          max={MAX_SEATS}
          defaultValue={plan.seats}
          key={plan.seats}
          onBlur={(e) => {
            const seats = Math.round(Number(e.target.value));
            if (Number.isFinite(seats) && seats !== plan.seats) changeLayout({ seats: Math.min(MAX_SEATS, Math.max(MIN_SEATS, seats)) });
          }}
        />
        <Select label={t('seating.protocol')} value={plan.protocol} onChange={(e) => changeLayout({ protocol: e.target.value as SeatingProtocol })}>
          {SeatingProtocol.options.map((protocol) => (
            <option key={protocol} value={protocol}>
              {t(`seating.protocols.${protocol}`)}
            </option>
          ))}
        </Select>
        <Button icon={Wand2} onClick={() => void save(autoSeated(workspace, item, layout))}>
          {t('seating.autoSeat')}
        </Button>
        <Button variant="ghost" icon={Trash2} onClick={() => void save(null)}>
          {t('seating.remove')}
        </Button>
      </div>
      <p className="seating-hint secondary">{t('seating.hint')}</p>
      {shown > plan.seats ? <p className="seating-warning">{t('seating.tooFew', { count: shown, seats: plan.seats })}</p> : null}
      <p className="seating-status" role="status">
        {pickedName ? t('seating.picked', { name: pickedName }) : ''}
      </p>
      <div className={`seating-table seating-${plan.shape}`} role="group" aria-label={t('seating.table')} data-testid="seating-table">
        <svg className="seating-top" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden>
          {plan.shape === 'round' ? <ellipse cx={50} cy={50} rx={30} ry={30} /> : <rect x={3} y={26} width={94} height={48} rx={2} />}
        </svg>
        {positions.map((p, seat) => (
          <SeatButton
            key={seat}
            seat={seat}
            person={view.bySeat.get(seat) ?? null}
            at={p}
            picked={picked !== null && 'seat' in picked && picked.seat === seat}
            onChoose={() => choose(seat)}
            onDragStart={() => setDragFrom(view.bySeat.has(seat) ? seat : null)}
            onDrop={() => {
              if (dragFrom !== null && dragFrom !== seat) void save(moveToSeat(plan, view, { seat: dragFrom }, seat));
              setDragFrom(null);
            }}
          />
        ))}
      </div>
      {view.unseated.length > 0 ? (
        <div className="seating-unseated">
          <p className="field-label">{t('seating.unseated')}</p>
          <ul>
            {view.unseated.map((p) => (
              <li key={personKey(p.person)}>
                <button
                  type="button"
                  className={`seating-person side-${p.side}${pickedKey === personKey(p.person) ? ' is-picked' : ''}`}
                  aria-pressed={pickedKey === personKey(p.person)}
                  onClick={() => setPicked(pickedKey === personKey(p.person) ? null : { person: p.person })}
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function SeatButton({
  seat,
  person,
  at,
  picked,
  onChoose,
  onDragStart,
  onDrop,
}: {
  seat: number;
  person: TablePerson | null;
  at: { x: number; y: number };
  picked: boolean;
  onChoose: () => void;
  onDragStart: () => void;
  onDrop: () => void;
}) {
  const { t } = useTranslation('programme');
  const number = seat + 1;
  const label = person ? t('seating.seatWith', { number, name: person.name, side: t(`seating.${person.side}`) }) : `${t('seating.seat', { number })} (${t('seating.empty')})`;
  return (
    <button
      type="button"
      className={`seat side-${person?.side ?? 'empty'}${picked ? ' is-picked' : ''}`}
      style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%` }}
      aria-label={label}
      aria-pressed={picked}
      data-seat={number}
      onClick={onChoose}
      // Pointer events, not HTML drag and drop: they work the same for mouse, pen and touch,
      // and the drop target is simply the seat the pointer is released over.
      onPointerDown={(event) => {
        if (event.button === 0) onDragStart();
      }}
      onPointerUp={onDrop}
    >
      <Armchair aria-hidden className="seat-icon" />
      <span className="seat-number">{number}</span>
      <span className="seat-name">{person ? person.name : '—'}</span>
    </button>
  );
}
