import { formatDayHeading, formatTime } from '../format';
import type { DocumentLanguage } from '../options';
import { NameWithNative } from '../text';
import { seatingLabels } from './labels';
import type { SeatingSheetModel } from './model';
import { SeatingDiagram } from './SeatingDiagram';

/**
 * One item's seating plan: the table drawn with numbered seats, and the numbered list of who
 * sits where (seat order), hosts and guests marked. A sheet of its own (--variant seating) and
 * one page each in the briefing.
 */
export function SeatingSheet({ sheet, lang, headingLevel = 1 }: { sheet: SeatingSheetModel; lang: DocumentLanguage; headingLevel?: 1 | 2 }) {
  const t = seatingLabels[lang];
  const { item, layout } = sheet;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const venue = [item.location.venue, item.location.city].filter((s) => s.trim()).join(', ');
  return (
    <section className={`seating-sheet${item.state === 'cancelled' ? ' cancelled' : ''}`}>
      <p className="cover-kind">{t.documentKind}</p>
      <Heading className="seating-title">
        <span className="entry-title-text">{item.title}</span>
        {item.state === 'cancelled' ? <span className="state-mark"> ({t.cancelled})</span> : null}
      </Heading>
      <p className="seating-when">
        {formatDayHeading(item.startLocal.slice(0, 10), lang)} · {formatTime(item.startLocal, lang)}
        {venue ? ` · ${venue}` : ''}
      </p>
      <p className="seating-table muted">
        {t.table(layout.shape, layout.seats)} · {t.protocol[layout.protocol]}
      </p>
      <div className="seating-layout">
        <SeatingDiagram layout={layout} sides={sheet.seats.map((s) => s.person?.side ?? null)} />
        <div className="seating-legend muted">
          <span className="legend-host">● {t.host}</span> <span className="legend-guest">○ {t.guest}</span>
        </div>
      </div>
      <table className="seating-list">
        <thead>
          <tr>
            <th scope="col">{t.seat}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.titleAndOrganisation}</th>
            <th scope="col">{t.side}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.seats.map(({ seat, person }) => (
            <tr key={seat} className={person ? `seated side-${person.side}` : 'empty'}>
              <td className="seat-number">{seat + 1}</td>
              <td className="seat-name">{person ? <NameWithNative name={person.name} native={person.nativeName} /> : <span className="muted">{t.emptySeat}</span>}</td>
              <td>{person ? [person.title, person.organisation].filter(Boolean).join(', ') : ''}</td>
              <td>{person ? (person.side === 'host' ? t.host : t.guest) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.unseated.length > 0 ? (
        <p className="seating-unseated">
          <strong>{t.notSeated}:</strong> {sheet.unseated.map((p) => p.name).join(', ')}
        </p>
      ) : null}
    </section>
  );
}
