import { memo, useMemo, type CSSProperties } from 'react';
import { BedDouble, Globe, House, Plane } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../navigation/Link';
import type { Member } from '../../../../shared/domain/member';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import {
  presenceMatrix,
  type PresenceCell,
  type PresenceCity,
  type PresencePlace,
} from '../../../../shared/presence';
import { paths } from '../../navigation/routes';
import { useDates } from '../../lib/useDates';
import { DestinationName } from '../trips';

/** City colours in overview.css: presence-city-0 … presence-city-7 (light and dark). */
const PALETTE_SIZE = 8;

interface Labels {
  home: string;
  abroad: string;
  transit: string;
  unknown: string;
  to: string;
  noStay: string;
  /** Why a member is home: "Not yet travelling", "Gone home"… (PresenceCell.away, per direction). */
  away: { before: string; after: string; beforeArrival: string; afterDeparture: string };
  cityName: (key: string) => string;
  cellTitle: (name: string, date: string, where: string) => string;
}

/**
 * Members (rows, in order of precedence) × days of the trip (columns): the city each member ends
 * the day in, travel days as "Jinan → Shenyang", home before and after their part of the trip
 * (shared/presence). One colour per city with a legend; a real table with row and column headers.
 * A night the member is away without a stay is marked: the Checks screen names exactly those.
 */
