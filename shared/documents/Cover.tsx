import { seatingLabels } from './seating/labels';
import { reportLabels } from './report/labels';
import { invitationDataLabels } from './invitation-data/labels';
import { formatDateRange } from './format';
import type { DocumentLabels } from './labels';
import { documentMemberName } from './model';
import type { DocumentMember, ProgrammeModel } from './model-types';
import { Joined, NameWithNative, Native, Paragraphs, ownAndTranslation, scriptLang } from './text';
import type { DocumentLanguage } from './options';

/** "Anders Teljebäck (S)": a member's name as Swedish press style writes it. */
export function memberName(m: Pick<DocumentMember, 'name' | 'party'>): string {
  return documentMemberName(m);
}

export function documentKindLabel(model: ProgrammeModel, t: DocumentLabels): string {
  if (model.internal) return t.documentKind.briefing;
  if (model.settings.variant === 'hosts') return t.documentKind.hosts;
  if (model.settings.variant === 'invitation') return t.documentKind.invitation;
  if (model.settings.variant === 'dietary') return t.documentKind.dietary;
  if (model.settings.variant === 'seating') return seatingLabels[model.settings.lang].documentKind;
  if (model.settings.variant === 'report') return reportLabels[model.settings.lang].documentKind;
  if (model.settings.variant === 'invitation-data') return invitationDataLabels[model.settings.lang].documentKind;
  if (model.settings.variant === 'badges') return t.documentKind.badges;
  if (model.settings.variant === 'place-cards') return t.documentKind.placeCards;
  return model.member ? t.documentKind.personal : t.documentKind.handout;
}

export function Cover({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  const { trip, head, member } = model;
  const lang = model.settings.lang;
  return (
    <section className="cover">
      <div className="cover-organisation">
        {model.logo ? <img className="cover-logo" src={model.logo} alt={model.organisationName} /> : null}
        {model.organisationName ? <p className="cover-organisation-name">{model.organisationName}</p> : null}
      </div>
      {model.internal ? <p className="internal-banner">{t.internalBanner}</p> : null}
      <p className="cover-kind">{documentKindLabel(model, t)}</p>
      <h1 className="cover-title">{trip.title}</h1>
      {member ? (
        <p className="cover-member">
          {t.preparedFor} <strong>{memberName(member)}</strong>
          {member.title ? <span className="muted">, {member.title}</span> : null}
        </p>
      ) : null}
      <p className="cover-dates">{formatDateRange(trip.startDate, trip.endDate, lang)}</p>
      {model.destinations.length > 0 ? (
        <p className="cover-destinations">
          {model.destinations.map((d, i) => (
            <span key={`${d.city}-${i}`} className="cover-destination">
              {i > 0 ? <span className="separator"> · </span> : null}
              <NameWithNative name={d.city} native={d.nativeName} />
            </span>
          ))}
        </p>
      ) : null}
      <dl className="cover-facts">
        {head ? (
          <div>
            <dt>{t.headOfDelegation}</dt>
            <dd>
              <NameWithNative name={memberName(head)} native={head.nativeName} lang={lang} />
              {head.title ? <span className="muted">, {ownAndTranslation(head.title, head.translation.title, lang).first}</span> : null}
            </dd>
          </div>
        ) : null}
        {trip.sendingOrganisation ? (
          <div>
            <dt>{t.sendingOrganisation}</dt>
            <dd>{trip.sendingOrganisation}</dd>
          </div>
        ) : null}
        {trip.hostingOrganisation ? (
          <div>
            <dt>{t.hostingOrganisation}</dt>
            <dd>
              <Native text={trip.hostingOrganisation} className="plain" />
            </dd>
          </div>
        ) : null}
        {model.internal && trip.fundingReference ? (
          <div>
            <dt>{t.funding}</dt>
            <dd>{trip.fundingReference}</dd>
          </div>
        ) : null}
        {trip.purpose.trim() ? (
          <div className="cover-purpose">
            <dt>{t.purpose}</dt>
            <dd>
              <Paragraphs text={trip.purpose} />
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function Delegation({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  // "Västerås stad" on every row says nothing when the whole delegation comes from there.
  const obvious = new Set([model.organisationName, model.trip.sendingOrganisation].map((s) => s.trim().toLowerCase()));
  return (
    <>
      <MemberTable
        className="delegation"
        heading={t.delegation}
        members={model.visitors}
        showContact={model.internal}
        obvious={obvious}
        model={model}
        t={t}
      />
      {/* Incoming trips: who receives the visitors, with the phone to call them on. */}
      <MemberTable
        className="hosts"
        heading={t.yourHosts}
        members={model.hosts}
        showContact
        obvious={new Set([model.trip.hostingOrganisation.trim().toLowerCase()])}
        model={model}
        t={t}
      />
    </>
  );
}

function MemberTable({
  className,
  heading,
  members,
  showContact: contactAllowed,
  obvious,
  model,
  t,
}: {
  className: string;
  heading: string;
  members: DocumentMember[];
  showContact: boolean;
  obvious: ReadonlySet<string>;
  model: ProgrammeModel;
  t: DocumentLabels;
}) {
  if (members.length === 0) return null;
  const showContact = contactAllowed && members.some((m) => m.phone || m.email);
  const organisationOf = (m: DocumentMember) => (obvious.has(m.organisation.trim().toLowerCase()) ? '' : m.organisation);
  return (
    <section className={className}>
      <h2>{heading}</h2>
      <table className="members">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.titleAndOrganisation}</th>
            <th scope="col">{t.role}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className={model.member?.id === m.id ? 'is-reader' : undefined}>
              <td className="member-name">
                <NameWithNative name={memberName(m)} native={m.nativeName} lang={model.settings.lang} />
                {showContact && (m.phone || m.email) ? (
                  <span className="member-contact">
                    <Joined parts={[m.phone, m.email]} />
                  </span>
                ) : null}
              </td>
              <td>
                <MemberPosition member={m} organisation={organisationOf(m)} lang={model.settings.lang} />
              </td>
              <td>{t.roles[m.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "Kommunalråd, Västerås stad" and, where the user entered them, the same in the second language. */
function MemberPosition({ member, organisation, lang }: { member: DocumentMember; organisation: string; lang: DocumentLanguage }) {
  const title = ownAndTranslation(member.title, member.translation.title, lang);
  // The organisation left out as obvious stays out in the other language too.
  const org = organisation ? ownAndTranslation(organisation, member.translation.organisation, lang) : { first: '', second: '' };
  const second = [title.second, org.second].filter(Boolean).join(', ');
  return (
    <>
      {title.first}
      {title.first && org.first ? ', ' : null}
      {org.first ? <span className="muted">{org.first}</span> : null}
      {second ? (
        <span className="second-language" lang={scriptLang(second)}>
          {second}
        </span>
      ) : null}
    </>
  );
}
