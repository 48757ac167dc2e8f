import { itemStateLabels } from './state-labels';
import type { ReactNode } from 'react';
import { TRAVEL_KINDS } from '../domain/item';
import { memberName } from './Cover';
import { formatDayHeading, formatShortDate, formatTime, utcOffsetAt, zoneCity } from './format';
import type { DocumentLabels } from './labels';
import type { DocumentContact, ProgrammeDay, ProgrammeEntry, ProgrammeModel } from './model-types';
import { Joined, NameWithNative, Native, Paragraphs, scriptLang, Translated, TranslatedParagraphs, ownAndTranslation } from './text';
import { languagesOf, type DocumentLanguage } from './options';
import { GIFT_LIST_LABELS, GiftList } from './GiftList';
import { summaryText } from './participants';
import { fact, Facts, InlineLines, isShortList } from './ProgrammeFacts';

/** The zone most of a day's rows are in: printed once under the day instead of on every row. */
function dayZone(day: ProgrammeDay): string {
  const counts = new Map<string, number>();
  for (const e of day.entries) counts.set(e.zone, (counts.get(e.zone) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function Programme({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  return (
    <section className={languagesOf(model.settings.lang).second ? 'programme bilingual' : 'programme'}>
      <h1 className="section-title">{t.programme}</h1>
      {model.days.length === 0 ? <p className="muted">{t.noItems}</p> : null}
      {model.days.map((day) => (
        <Day key={day.date} day={day} model={model} t={t} />
      ))}
    </section>
  );
}

function Day({ day, model, t }: { day: ProgrammeDay; model: ProgrammeModel; t: DocumentLabels }) {
  const lang = model.settings.lang;
  const zone = dayZone(day);
  const noon = `${day.date}T12:00`;
  return (
    <section className="day">
      {/* One unit that never ends a page: the date, and the column labels when there are two times. */}
      <div className="day-top">
        <div className="day-header">
          <h2 className="day-title">{formatDayHeading(day.date, lang)}</h2>
          <p className="day-zone">
            {t.localTime} {utcOffsetAt(noon, zone)}
          </p>
        </div>
        {model.showHomeTime ? (
          <div className="entry-columns" aria-hidden="true">
            <span>{t.localTime}</span>
            <span>{t.homeTime(zoneCity(model.secondClockZone ?? model.trip.homeTimeZone))}</span>
            <span />
          </div>
        ) : null}
      </div>
      <ol className={model.showHomeTime ? 'entries with-home' : 'entries'}>
        {day.entries.map((entry) => (
          <Entry key={entry.key} entry={entry} dayZone={zone} model={model} t={t} />
        ))}
      </ol>
    </section>
  );
}

function timeText(entry: ProgrammeEntry, dayZoneName: string, model: ProgrammeModel, t: DocumentLabels): ReactNode {
  const lang = model.settings.lang;
  const { item } = entry;
  if (entry.part === 'all-day' || (item.allDay && entry.part !== 'whole')) return t.allDay;
  if (item.allDay) return t.allDay;
  const start = formatTime(entry.local, lang);
  const travel = TRAVEL_KINDS.includes(item.kind);
  // A stay's rows and travel show one time: the stay's other end and the arrival are in the body.
  const end =
    entry.part === 'whole' && !travel && item.endLocal && item.endLocal.slice(0, 10) === item.startLocal.slice(0, 10)
      ? formatTime(item.endLocal, lang)
      : null;
  return (
    <>
      <span className="time">{end ? `${start}–${end}` : start}</span>
      {entry.zone !== dayZoneName ? <span className="zone">{utcOffsetAt(entry.local, entry.zone)}</span> : null}
    </>
  );
}

function homeText(entry: ProgrammeEntry, model: ProgrammeModel): ReactNode {
  if (!entry.homeLocal) return null;
  const lang = model.settings.lang;
  const otherDay = entry.homeLocal.slice(0, 10) !== entry.local.slice(0, 10);
  return (
    <>
      <span className="time">{formatTime(entry.homeLocal, lang)}</span>
      {otherDay ? <span className="zone">{formatShortDate(entry.homeLocal, lang)}</span> : null}
    </>
  );
}

function kindLabel(entry: ProgrammeEntry, t: DocumentLabels): string {
  if (entry.part === 'check-in') return `${t.kinds.accommodation} · ${t.checkIn}`;
  if (entry.part === 'check-out') return `${t.kinds.accommodation} · ${t.checkOut}`;
  return t.kinds[entry.item.kind];
}

function Entry({ entry, dayZone: zone, model, t }: { entry: ProgrammeEntry; dayZone: string; model: ProgrammeModel; t: DocumentLabels }) {
  const { item } = entry;
  const compact = entry.part === 'check-out' || (entry.part === 'all-day' && entry.local.slice(0, 10) !== item.startLocal.slice(0, 10));
  // A short item never splits over two pages; a long one (agenda, briefing notes) may, or it
  // would push a third of a page of white space ahead of it.
  const long = !compact && isLong(entry, model.internal, t);
  return (
    <li className={`entry kind-${item.kind} part-${entry.part}${long ? ' long' : ''}${item.state === 'cancelled' ? ' cancelled' : ''}`}>
      <div className="entry-time">{timeText(entry, zone, model, t)}</div>
      {model.showHomeTime ? <div className="entry-home">{homeText(entry, model)}</div> : null}
      <div className="entry-body">
        {/* The kind leads the title's line, not a line of its own: 420 lines on a state visit. */}
        <p className="entry-title">
          <span className="entry-kind">{kindLabel(entry, t)}</span>{' '}
          <Translated own={item.title} translation={item.translation.title} lang={model.settings.lang} />
          {item.state === 'cancelled' ? <span className="state-mark"> ({itemStateLabels[model.settings.lang].cancelled})</span> : null}
        </p>
        {compact ? null : <EntryDetails entry={entry} model={model} t={t} />}
      </div>
    </li>
  );
}

/**
 * Roughly how many lines an item's details take: above ~12 (a quarter page) it may split over two
 * pages. Smaller items never split: a part of one at the top of a page, without its title, reads
 * as belonging to the item before.
 */
function isLong({ item, meeting, contacts, attendance }: ProgrammeEntry, internal: boolean, t: DocumentLabels): boolean {
  const lines = (text: string) => (text.trim() ? text.trim().split('\n').length + Math.floor(text.length / 100) : 0);
  // A short agenda and the counterparts run on in a row (about 100 characters a line).
  const agenda = meeting?.agenda.trim() ? (isShortList(meeting.agenda) ? 1 + Math.floor(meeting.agenda.length / 100) : lines(meeting.agenda) + 1) : 0;
  let estimate =
    (item.location.venue || item.location.address || item.location.addressLocal ? 1 : 0) +
    lines(item.description) +
    lines(item.publicNotes) +
    (meeting ? (meeting.host ? 1 : 0) + Math.ceil(meeting.counterparts.length / 3) + (meeting.interpreter ? 1 : 0) : 0) +
    agenda +
    Math.ceil(contacts.length / 2) +
    (attendance ? 1 + Math.floor(summaryText(attendance, t, memberName).length / 100) : 0);
  if (internal) estimate += lines(item.internalNotes) + lines(meeting?.talkingPoints ?? '') + (meeting?.openFollowUps.length ?? 0) + 1;
  return estimate > 12;
}

function EntryDetails({ entry, model, t }: { entry: ProgrammeEntry; model: ProgrammeModel; t: DocumentLabels }) {
  const { item, meeting } = entry;
  const lang = model.settings.lang;
  const travel = TRAVEL_KINDS.includes(item.kind);
  const d = item.details;
  const total = model.visitors.length;
  // Counterparts are already listed with the meeting; "Kontakt" adds only the others.
  const contacts = entry.contacts.filter((c) => !meeting?.counterparts.some((p) => p.id === c.id));
  const agendaInline = meeting ? isShortList(meeting.agenda) && isShortList(meeting.translation.agenda) : false;
  return (
    <>
      {travel ? <Journey entry={entry} model={model} t={t} /> : null}
      {travel && !item.location.venue && !item.location.address ? null : <Place entry={entry} phoneLabel={t.phone} lang={lang} />}
      {item.kind === 'accommodation' && entry.part === 'check-in' && item.endLocal ? (
        <p className="entry-line muted">
          {t.checkOut} {formatShortDate(item.endLocal, lang)} {formatTime(item.endLocal, lang)}
        </p>
      ) : null}
      <TranslatedParagraphs own={item.description} translation={item.translation.description} lang={lang} className="entry-description" />
      <Facts
        rows={[
          meeting && (meeting.host || meeting.hostNative)
            ? fact(t.host, <NameWithNative name={meeting.host || meeting.hostNative} native={meeting.host ? meeting.hostNative : ''} />, `${meeting.host} ${meeting.hostNative}`)
            : null,
          meeting?.interpreter ? fact(t.interpreter, meeting.interpreter, meeting.interpreter) : null,
          meeting && meeting.counterparts.length > 0 ? fact(t.counterparts, <PeopleList people={meeting.counterparts} lang={lang} />) : null,
          meeting?.onlineUrl ? fact(t.onlineMeeting, meeting.onlineUrl) : null,
          meeting && agendaInline ? fact(t.agenda, <InlineLines {...ownAndTranslation(meeting.agenda, meeting.translation.agenda, lang)} />) : null,
          entry.participants && entry.attendance
            ? fact(t.participants(entry.participants.length, total), summaryText(entry.attendance, t, memberName), summaryText(entry.attendance, t, memberName))
            : null,
          d.vehicle ? fact(t.vehicle, d.vehicle, d.vehicle) : null,
          entry.dietary.length > 0 ? fact(t.dietaryNeeds, entry.dietary.map((d) => `${d.name} – ${d.needs}`).join('; ')) : null,
          entry.accompaniedBy.length > 0 ? fact(t.accompaniedBy, entry.accompaniedBy.map((m) => memberName(m)).join('; ')) : null,
          contacts.length > 0 ? fact(t.contactsForItem, <PeopleList people={contacts} withPhone lang={lang} />) : null,
          d.meetingPoint ? fact(t.meetingPoint, d.meetingPoint) : null,
          d.signText ? fact(t.signText, d.signText) : null,
          d.driver ? fact(t.driver, d.driver, d.driver) : null,
          d.bookingReference ? fact(t.bookingReference, d.bookingReference, d.bookingReference) : null,
          d.confirmationNumber ? fact(t.confirmationNumber, d.confirmationNumber, d.confirmationNumber) : null,
          d.seat ? fact(t.seat, d.seat, d.seat) : null,
        ]}
      />
      {meeting?.agenda.trim() && !agendaInline ? (
        <div className="entry-block">
          <p className="entry-block-label">{t.agenda}</p>
          <TranslatedParagraphs own={meeting.agenda} translation={meeting.translation.agenda} lang={lang} />
        </div>
      ) : null}
      <Paragraphs text={item.publicNotes} className="entry-note" />
      <Internal entry={entry} model={model} t={t} />
    </>
  );
}

function PeopleList({ people, withPhone = false, lang }: { people: DocumentContact[]; withPhone?: boolean; lang: DocumentLanguage }) {
  return (
    <>
      {people.map((p, i) => (
        <span key={p.id} className="person">
          {i > 0 ? '; ' : null}
          <NameWithNative name={p.name} native={p.nativeName} lang={lang} />
          {p.title ? <span className="muted">, {p.title}</span> : null}
          {withPhone && p.phone ? <span className="nowrap">, {p.phone}</span> : null}
        </span>
      ))}
    </>
  );
}

/** Flight/train/transfer: number and carrier, then both ends with their local times and zones. */
function Journey({ entry, model, t }: { entry: ProgrammeEntry; model: ProgrammeModel; t: DocumentLabels }) {
  const { item } = entry;
  const lang = model.settings.lang;
  const d = item.details;
  const end = item.endLocal;
  const sameDay = end?.slice(0, 10) === item.startLocal.slice(0, 10);
  return (
    <div className="journey">
      {d.number || d.carrier ? (
        <p className="entry-line journey-service">
          <Joined parts={[d.number, d.carrier]} />
        </p>
      ) : null}
      <p className="entry-line journey-leg">
        <span className="journey-label">{t.departure}</span> <strong>{formatTime(item.startLocal, lang)}</strong>{' '}
        <span className="muted">{utcOffsetAt(item.startLocal, item.startZone)}</span>
        {d.from ? <> · {d.from}</> : null}
      </p>
      {end ? (
        <p className="entry-line journey-leg">
          <span className="journey-label">{t.arrival}</span> <strong>{formatTime(end, lang)}</strong>
          {sameDay ? null : <> {formatShortDate(end, lang)}</>}{' '}
          <span className="muted">{utcOffsetAt(end, item.endZone)}</span>
          {d.to ? <> · {d.to}</> : null}
        </p>
      ) : null}
    </div>
  );
}

/** Venue and address, then the address in local script for drivers, then the venue's phone. */
function Place({ entry, phoneLabel, lang }: { entry: ProgrammeEntry; phoneLabel: string; lang: DocumentLanguage }) {
  const { location, details, translation } = entry.item;
  const venue = ownAndTranslation(location.venue, translation.venue, lang);
  const latin = [venue.first, location.address, location.address ? '' : location.city].filter(Boolean);
  if (latin.length === 0 && !location.addressLocal && !details.phone) return null;
  return (
    <div className="place">
      {/* One line where it fits: the address, then in local script for the driver, then the phone. */}
      <p className="entry-line place-address">
        <Joined
          parts={[
            latin.length > 0 ? (
              <Joined parts={latin.map((part, i) => (i === 0 && venue.first ? <span className="venue">{part}</span> : part))} separator=", " />
            ) : null,
            venue.second ? (
              <span className="second-language-text" lang={scriptLang(venue.second)}>
                {venue.second}
              </span>
            ) : null,
            location.addressLocal ? (
              <span className="place-local">
                <Native text={location.addressLocal} />
              </span>
            ) : null,
            details.phone ? (
              <span className="place-phone nowrap">
                {phoneLabel} {details.phone}
              </span>
            ) : null,
          ]}
        />
      </p>
    </div>
  );
}

/** The organisers-only part of an item; the model leaves these fields empty in handouts. */
function Internal({ entry, model, t }: { entry: ProgrammeEntry; model: ProgrammeModel; t: DocumentLabels }) {
  if (!model.internal || entry.part === 'check-out') return null;
  const { item, meeting } = entry;
  const lang = model.settings.lang;
  const blocks: [string, ReactNode][] = [];
  if (item.internalNotes.trim()) blocks.push([t.internalNotes, <Paragraphs text={item.internalNotes} />]);
  if (meeting?.talkingPoints.trim()) blocks.push([t.talkingPoints, <Paragraphs text={meeting.talkingPoints} />]);
  if (meeting?.giftsGiven) blocks.push([t.giftsGiven, meeting.giftsGiven]);
  if (meeting?.giftsReceived) blocks.push([t.giftsReceived, meeting.giftsReceived]);
  if (entry.gifts.length > 0) blocks.push([GIFT_LIST_LABELS[lang].title, <GiftList gifts={entry.gifts} lang={lang} compact />]);
  if (meeting?.dressCode) blocks.push([t.dressCode, meeting.dressCode]);
  if (meeting && meeting.openFollowUps.length > 0) {
    blocks.push([
      t.followUps,
      <ul className="follow-ups">
        {meeting.openFollowUps.map((f) => (
          <li key={f.id}>
            {f.text}
            {f.owner || f.dueDate ? (
              <span className="muted">
                {' '}
                (<Joined parts={[f.owner, f.dueDate ? `${t.due} ${formatShortDate(f.dueDate, lang)}` : '']} separator=", " />)
              </span>
            ) : null}
          </li>
        ))}
      </ul>,
    ]);
  }
  if (blocks.length === 0) return null;
  return (
    <div className="internal">
      <p className="internal-label">{t.internal}</p>
      <dl>
        {blocks.map(([label, content]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{content}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