export function PresenceMatrix({ workspace, tripId }: { workspace: TripWorkspace; tripId: string }) {
  const { t } = useTranslation('overview');
  const dates = useDates();
  const matrix = useMemo(() => presenceMatrix(workspace), [workspace]);
  const memberById = useMemo(() => new Map(workspace.members.map((m) => [m.id, m])), [workspace.members]);

  const colourOf = useMemo(() => new Map(matrix.cities.map((c, i) => [c.key, i % PALETTE_SIZE])), [matrix.cities]);
  const labels = useMemo<Labels>(() => {
    const names = new Map(matrix.cities.map((c) => [c.key, c.name]));
    return {
      home: t('presence.home'),
      abroad: t('presence.abroad'),
      transit: t('presence.transit'),
      unknown: t('presence.unknown'),
      to: t('presence.to'),
      noStay: t('presence.noStay'),
      away: {
        before: t('presence.before'),
        after: t('presence.after'),
        beforeArrival: t('presence.beforeArrival'),
        afterDeparture: t('presence.afterDeparture'),
      },
      cityName: (key) => names.get(key) ?? key,
      cellTitle: cellTitleFormat(t('presence.cellTitle', CELL_TITLE_SLOTS)),
    };
  }, [matrix.cities, t]);
  const headings = useMemo(() => matrix.dates.map((date) => dates.weekdayDate(date)), [matrix.dates, dates]);
  const anyWithoutStay = useMemo(() => matrix.rows.some((row) => row.cells.some((c) => c.withoutStay)), [matrix.rows]);
  const anyAbroad = useMemo(() => matrix.rows.some((row) => row.cells.some((c) => c.to.kind === 'abroad' || c.from?.kind === 'abroad')), [matrix.rows]);

  return (
    <section className="card presence-card" aria-labelledby="presence-heading">
      <header className="presence-header">
        <div>
          <h2 id="presence-heading" className="card-title">
            {t('presence.heading')}
          </h2>
          <p className="presence-description">{t('presence.description')}</p>
        </div>
        <Legend cities={matrix.cities} withoutStay={anyWithoutStay} abroad={anyAbroad} />
      </header>
      {matrix.rows.length === 0 ? (
        <p className="presence-empty">{t('presence.noMembers')}</p>
      ) : (
        <div className="presence-scroll" role="region" aria-label={t('presence.scrollRegion')} tabIndex={0}>
          <table className="presence-table" data-testid="presence-matrix" style={{ '--presence-days': matrix.dates.length } as CSSProperties}>
            <caption className="visually-hidden">{t('presence.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="presence-corner">
                  {t('presence.member')}
                </th>
                {matrix.dates.map((date, i) => (
                  <th key={date} scope="col" className="presence-day">
                    {/* The day in the programme. */}
                    <Link href={paths.trip(tripId, 'programme', date)} className="presence-link">
                      <time dateTime={date}>{headings[i]}</time>
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => {
                const member = memberById.get(row.memberId);
                return member ? (
                  <PresenceRowView
                    key={row.memberId}
                    tripId={tripId}
                    member={member}
                    cells={row.cells}
                    headings={headings}
                    labels={labels}
                    colourOf={colourOf}
                  />
                ) : null;
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const PresenceRowView = memo(function PresenceRowView({
  tripId,
  member,
  cells,
  headings,
  labels,
  colourOf,
}: {
  tripId: string;
  member: Member;
  cells: readonly PresenceCell[];
  headings: string[];
  labels: Labels;
  colourOf: Map<string, number>;
}) {
  return (
    <tr>
      <th scope="row" className="presence-member" title={[member.name, member.nativeName, member.title].filter(Boolean).join(' · ')}>
        <Link href={paths.trip(tripId, 'members', member.id)} className="presence-member-name presence-link">
          {member.name}
          {member.nativeName && member.nativeName !== member.name ? (
            <span className="presence-member-native"> {member.nativeName}</span>
          ) : null}
        </Link>
        {member.title ? <span className="presence-member-title">{member.title}</span> : null}
      </th>
      {cells.map((cell, i) => {
        const where = describe(cell, labels);
        // Visitors abroad have not arrived yet, or have gone home: not "home again" here.
        const awayKey = cell.to.kind === 'abroad' ? (cell.away === 'before' ? 'beforeArrival' : 'afterDeparture') : cell.away === 'before' ? 'before' : 'after';
        const away = cell.away ? ` (${labels.away[awayKey]})` : '';
        const noStay = cell.withoutStay ? ` (${labels.noStay})` : '';
        return (
          <td
            key={cell.date}
            className={cellClasses(cell, colourOf)}
            title={labels.cellTitle(member.name, headings[i]!, where + away + noStay)}
            data-without-stay={cell.withoutStay || undefined}
          >
            {cell.from ? (
              <span className="presence-travel-text">
                <PlaceLabel place={cell.from} labels={labels} className="presence-from" />
                <span aria-hidden className="presence-arrow">
                  →
                </span>
                <span className="visually-hidden"> {labels.to} </span>
                <PlaceLabel place={cell.to} labels={labels} className="presence-to" />
              </span>
            ) : (
              <PlaceLabel place={cell.to} labels={labels} />
            )}
            {cell.withoutStay ? <NoStayMark label={labels.noStay} /> : null}
          </td>
        );
      })}
    </tr>
  );
});

function PlaceLabel({ place, labels, className }: { place: PresencePlace; labels: Labels; className?: string }) {
  switch (place.kind) {
    case 'city':
      return <span className={className}>{labels.cityName(place.city)}</span>;
    case 'home':
      return <span className={['presence-home-label', className].filter(Boolean).join(' ')}>{labels.home}</span>;
    case 'abroad':
      return <span className={['presence-abroad-label', className].filter(Boolean).join(' ')}>{labels.abroad}</span>;
    case 'transit':
      return (
        <span className={['presence-transit-label', className].filter(Boolean).join(' ')}>
          <Plane aria-hidden className="presence-icon" />
          <span className="visually-hidden">{labels.transit}</span>
        </span>
      );
    case 'unknown':
      return (
        <span className={['presence-unknown-label', className].filter(Boolean).join(' ')}>
          <span aria-hidden>–</span>
          <span className="visually-hidden">{labels.unknown}</span>
        </span>
      );
  }
}

/** A night away with neither accommodation nor overnight travel: a crossed-out bed. */
function NoStayMark({ label }: { label?: string }) {
  return (
    <span className="presence-no-stay-mark">
      <BedDouble aria-hidden className="presence-icon" />
      {label ? <span className="visually-hidden">, {label}</span> : null}
    </span>
  );
}

/**
 * Each cell's title ("Anna Lind, Thu 2 Nov: Jinan") as the translation lays it out, with the
 * values put in its slots: the translation is rendered once with a marker in each slot, not
 * once per cell (900 interpolations on a 60-member, 15-day trip were a fifth of the screen's
 * first render).
 */
const CELL_TITLE_SLOTS = { name: '\u0001', date: '\u0002', where: '\u0003' } as const;
function cellTitleFormat(template: string): Labels['cellTitle'] {
  return (name, date, where) =>
    template.replace(CELL_TITLE_SLOTS.name, () => name).replace(CELL_TITLE_SLOTS.date, () => date).replace(CELL_TITLE_SLOTS.where, () => where);
}

/** The cell as one line of text, for its tooltip. */
function describe(cell: PresenceCell, labels: Labels): string {
  const text = (place: PresencePlace) =>
    place.kind === 'city'
      ? labels.cityName(place.city)
      : place.kind === 'home'
        ? labels.home
        : place.kind === 'abroad'
          ? labels.abroad
          : place.kind === 'transit'
            ? labels.transit
            : labels.unknown;
  return cell.from ? `${text(cell.from)} → ${text(cell.to)}` : text(cell.to);
}

function tone(place: PresencePlace, colourOf: Map<string, number>): string {
  return place.kind === 'city' ? String(colourOf.get(place.city) ?? 0) : place.kind;
}

function cellClasses(cell: PresenceCell, colourOf: Map<string, number>): string {
  const to = tone(cell.to, colourOf);
  const noStay = cell.withoutStay ? ' presence-no-stay' : '';
  if (!cell.from) return `presence-cell presence-stay presence-tone-${to}${noStay}`;
  // "Home → ✈" and "✈ → Jinan" fit on one line; two place names may wrap.
  const short = cell.from.kind === 'transit' || cell.to.kind === 'transit' ? ' presence-short' : '';
  return `presence-cell presence-travel presence-from-${tone(cell.from, colourOf)} presence-to-${to}${short}${noStay}`;
}

function Legend({ cities, withoutStay, abroad }: { cities: PresenceCity[]; withoutStay: boolean; abroad: boolean }) {
  const { t } = useTranslation('overview');
  return (
    <ul className="presence-legend" aria-label={t('presence.legend')}>
      {cities.map((city, i) => (
        <li key={city.key}>
          <span className={`presence-swatch presence-tone-${i % PALETTE_SIZE}`} aria-hidden />
          <DestinationName destination={{ city: city.name, nativeName: city.nativeName, country: city.country }} />
        </li>
      ))}
      <li>
        <span className="presence-swatch presence-tone-home" aria-hidden>
          <House className="presence-icon" />
        </span>
        {t('presence.home')}
      </li>
      {abroad ? (
        <li>
          <span className="presence-swatch presence-tone-abroad" aria-hidden>
            <Globe className="presence-icon" />
          </span>
          {t('presence.abroadLegend')}
        </li>
      ) : null}
      <li>
        <span className="presence-swatch presence-tone-transit" aria-hidden>
          <Plane className="presence-icon" />
        </span>
        {t('presence.transit')}
      </li>
      <li>
        <span className="presence-swatch presence-travel presence-from-0 presence-to-1" aria-hidden />
        {t('presence.travelDay')}
      </li>
      {withoutStay ? (
        <li>
          <span className="presence-swatch presence-tone-unknown presence-no-stay" aria-hidden>
            <NoStayMark />
          </span>
          {t('presence.noStayLegend')}
        </li>
      ) : null}
    </ul>
  );
}
