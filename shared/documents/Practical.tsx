import { BudgetSummary } from './BudgetSummary';
import { formatHourDifference, formatLongDate, formatShortDate, formatTime, zoneCity } from './format';
import type { DocumentLabels } from './labels';
import { appLanguageOf, type DocumentLanguage } from './options';
import type { ContactGroup, HotelStay, ProgrammeModel } from './model-types';
import { Joined, NameWithNative, Native, Paragraphs } from './text';

/** The reference pages: hotels, key contacts, time differences (and the organisers' extras). */
export function Practical({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  const notes = model.internal ? model.trip.notes.trim() : '';
  const empty =
    model.hotels.length === 0 &&
    model.contacts.length === 0 &&
    model.timeDifferences.length === 0 &&
    model.followUps.length === 0 &&
    model.findings.length === 0 &&
    model.budget === null &&
    !notes;
  if (empty) return null;
  const lang = model.settings.lang;
  const home = zoneCity(model.secondClockZone ?? model.trip.homeTimeZone);
  return (
    <section className="practical">
      <h1 className="section-title">{t.practicalInformation}</h1>
      {model.hotels.length > 0 ? (
        <section className="hotels">
          <h2>{t.hotels}</h2>
          <div className="cards">
            {model.hotels.map((stay) => (
              <Hotel key={stay.item.id} stay={stay} model={model} t={t} />
            ))}
          </div>
        </section>
      ) : null}
      {model.contacts.length > 0 ? (
        <section className="contacts">
          <h2>{t.keyContacts}</h2>
          <div className="contact-columns">
            {model.contacts.map((group) => (
              <Contacts key={group.role} group={group} t={t} lang={lang} />
            ))}
          </div>
        </section>
      ) : null}
      {model.timeDifferences.length > 0 ? (
        <section className="time-differences">
          <h2>{t.timeDifference}</h2>
          <ul className="plain-list">
            {model.timeDifferences.map(({ cities, minutes, changes }) => (
              <li key={cities.join()}>
                {t.timeDifferenceLine(cities.join(', '), formatHourDifference(minutes, lang), home)}
                {changes.map((c) => (
                  <span key={c.date}>{t.timeDifferenceFrom(formatHourDifference(c.minutes, lang), formatLongDate(c.date, lang))}</span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.followUps.length > 0 ? (
        <section className="open-follow-ups">
          <h2>{t.openFollowUps}</h2>
          <table className="follow-up-table">
            <thead>
              <tr>
                <th scope="col">{t.followUps}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.due}</th>
              </tr>
            </thead>
            <tbody>
              {model.followUps.map(({ followUp, itemTitle, date }) => (
                <tr key={followUp.id}>
                  <td>
                    {followUp.text}
                    <br />
                    <span className="muted">
                      {itemTitle}, {formatShortDate(date, lang)}
                    </span>
                  </td>
                  <td>{followUp.owner}</td>
                  <td className="nowrap">{followUp.dueDate ? formatShortDate(followUp.dueDate, lang) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {model.findings.length > 0 ? (
        <section className="check-findings">
          <h2>{t.checks}</h2>
          <ul className="plain-list">
            {model.findings.map((finding) => (
              <li key={finding.id}>
                <strong>{t.checkSeverity[finding.severity as 'error' | 'warning']}:</strong> {finding.message[appLanguageOf(lang)]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.budget ? <BudgetSummary budget={model.budget} lang={appLanguageOf(lang)} /> : null}
      {notes ? (
        <section className="trip-notes">
          <h2>{t.tripNotes}</h2>
          <div className="internal">
            <p className="internal-label">{t.internal}</p>
            <Paragraphs text={notes} />
          </div>
        </section>
      ) : null}
    </section>
  );
}

function Hotel({ stay, model, t }: { stay: HotelStay; model: ProgrammeModel; t: DocumentLabels }) {
  const lang = model.settings.lang;
  const { item } = stay;
  const { location, details } = item;
  return (
    <div className="card hotel">
      <p className="card-title">{location.venue || item.title}</p>
      {location.address || location.city ? (
        <p className="card-line">
          <Joined parts={[location.address, location.address ? '' : location.city]} separator=", " />
        </p>
      ) : null}
      {location.addressLocal ? (
        <p className="card-line">
          <Native text={location.addressLocal} />
        </p>
      ) : null}
      {details.phone ? (
        <p className="card-line">
          {t.phone} {details.phone}
        </p>
      ) : null}
      <p className="card-line card-stay muted">
        {t.checkIn} {formatShortDate(stay.checkIn, lang)} {formatTime(stay.checkIn, lang)}
        {stay.checkOut ? (
          <>
            <br />
            {t.checkOut} {formatShortDate(stay.checkOut, lang)} {formatTime(stay.checkOut, lang)}
          </>
        ) : null}
        {stay.nights ? <> · {t.nights(stay.nights)}</> : null}
      </p>
      {details.confirmationNumber ? (
        <p className="card-line internal-inline">
          {t.confirmationNumber} {details.confirmationNumber}
        </p>
      ) : null}
      <Paragraphs text={item.publicNotes} className="entry-note" />
    </div>
  );
}

function Contacts({ group, t, lang }: { group: ContactGroup; t: DocumentLabels; lang: DocumentLanguage }) {
  return (
    <div className="contact-group">
      <h3>{t.contactRoles[group.role]}</h3>
      <ul className="contact-list">
        {group.contacts.map((c) => (
          <li key={c.id} className="contact">
            <p className="contact-name">
              <NameWithNative name={c.name} native={c.nativeName} lang={lang} />
            </p>
            {c.title || c.organisation ? (
              <p className="contact-line muted">
                <Joined
                  parts={[c.title, c.organisation ? <NameWithNative name={c.organisation} native={c.organisationNative} /> : '']}
                  separator=", "
                />
              </p>
            ) : null}
            <p className="contact-line">
              <Joined parts={[c.phone, c.email, c.messaging]} />
            </p>
            {c.address ? (
              <p className="contact-line muted">
                <Native text={c.address} className="plain" />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

