import type { PerDiemDay, PerDiemReport } from '../per-diem';
import { formatAmount } from '../money/money';
import type { AppLanguage } from '../domain/language';

/**
 * The per-diem sheet: one section per member with the day-by-day basis an auditor can follow —
 * the journey's times, the minutes per country between 06:00 and 24:00, whole or half day, the
 * meals provided and their reduction, the normal amount used and the amount — and the rules the
 * numbers follow. Self-contained words in Swedish and English.
 */
const WORDS = {
  sv: {
    title: 'Traktamente',
    journeyOut: 'Utresa',
    journeyHome: 'Hemresa',
    none: '–',
    columns: ['Datum', 'Land', 'Minuter 06–24', 'Dag', 'Bjudna måltider', 'Reducering', 'Normalbelopp', 'Belopp'],
    whole: 'hel',
    half: 'halv',
    meals: { breakfast: 'frukost', lunch: 'lunch', dinner: 'middag' },
    total: 'Summa',
    noRate: (country: string, year: string) => `Inget normalbelopp för ${country} ${year}`,
    unknownCountry: (place: string) => `Okänt land för ${place || 'platsen'}`,
    nobody: 'Ingen deltagare reser utomlands på den här resan.',
    rules:
      'Avresedagen räknas som hel dag om resan börjar före kl. 12.00 och hemresedagen om den slutar efter kl. 19.00, annars som halv dag. Dagens land är där deltagaren vistas längst tid mellan kl. 06.00 och 24.00; restid räknas till landet man reser till (på hemresan: från). Bjudna måltider minskar dagens belopp: frukost 15 %, lunch eller middag 35 %, lunch och middag 70 %, alla tre 85 %.',
  },
  en: {
    title: 'Per diem',
    journeyOut: 'Journey out',
    journeyHome: 'Journey home',
    none: '–',
    columns: ['Date', 'Country', 'Minutes 06–24', 'Day', 'Meals provided', 'Reduction', 'Normal amount', 'Amount'],
    whole: 'whole',
    half: 'half',
    meals: { breakfast: 'breakfast', lunch: 'lunch', dinner: 'dinner' },
    total: 'Total',
    noRate: (country: string, year: string) => `No normal amount for ${country} ${year}`,
    unknownCountry: (place: string) => `Country unknown for ${place || 'the place'}`,
    nobody: 'No member travels abroad on this trip.',
    rules:
      'The departure day counts as a whole day when the journey starts before 12:00, the return day when it ends after 19:00; otherwise each is half a day. The country of a day is where the member spends the longest time between 06:00 and 24:00; travel time counts for the country travelled to (on the way home: from). Meals provided reduce the day: breakfast 15 %, lunch or dinner 35 %, lunch and dinner 70 %, all three 85 %.',
  },
} as const;

export function perDiemTitle(tripTitle: string, lang: AppLanguage): string {
  return `${WORDS[lang].title}: ${tripTitle}`;
}

export function PerDiemSheet({ report, tripTitle, lang }: { report: PerDiemReport; tripTitle: string; lang: AppLanguage }) {
  const w = WORDS[lang];
  const sek = (minor: number | null) => (minor === null ? w.none : formatAmount(minor, 'SEK', lang));
  const note = (d: PerDiemDay) =>
    d.problem === 'no_rate' ? w.noRate(d.country ?? '', d.date.slice(0, 4)) : d.problem === 'unknown_country' ? w.unknownCountry(d.unknownPlace ?? '') : '';
  return (
    <main className="per-diem-sheet">
      <h1 className="section-title">{perDiemTitle(tripTitle, lang)}</h1>
      <p className="per-diem-rules">{w.rules}</p>
      {report.members.length === 0 ? <p>{w.nobody}</p> : null}
      {report.members.map((m) => (
        <section key={m.memberId} className="per-diem-member">
          <h2>{m.name}</h2>
          <p className="per-diem-journeys">
            {w.journeyOut}: {m.journeyOut ? `${m.journeyOut.title}, ${m.journeyOut.startLocal.replace('T', ' ')}` : w.none} · {w.journeyHome}:{' '}
            {m.journeyHome ? `${m.journeyHome.title}, ${(m.journeyHome.endLocal ?? '').replace('T', ' ')}` : w.none}
          </p>
          <table className="budget-summary-table per-diem-table">
            <thead>
              <tr>
                {w.columns.map((c, i) => (
                  <th key={c} className={i >= 5 ? 'amount' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.days.map((d) => (
                <tr key={d.date}>
                  <td>{d.date}</td>
                  <td>{d.country ?? '?'}</td>
                  <td>
                    {Object.entries(d.minutes)
                      .map(([country, minutes]) => `${country} ${minutes}`)
                      .join(', ')}
                  </td>
                  <td>
                    {d.whole ? w.whole : w.half}
                    {d.departureTime ? ` (${d.departureTime})` : d.returnTime ? ` (${d.returnTime})` : ''}
                  </td>
                  <td>{(['breakfast', 'lunch', 'dinner'] as const).filter((meal) => d.meals[meal]).map((meal) => w.meals[meal]).join(', ')}</td>
                  <td className="amount">{d.reductionPercent ? `${d.reductionPercent} %` : ''}</td>
                  <td className="amount">{sek(d.rateSek)}</td>
                  <td className="amount">{d.problem ? note(d) : sek(d.amountSek)}</td>
                </tr>
              ))}
              <tr className="total">
                <td colSpan={7}>{w.total}</td>
                <td className="amount">{sek(m.totalSek)} SEK</td>
              </tr>
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
