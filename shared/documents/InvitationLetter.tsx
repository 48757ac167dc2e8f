import { formatDateRange, formatLongDate } from './format';
import type { DocumentLabels } from './labels';
import type { ProgrammeModel } from './model-types';
import type { InvitationModel, InvitedVisitor } from './invitation';
import { Joined, Native, Paragraphs } from './text';

/**
 * The Schengen invitation letter, always in English (consulates read English): on the
 * organisation's letterhead, whom we invite with their passport data, why, when, where, who pays
 * what and whom to call. Marked as personal data at the top and on every page's header.
 */
export function InvitationLetter({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  const letter = model.invitation;
  if (!letter) return null;
  const { trip } = model;
  const plural = letter.visitors.length !== 1;
  const from = trip.sendingOrganisation.trim();
  return (
    <article className="letter">
      <Letterhead model={model} />
      <p className="personal-data-banner">{t.personalDataBanner}</p>
      <p className="letter-recipient">To the visa section of the Embassy or Consulate concerned</p>
      <h1 className="letter-subject">
        Invitation{plural ? '' : ` of ${letter.visitors[0]?.name ?? ''}`}: {trip.title}
      </h1>
      <p>
        {model.organisationName || trip.hostingOrganisation || 'We'} hereby {model.organisationName || trip.hostingOrganisation ? 'invites' : 'invite'}{' '}
        {plural ? `the following ${letter.visitors.length} persons` : 'the following person'}
        {from ? <> of <Native text={from} className="plain" /></> : null} to an official visit from{' '}
        <strong>{formatDateRange(trip.startDate, trip.endDate, 'en')}</strong>
        {letter.places.length > 0 ? <> in <strong>{letter.places.join(', ')}</strong></> : null}.
      </p>
      <VisitorTable visitors={letter.visitors} />
      {trip.purpose.trim() ? (
        <section className="letter-section">
          <h2>Purpose of the visit</h2>
          <Paragraphs text={trip.purpose} />
        </section>
      ) : null}
      <section className="letter-section">
        <h2>Dates and places</h2>
        <p>
          {formatLongDate(trip.startDate, 'en')} to {formatLongDate(trip.endDate, 'en')}
          {letter.places.length > 0 ? `: ${letter.places.join(', ')}` : ''}
        </p>
      </section>
      <section className="letter-section">
        <h2>Costs</h2>
        {letter.costLines.length > 0 ? (
          <ul className="letter-costs">
            {letter.costLines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not stated.</p>
        )}
      </section>
      <HostContactSection letter={letter} model={model} />
      <p className="letter-request">
        We kindly ask you to issue {plural ? 'the invited persons Schengen visas' : 'the invited person a Schengen visa'} for the
        duration of the visit. Please do not hesitate to contact us if you need further information.
      </p>
      <div className="letter-signature">
        <p>Yours faithfully,</p>
        <p className="letter-signature-line">Signature, place and date</p>
        {letter.hostContact ? (
          <p>
            {letter.hostContact.name}
            {letter.hostContact.title ? `, ${letter.hostContact.title}` : ''}
          </p>
        ) : null}
        {model.organisationName ? <p>{model.organisationName}</p> : null}
      </div>
    </article>
  );
}

function Letterhead({ model }: { model: ProgrammeModel }) {
  return (
    <header className="letterhead">
      {model.logo ? <img className="cover-logo" src={model.logo} alt={model.organisationName} /> : null}
      <div>
        {model.organisationName ? <p className="cover-organisation-name">{model.organisationName}</p> : null}
        <p className="letterhead-contact">
          <Joined parts={[model.settings.organisationAddress, model.settings.organisationPhone ? `Phone ${model.settings.organisationPhone}` : '']} />
        </p>
      </div>
    </header>
  );
}

function VisitorTable({ visitors }: { visitors: InvitedVisitor[] }) {
  return (
    <table className="letter-visitors">
      <thead>
        <tr>
          <th scope="col">Name (as in passport)</th>
          <th scope="col">Position</th>
          <th scope="col">Nationality</th>
          <th scope="col">Passport no.</th>
          <th scope="col">Valid until</th>
        </tr>
      </thead>
      <tbody>
        {visitors.map((v) => (
          <tr key={v.id}>
            <td className="member-name">
              {v.name}
              {v.nativeName && v.nativeName !== v.name ? (
                <>
                  {' '}
                  <Native text={v.nativeName} />
                </>
              ) : null}
            </td>
            <td>
              <Joined parts={[v.title, v.organisation]} separator=", " />
            </td>
            <td>{v.nationality || '—'}</td>
            <td className="letter-passport">{v.passportNumber || '—'}</td>
            <td>{v.passportExpiry ? formatLongDate(v.passportExpiry, 'en') : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HostContactSection({ letter, model }: { letter: InvitationModel; model: ProgrammeModel }) {
  const host = letter.hostContact;
  return (
    <section className="letter-section">
      <h2>Contact at the host organisation</h2>
      {host ? (
        <p>
          <Joined parts={[host.name, host.title, host.organisation]} separator=", " />
          <br />
          <Joined parts={[host.phone ? `Phone ${host.phone}` : '', host.email ? `Email ${host.email}` : '']} />
        </p>
      ) : null}
      <p>
        <Joined
          parts={[model.organisationName, model.settings.organisationAddress, model.settings.organisationPhone ? `Phone ${model.settings.organisationPhone}` : '']}
          separator=", "
        />
      </p>
    </section>
  );
}
