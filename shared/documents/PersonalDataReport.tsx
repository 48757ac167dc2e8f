import type { AppLanguage } from '../domain/language';
import type { PersonRecord } from '../domain/privacy';
import { documentLabels } from './labels';

/**
 * Everything held about one person (GDPR art. 15, "register extract"), readable on paper: each
 * trip they were a member of with every field, the programme items they took part in, and their
 * address-book entries with the meetings they appear in. A pure function of the record.
 */
const labels = {
  sv: {
    kind: 'Registerutdrag',
    intro: (date: string) => `Alla uppgifter som Delegation Planner har om personen, utskrivet ${date}.`,
    banner: 'Innehåller personuppgifter',
    member: 'Delegationsmedlem',
    contact: 'Kontakt i adressboken',
    none: 'Inga uppgifter.',
    groups: 'Grupper',
    items: 'Programpunkter',
    meetings: 'Möten',
    as: { counterpart: 'motpart', interpreter: 'tolk', contact: 'kontakt' },
    fields: {
      name: 'Namn', nativeName: 'Namn (egen skrift)', title: 'Titel', organisation: 'Organisation', party: 'Parti', role: 'Roll', side: 'Sida',
      email: 'E-post', phone: 'Telefon', passportNumber: 'Passnummer', passportExpiry: 'Pass giltigt till', nationality: 'Nationalitet',
      visaStatus: 'Visum', visaExpiry: 'Visum giltigt till', dietaryNeeds: 'Specialkost', accessibilityNeeds: 'Tillgänglighet',
      emergencyContact: 'Nödkontakt', notes: 'Anteckningar', messaging: 'Meddelanden', address: 'Adress', languages: 'Språk',
      organisationName: 'Organisation', createdAt: 'Skapad', updatedAt: 'Ändrad',
    },
  },
  en: {
    kind: 'Personal data extract',
    intro: (date: string) => `Everything Delegation Planner holds about this person, printed ${date}.`,
    banner: 'Contains personal data',
    member: 'Delegation member',
    contact: 'Address-book contact',
    none: 'Nothing held.',
    groups: 'Groups',
    items: 'Programme items',
    meetings: 'Meetings',
    as: { counterpart: 'counterpart', interpreter: 'interpreter', contact: 'contact' },
    fields: {
      name: 'Name', nativeName: 'Name (own script)', title: 'Title', organisation: 'Organisation', party: 'Party', role: 'Role', side: 'Side',
      email: 'E-mail', phone: 'Phone', passportNumber: 'Passport number', passportExpiry: 'Passport valid until', nationality: 'Nationality',
      visaStatus: 'Visa', visaExpiry: 'Visa valid until', dietaryNeeds: 'Dietary needs', accessibilityNeeds: 'Accessibility needs',
      emergencyContact: 'Emergency contact', notes: 'Notes', messaging: 'Messaging', address: 'Address', languages: 'Languages',
      organisationName: 'Organisation', createdAt: 'Created', updatedAt: 'Changed',
    },
  },
} as const;

type Labels = (typeof labels)[AppLanguage];
type FieldName = keyof Labels['fields'];

const MEMBER_FIELDS: FieldName[] = [
  'name', 'nativeName', 'title', 'organisation', 'party', 'role', 'side', 'email', 'phone', 'passportNumber', 'passportExpiry',
  'nationality', 'visaStatus', 'visaExpiry', 'dietaryNeeds', 'accessibilityNeeds', 'emergencyContact', 'notes', 'createdAt', 'updatedAt',
];
const CONTACT_FIELDS: FieldName[] = ['name', 'nativeName', 'title', 'organisationName', 'role', 'phone', 'email', 'messaging', 'address', 'languages', 'notes', 'createdAt', 'updatedAt'];

export function personalDataTitle(record: PersonRecord, lang: AppLanguage): string {
  return `${labels[lang].kind} – ${record.name}`;
}

const visaLabels = {
  sv: { not_required: 'behövs inte', required: 'behövs', applied: 'sökt', granted: 'beviljat', refused: 'avslaget', unknown: '' },
  en: { not_required: 'not required', required: 'required', applied: 'applied for', granted: 'granted', refused: 'refused', unknown: '' },
} as const;
const sideLabels = { sv: { visitor: 'besökare', host: 'värd' }, en: { visitor: 'visitor', host: 'host' } } as const;

/** Coded values in words (a member's role, side and visa status); other values as they are. */
function readable(name: FieldName, value: unknown, lang: AppLanguage, isMember: boolean): unknown {
  if (!isMember) return value;
  if (name === 'role') return documentLabels[lang].roles[value as keyof (typeof documentLabels)['sv']['roles']] ?? value;
  if (name === 'side') return sideLabels[lang][value as 'visitor' | 'host'] ?? value;
  if (name === 'visaStatus') return visaLabels[lang][value as keyof (typeof visaLabels)['sv']] ?? value;
  return value;
}

function Fields({ entity, names, t, lang, isMember }: { entity: Record<string, unknown>; names: FieldName[]; t: Labels; lang: AppLanguage; isMember: boolean }) {
  entity = Object.fromEntries(names.map((name) => [name, readable(name, entity[name], lang, isMember)]));
  const shown = names.filter((name) => entity[name] !== '' && entity[name] !== null && entity[name] !== undefined);
  return (
    <dl className="facts">
      {shown.map((name) => (
        <div key={name}>
          <dt>{t.fields[name]}</dt>
          <dd>{String(entity[name])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PersonalDataReport({ record, lang }: { record: PersonRecord; lang: AppLanguage }) {
  const t = labels[lang];
  return (
    <main className="document personal-data">
      <p className="personal-data-banner">{t.banner}</p>
      <p className="kind">{t.kind}</p>
      <h1>
        {record.name}
        {record.nativeName ? <span className="native"> {record.nativeName}</span> : null}
      </h1>
      <p>{t.intro(record.exportedAt.slice(0, 10))}</p>
      {record.members.length + record.contacts.length === 0 ? <p>{t.none}</p> : null}
      {record.members.map((m) => (
        <section key={m.id}>
          <h2>
            {t.member}: {m.trip.title} ({m.trip.startDate} – {m.trip.endDate})
          </h2>
          <Fields entity={m as unknown as Record<string, unknown>} names={MEMBER_FIELDS} t={t} lang={lang} isMember />
          {m.groups.length ? (
            <p>
              <strong>{t.groups}:</strong> {m.groups.join(', ')}
            </p>
          ) : null}
          {m.items.length ? (
            <>
              <h3>{t.items}</h3>
              <ul>
                {m.items.map((i, index) => (
                  <li key={index}>
                    {i.startLocal.replace('T', ' ')} {i.title}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      {record.contacts.map((c) => (
        <section key={c.id}>
          <h2>{t.contact}</h2>
          <Fields entity={c as unknown as Record<string, unknown>} names={CONTACT_FIELDS} t={t} lang={lang} isMember={false} />
          {c.meetings.length ? (
            <>
              <h3>{t.meetings}</h3>
              <ul>
                {c.meetings.map((meeting, index) => (
                  <li key={index}>
                    {meeting.startLocal.replace('T', ' ')} {meeting.title} ({meeting.tripTitle}; {t.as[meeting.as]})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </main>
  );
}
