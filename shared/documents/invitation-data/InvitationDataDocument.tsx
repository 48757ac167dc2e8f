import type { ProgrammeModel } from '../model-types';
import { NameWithNative } from '../text';
import { invitationDataLabels } from './labels';
import { printedDate } from './table';

/**
 * The invitation data pack: one row per traveller with what a Chinese invitation letter needs,
 * on landscape A4 (eleven columns). Personal data: the banner on the page and in the running
 * header says so; only printed when asked for by name (--variant invitation-data).
 */
export function InvitationDataDocument({ model }: { model: ProgrammeModel }) {
  const rows = model.invitationData;
  if (!rows) return null;
  const lang = model.settings.lang;
  const t = invitationDataLabels[lang];
  const c = t.columns;
  const missing = <span className="missing">{t.missing}</span>;
  return (
    <article className="invitation-data">
      <p className="personal-data-banner">{t.personalData}</p>
      <p className="cover-kind">{t.documentKind}</p>
      <h1 className="letter-subject">{model.trip.title}</h1>
      <p className="muted">{t.intro}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.noVisitors}</p>
      ) : (
        <table className="invitation-data-table">
          <thead>
            <tr>
              <th scope="col">{c.number}</th>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.sex}</th>
              <th scope="col">{c.dateOfBirth}</th>
              <th scope="col">{c.nationality}</th>
              <th scope="col">{c.passportNumber}</th>
              <th scope="col">{c.passportExpiry}</th>
              <th scope="col">{c.title}</th>
              <th scope="col">{c.organisation}</th>
              <th scope="col">{c.stays}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.memberId}>
                <td>{i + 1}</td>
                <td className="member-name">
                  <NameWithNative name={r.name} native={r.nativeName} />
                </td>
                <td>{r.sex ? t.sex[r.sex] : missing}</td>
                <td className="nowrap">{printedDate(r.dateOfBirth, lang) ?? missing}</td>
                <td>{r.nationality || missing}</td>
                <td className="passport-number">{r.passportNumber || missing}</td>
                <td className="nowrap">{printedDate(r.passportExpiry, lang) ?? missing}</td>
                <td>{r.title}</td>
                <td>{r.organisation}</td>
                <td>
                  {r.stays.map((s, j) => (
                    <span key={j} className="stay">
                      {s.city} {s.from === s.to ? printedDate(s.from, lang) : `${printedDate(s.from, lang)} – ${printedDate(s.to, lang)}`}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
