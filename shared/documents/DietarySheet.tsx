import { formatDayHeading, formatTime } from './format';
import type { DocumentLabels } from './labels';
import type { ProgrammeModel } from './model-types';
import { NameWithNative } from './text';

/**
 * The sheet's words in English and the restaurant's language: Swedish, or Chinese when the
 * document is in Chinese (a dinner in Jinan). Both on one line: the restaurant may read either.
 */
const words = {
  sv: { dietary: 'Specialkost', restaurant: 'Restaurang', dateAndTime: 'Datum och tid', guests: 'Antal gäster', none: 'Ingen specialkost.', guest: 'Gäst' },
  zh: { dietary: '饮食要求', restaurant: '餐厅', dateAndTime: '日期和时间', guests: '用餐人数', none: '无特殊饮食要求。', guest: '客人' },
};

/**
 * One meal's dietary needs on a page for the restaurant, in English and Swedish: the venue,
 * date and time, the number of guests and who needs what. Visitors and hosts alike: the kitchen
 * cooks for everyone at the table.
 */
export function DietarySheet({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  const sheet = model.dietarySheet;
  if (!sheet) return null;
  const local = model.settings.lang.includes('zh') ? 'zh' : 'sv';
  const w = words[local];
  const both = (en: string, key: keyof typeof w) => `${en} / ${w[key]}`;
  const { item } = sheet;
  const venue = [item.location.venue, item.location.address, item.location.city].filter((s) => s.trim()).join(', ');
  const time = item.endLocal && item.endZone === item.startZone ? `${formatTime(item.startLocal, 'en')}–${formatTime(item.endLocal, 'en')}` : formatTime(item.startLocal, 'en');
  return (
    <article className="dietary-sheet">
      <header className="letterhead">
        {model.logo ? <img className="cover-logo" src={model.logo} alt={model.organisationName} /> : null}
        {model.organisationName ? <p className="cover-organisation-name">{model.organisationName}</p> : null}
      </header>
      <p className="personal-data-banner">{t.personalDataBanner}</p>
      <p className="cover-kind">{both('Dietary requirements', 'dietary')}</p>
      <h1 className="letter-subject">{item.title}</h1>
      <dl className="dietary-facts">
        <div>
          <dt>{both('Restaurant', 'restaurant')}</dt>
          <dd>{venue || '—'}</dd>
        </div>
        <div>
          <dt>{both('Date and time', 'dateAndTime')}</dt>
          <dd>
            {formatDayHeading(item.startLocal.slice(0, 10), 'en')} · {formatDayHeading(item.startLocal.slice(0, 10), local)} · {time}
          </dd>
        </div>
        <div>
          <dt>{both('Number of guests', 'guests')}</dt>
          <dd className="dietary-guests">{sheet.guests}</dd>
        </div>
      </dl>
      {sheet.needs.length === 0 ? (
        <p className="muted">{both('No special dietary requirements.', 'none')}</p>
      ) : (
        <table className="dietary-table">
          <thead>
            <tr>
              <th scope="col">{both('Guest', 'guest')}</th>
              <th scope="col">{both('Dietary requirements', 'dietary')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.needs.map((n, i) => (
              <tr key={i}>
                <td className="member-name">
                  <NameWithNative name={n.name} native={n.nativeName} />
                </td>
                <td>{n.needs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
