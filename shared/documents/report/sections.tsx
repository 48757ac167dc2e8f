import type { ReactElement } from 'react';
import type { DelegationRole } from '../../domain/member';
import { formatDateRange, formatLongDate, formatShortDate } from '../format';
import type { DocumentLanguage } from '../options';
import { NameWithNative, Paragraphs } from '../text';
import type { ReportLabels } from './labels';
import type { ReportModel } from './model';

export interface ReportSectionProps {
  report: ReportModel;
  lang: DocumentLanguage;
  t: ReportLabels;
  roles: Record<DelegationRole, string>;
}

/** A section of the report: its own heading and content, or null when it has nothing to say. */
export type ReportSection = (props: ReportSectionProps) => ReactElement | null;

export function SummarySection({ report, lang, t }: ReportSectionProps) {
  const { trip } = report;
  return (
    <section className="report-section report-summary">
      <dl className="cover-facts">
        <div>
          <dt>{t.dates}</dt>
          <dd>{formatDateRange(trip.startDate, trip.endDate, lang)}</dd>
        </div>
        {trip.destinations.length > 0 ? (
          <div>
            <dt>{t.destinations}</dt>
            <dd>
              {trip.destinations.map((d, i) => (
                <span key={i}>
                  {i > 0 ? ', ' : ''}
                  <NameWithNative name={d.city} native={d.nativeName} />
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {trip.fundingReference ? (
          <div>
            <dt>{t.fundingReference}</dt>
            <dd>{trip.fundingReference}</dd>
          </div>
        ) : null}
      </dl>
      <h2 className="section-title">{t.purpose}</h2>
      {trip.purpose.trim() ? <Paragraphs text={trip.purpose} /> : <p className="muted">{t.notWritten}</p>}
    </section>
  );
}

export function ParticipantsSection({ report, t, roles }: ReportSectionProps) {
  if (report.participants.length === 0) return null;
  const hasHosts = report.participants.some((p) => p.side === 'host');
  return (
    <section className="report-section">
      <h2 className="section-title">{t.participants}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.titleAndOrganisation}</th>
          </tr>
        </thead>
        <tbody>
          {report.participants.map((p, i) => (
            <tr key={i}>
              <td className="member-name">
                <NameWithNative name={p.name} native={p.nativeName} />
              </td>
              <td>{hasHosts ? `${roles[p.role]} (${p.side === 'host' ? t.hosts : t.visitors})` : roles[p.role]}</td>
              <td>{[p.title, p.organisation].filter(Boolean).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ProgrammeSection({ report, lang, t }: ReportSectionProps) {
  return (
    <section className="report-section">
      <h2 className="section-title">{t.programme}</h2>
      {report.programme.length === 0 ? (
        <p className="muted">{t.nothingPlanned}</p>
      ) : (
        <table className="report-table report-programme">
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.carriedOut}</th>
            </tr>
          </thead>
          <tbody>
            {report.programme.map((row) => (
              <tr key={row.id} className={`state-${row.carriedOut}`}>
                <td className="nowrap">
                  {formatShortDate(row.date, lang)}
                  {row.time ? ` ${row.time}` : ''}
                </td>
                <td>
                  <span className="report-item-title">{row.title}</span>
                  {row.outcome ? <Paragraphs text={row.outcome} className="report-outcome" /> : null}
                </td>
                <td className="report-state">{t.states[row.carriedOut]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function MeetingsSection({ report, lang, t }: ReportSectionProps) {
  if (report.meetings.length === 0) return null;
  return (
    <section className="report-section">
      <h2 className="section-title">{t.meetings}</h2>
      {report.meetings.map((m) => (
        <article key={m.id} className={`report-meeting state-${m.carriedOut}`}>
          <h3 className="report-meeting-title">
            <span className="report-item-title">{m.title}</span> <span className="muted">· {formatLongDate(m.date, lang)} · {t.states[m.carriedOut]}</span>
          </h3>
          {m.host ? <p className="muted">{t.host}: {m.host}</p> : null}
          {m.counterparts.length > 0 ? <p className="muted">{t.counterparts}: {m.counterparts.join(', ')}</p> : null}
          {m.outcome ? <Paragraphs text={m.outcome} className="report-outcome" /> : <p className="muted">{t.noOutcome}</p>}
        </article>
      ))}
    </section>
  );
}

export function AgreementsSection({ report, lang, t }: ReportSectionProps) {
  return (
    <section className="report-section">
      <h2 className="section-title">{t.agreements}</h2>
      {report.agreements.length === 0 ? (
        <p className="muted">{t.noAgreements}</p>
      ) : (
        <ul className="report-agreements">
          {report.agreements.map((a, i) => (
            <li key={i}>
              {a.text} <span className="muted">({a.meetingTitle}, {formatLongDate(a.date, lang)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function FollowUpsSection({ report, lang, t }: ReportSectionProps) {
  return (
    <section className="report-section">
      <h2 className="section-title">{t.followUps}</h2>
      {report.followUps.length === 0 ? (
        <p className="muted">{t.noFollowUps}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t.followUp}</th>
              <th scope="col">{t.owner}</th>
              <th scope="col">{t.due}</th>
              <th scope="col">{t.state}</th>
            </tr>
          </thead>
          <tbody>
            {report.followUps.map((f) => (
              <tr key={f.id}>
                <td>
                  {f.text} <span className="muted">({f.meetingTitle})</span>
                </td>
                <td>{f.owner}</td>
                <td className="nowrap">{f.dueDate ? formatShortDate(f.dueDate, lang) : ''}</td>
                <td>{f.done ? t.followUpDone : t.followUpOpen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One of the free texts the organiser writes in the Report panel (results, lessons, next steps). */
const freeText =
  (field: 'reportResults' | 'reportLessons' | 'reportNextSteps', heading: (t: ReportLabels) => string): ReportSection =>
  ({ report, t }) => (
    <section className="report-section">
      <h2 className="section-title">{heading(t)}</h2>
      {report.trip[field].trim() ? <Paragraphs text={report.trip[field]} /> : <p className="muted">{t.notWritten}</p>}
    </section>
  );

export const ResultsSection = freeText('reportResults', (t) => t.results);
export const LessonsSection = freeText('reportLessons', (t) => t.lessons);
export const NextStepsSection = freeText('reportNextSteps', (t) => t.nextSteps);
