import { memo, useId, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import {
  ArrowRight,
  BookUser,
  Ban,
  CircleCheck,
  RotateCcw,
  ChevronDown,
  ChevronUp,
  CircleAlert,
  Copy,
  Handshake,
  Info,
  Lock,
  MapPin,
  Paperclip,
  Pencil,
  StickyNote,
  Tag,
  Trash2,
  TriangleAlert,
  Users,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../navigation/Link';
import type { CheckSeverity } from '../../../../shared/checks';
import type { Item, ItemState } from '../../../../shared/domain/item';
import { paths } from '../../navigation/routes';
import { useDates } from '../../lib/useDates';
import { IconButton } from '../../ui/Button';
import { Menu } from '../../ui/Menu';
import { KIND_ICONS, KIND_TONES, isMeeting, isTravel } from './kinds';
import { cjkLang } from './model';
import type { CardModel } from './useProgrammeView';
import { ChangedMark } from '../sync';

/** What a card can ask the screen to do; one stable object for all cards. */
export interface CardActions {
  tripId: string;
  edit: (itemId: string) => void;
  remove: (item: Item) => void;
  duplicate: (item: Item) => void;
  move: (itemId: string, direction: -1 | 1, group: readonly string[]) => void;
  /** Record what became of the item (done, cancelled, or back to planned). */
  setState: (item: Item, state: ItemState) => void;
}

/** A card shows the first findings (most serious first); the rest are one click away. */
const MAX_FINDINGS = 2;

const SEVERITY_ICONS: Record<CheckSeverity, LucideIcon> = { error: CircleAlert, warning: TriangleAlert, info: Info };

/** The DOM id of a card, for scrolling to it (deep links, a new item). */
export const cardDomId = (key: string) => `programme-row-${key.replaceAll(':', '-')}`;

/**
 * One row of the programme. Memoised: it gets everything resolved (CardModel, reused while
 * unchanged) and reads no context, so an edit re-renders the edited card, not four hundred.
 */
export const ItemCard = memo(function ItemCard({
  model,
  actions,
  showHome,
  highlighted,
}: {
  model: CardModel;
  actions: CardActions;
  showHome: boolean;
  highlighted: boolean;
}) {
  const { t } = useTranslation('programme');
  const dates = useDates();
  const titleId = useId();
  const { item, part } = model;
  const Icon = KIND_ICONS[item.kind];
  const compact = part === 'check-out' || (part === 'all-day' && model.local.slice(0, 10) !== item.startLocal.slice(0, 10));
  const travel = isTravel(item.kind);
  const d = item.details;
  const lang = dates.language;

  const groupIndex = model.sameStart ? model.sameStart.indexOf(item.id) : -1;
  const canMove = model.sameStart !== null && part !== 'check-out' && groupIndex >= 0;
  const menuItems = () => [
    { label: t('actions.edit'), icon: Pencil, onSelect: () => actions.edit(item.id) },
    { label: t('actions.duplicate'), icon: Copy, onSelect: () => actions.duplicate(item) },
    ...(canMove
      ? [
          {
            label: t('actions.moveUpShort'),
            icon: ChevronUp,
            disabled: groupIndex === 0,
            onSelect: () => actions.move(item.id, -1, model.sameStart!),
          },
          {
            label: t('actions.moveDownShort'),
            icon: ChevronDown,
            disabled: groupIndex === model.sameStart!.length - 1,
            onSelect: () => actions.move(item.id, 1, model.sameStart!),
          },
        ]
      : []),
    ...(item.state === 'planned'
      ? [
          { label: t('outcome.markDone'), icon: CircleCheck, separated: true, onSelect: () => actions.setState(item, 'done') },
          { label: t('outcome.markCancelled'), icon: Ban, onSelect: () => actions.setState(item, 'cancelled') },
        ]
      : [{ label: t('outcome.markPlanned'), icon: RotateCcw, separated: true, onSelect: () => actions.setState(item, 'planned') }]),
    { label: t('actions.delete'), icon: Trash2, tone: 'danger' as const, separated: true, onSelect: () => actions.remove(item) },
  ];

  const facts: string[] = [];
  if (travel && (d.carrier || d.number)) facts.push([d.carrier, d.number].filter(Boolean).join(' '));
  if (d.bookingReference) facts.push(t('card.booking', { value: d.bookingReference }));
  if (d.seat) facts.push(t('card.seat', { value: d.seat }));
  if (item.kind === 'accommodation' && d.confirmationNumber) facts.push(t('card.confirmation', { value: d.confirmationNumber }));
  if (item.kind === 'accommodation' && d.phone) facts.push(t('card.phone', { value: d.phone }));

  const place = [item.location.venue, item.location.address, item.location.city].filter(Boolean);

  return (
    <article
      id={cardDomId(model.key)}
      className={[
        'pg-card',
        `tone-${KIND_TONES[item.kind]}`,
        compact ? 'pg-card-compact' : '',
        highlighted ? 'is-highlighted' : '',
        showHome ? 'with-home' : '',
        item.state === 'cancelled' ? 'is-cancelled' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="programme-item"
      data-item-id={item.id}
      data-part={part}
      data-state={item.state}
    >
      <div className="pg-when">
        {part === 'all-day' ? (
          <span className="pg-time pg-time-allday">{t('card.allDay')}</span>
        ) : (
          <>
            <time className="pg-time" dateTime={model.local}>
              {dates.time(model.local)}
            </time>
            {model.end && !travel && part === 'whole' && model.end.dayShift === 0 && model.end.zone === model.zone ? (
              <time className="pg-time-end" dateTime={model.end.local}>
                – {dates.time(model.end.local)}
              </time>
            ) : null}
            <abbr className="pg-zone" title={model.zone}>
              {model.offset}
            </abbr>
          </>
        )}
      </div>
      {showHome ? (
        <div className="pg-home">
          {model.home ? (
            <span className={model.home.same ? 'pg-home-same' : undefined}>
              <span className="visually-hidden">{t('card.atHome')} </span>
              <time dateTime={model.home.local}>{dates.time(model.home.local)}</time>
              {model.home.dayShift !== 0 ? (
                <span className="pg-dayshift" title={t('card.dayShift', { count: model.home.dayShift })}>
                  {model.home.dayShift > 0 ? `+${model.home.dayShift}` : `−${-model.home.dayShift}`}
                </span>
              ) : null}
            </span>
          ) : null}
        </div>
      ) : null}
      <div className="pg-icon" aria-hidden>
        <Icon />
      </div>

      <div className="pg-body">
        <p className="pg-eyebrow">
          <span>{t(`kinds.${item.kind}`)}</span>
          {part === 'check-in' || part === 'check-out' ? <span className="pg-part">{t(`card.${part === 'check-in' ? 'checkIn' : 'checkOut'}`)}</span> : null}
          {facts.length > 0 && !compact ? <span className="pg-facts">{facts.join(' · ')}</span> : null}
          {item.state !== 'planned' ? <span className={`pg-state pg-state-${item.state}`}>{t(`outcome.states.${item.state}`)}</span> : null}
          <ChangedMark id={item.id} />
        </p>
        <h3 className="pg-title" id={titleId}>
          <button type="button" className="pg-title-button" onClick={() => actions.edit(item.id)}>
            {item.title}
          </button>
        </h3>

        {compact ? (
          <p className="pg-line secondary">
            {part === 'check-out' && model.end
              ? t('card.checkedIn', { date: dates.weekdayDate(model.end.local.slice(0, 10)), count: model.nights ?? 0 })
              : t('card.continues', { date: dates.weekdayDate(item.startLocal.slice(0, 10)) })}
          </p>
        ) : (
          <>
            {travel && (d.from || d.to || model.end) ? (
              <div className="pg-route">
                <div className="pg-stop">
                  <span className="pg-stop-time">
                    <time dateTime={model.local}>{dates.time(model.local)}</time> <abbr title={model.zone}>{model.offset}</abbr>
                  </span>
                  <span className="pg-stop-place">{d.from || t('card.placeUnknown')}</span>
                </div>
                <ArrowRight className="pg-route-arrow" aria-label={t('card.to')} />
                <div className="pg-stop">
                  {model.end ? (
                    <span className="pg-stop-time">
                      <time dateTime={model.end.local}>{dates.time(model.end.local)}</time>{' '}
                      <abbr title={model.end.zone}>{model.end.offset}</abbr>
                      {model.end.dayShift !== 0 ? (
                        <span className="pg-stop-date">{dates.weekdayDate(model.end.local.slice(0, 10))}</span>
                      ) : null}
                    </span>
                  ) : (
                    <span className="pg-stop-time secondary">{t('card.arrivalUnknown')}</span>
                  )}
                  <span className="pg-stop-place">{d.to || t('card.placeUnknown')}</span>
                </div>
              </div>
            ) : null}

            {item.kind === 'accommodation' && part === 'check-in' && model.end ? (
              <p className="pg-line pg-stay">
                {t('card.checkOutOn', { date: dates.weekdayDate(model.end.local.slice(0, 10)), time: dates.time(model.end.local) })}
                {model.nights ? <span className="pg-nights">{t('card.nights', { count: model.nights })}</span> : null}
              </p>
            ) : null}

            {!travel && part === 'whole' && model.end && (model.end.dayShift !== 0 || model.end.zone !== model.zone) ? (
              <p className="pg-line secondary">
                {t('card.endsAt', { date: dates.weekdayDate(model.end.local.slice(0, 10)), time: dates.time(model.end.local), offset: model.end.offset })}
              </p>
            ) : null}

            {place.length > 0 || item.location.addressLocal ? (
              <Line icon={MapPin} label={t('card.where')}>
                {place.length > 0 ? <span>{place.join(' · ')}</span> : null}
                {item.location.addressLocal ? (
                  <span className="pg-local-address" lang={cjkLang(item.location.addressLocal)}>
                    {item.location.addressLocal}
                  </span>
                ) : null}
              </Line>
            ) : null}

            {isMeeting(item.kind) ? (
              <Line icon={Handshake} label={t('card.host')}>
                <span>
                  {model.host ? (
                    <>
                      {model.host.name}
                      {model.host.nativeName ? (
                        <span className="pg-native" lang={cjkLang(model.host.nativeName)}>
                          {' '}
                          {model.host.nativeName}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <span className="secondary">{t('card.noHost')}</span>
                  )}
                  {' · '}
                  <Link href={paths.trip(actions.tripId, 'meetings', item.id)} className="pg-link">
                    {t('card.meetingDetails')}
                  </Link>
                </span>
              </Line>
            ) : null}

            <Line icon={Users} label={t('card.who')}>
              <span data-testid="item-participants">
                {model.participants.kind === 'all'
                  ? t('card.allMembers')
                  : model.participants.kind === 'group'
                    ? t('card.group', { name: model.participants.name, count: model.participants.count, total: model.participants.total })
                    : model.participants.count === 0
                      ? t('card.nobody')
                      : t('card.some', {
                          count: model.participants.count,
                          total: model.participants.total,
                          names: model.participants.names.join(', '),
                        })}
              </span>
            </Line>

            {model.contacts.length > 0 ? (
              <Line icon={BookUser} label={t('card.contacts')}>
                <span>
                  {model.contacts.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 ? ', ' : null}
                      {c.name}
                      {c.nativeName && c.nativeName !== c.name ? (
                        <span className="pg-native" lang={cjkLang(c.nativeName)}>
                          {' '}
                          {c.nativeName}
                        </span>
                      ) : null}
                    </span>
                  ))}
                </span>
              </Line>
            ) : null}

            {travel && d.vehicle ? (
              <Line icon={Tag} label={t('details.vehicle')}>
                <span>{d.vehicle}</span>
              </Line>
            ) : null}

            {model.attachments > 0 ? (
              <Line icon={Paperclip} label={t('card.attachments')}>
                <span data-testid="attachment-count">{t('card.attachmentCount', { count: model.attachments })}</span>
              </Line>
            ) : null}

            {item.description ? <p className="pg-text">{item.description}</p> : null}
            {item.publicNotes ? (
              <Line icon={StickyNote} label={t('fields.publicNotes')}>
                <span className="pg-text">{item.publicNotes}</span>
              </Line>
            ) : null}
            {item.internalNotes ? (
              <div className="pg-internal" data-testid="internal-notes">
                <span className="pg-internal-label">
                  <Lock aria-hidden />
                  {t('card.internal')}
                </span>
                <span className="pg-text">{item.internalNotes}</span>
              </div>
            ) : null}
          </>
        )}

        {model.findings.length > 0 && !compact ? (
          <ul className="pg-findings" aria-label={t('card.findings')}>
            {model.findings.slice(0, MAX_FINDINGS).map((finding) => {
              const SeverityIcon = SEVERITY_ICONS[finding.severity];
              return (
                <li key={finding.id} className={`pg-finding severity-${finding.severity}`}>
                  <SeverityIcon aria-label={t(`severity.${finding.severity}`)} />
                  <Link href={paths.trip(actions.tripId, 'checks', finding.id)} className="pg-finding-link">
                    {finding.message[lang]}
                  </Link>
                </li>
              );
            })}
            {model.findings.length > MAX_FINDINGS ? (
              <li className="pg-finding pg-finding-more">
                <Link href={paths.trip(actions.tripId, 'checks')} className="pg-finding-link">
                  {t('card.moreFindings', { count: model.findings.length - MAX_FINDINGS })}
                </Link>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>

      <div className="pg-actions">
        {canMove ? (
          <span className="pg-move">
            <IconButton
              size="sm"
              icon={ChevronUp}
              label={t('actions.moveUp', { title: item.title })}
              disabled={groupIndex === 0}
              onClick={() => actions.move(item.id, -1, model.sameStart!)}
            />
            <IconButton
              size="sm"
              icon={ChevronDown}
              label={t('actions.moveDown', { title: item.title })}
              disabled={groupIndex === model.sameStart!.length - 1}
              onClick={() => actions.move(item.id, 1, model.sameStart!)}
            />
          </span>
        ) : null}
        <IconButton icon={Pencil} label={t('actions.editItem', { title: item.title })} onClick={() => actions.edit(item.id)} />
        <Menu label={t('actions.more', { title: item.title })} items={menuItems} />
      </div>
    </article>
  );
});

function Line({ icon: Icon, label, children }: { icon: LucideIcon; label: string; children: ReactNode }) {
  return (
    <div className="pg-line">
      <Icon className="pg-line-icon" aria-label={label} role="img" />
      <div className="pg-line-text">{children}</div>
    </div>
  );
}
