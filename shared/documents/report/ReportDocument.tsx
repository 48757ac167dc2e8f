import { documentLabels } from '../labels';
import type { ProgrammeModel } from '../model-types';
import { reportLabels } from './labels';
import {
  AgreementsSection,
  FollowUpsSection,
  LessonsSection,
  MeetingsSection,
  NextStepsSection,
  ParticipantsSection,
  ProgrammeSection,
  ResultsSection,
  SummarySection,
  type ReportSection,
} from './sections';
import { BudgetSection, GiftsSection } from './money-sections';

/**
 * SECTIONS OF THE POST-TRIP REPORT, in print order. Each is a component of the report model;
 * one returning null is left out. The budget's totals and the gift register come between the
 * follow-ups and the free texts, where a funder looks for them.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  SummarySection,
  ParticipantsSection,
  ProgrammeSection,
  MeetingsSection,
  AgreementsSection,
  FollowUpsSection,
  BudgetSection,
  GiftsSection,
  ResultsSection,
  LessonsSection,
  NextStepsSection,
];

/** The report (reseberättelse) for the board or a funder such as ICLD. */
export function ReportDocument({ model }: { model: ProgrammeModel }) {
  const report = model.report;
  if (!report) return null;
  const lang = model.settings.lang;
  const t = reportLabels[lang];
  const roles = documentLabels[lang].roles;
  return (
    <article className="report">
      <header className="letterhead">
        {model.logo ? <img className="cover-logo" src={model.logo} alt={model.organisationName} /> : null}
        {model.organisationName ? <p className="cover-organisation-name">{model.organisationName}</p> : null}
      </header>
      <p className="cover-kind">{t.documentKind}</p>
      <h1 className="cover-title">{report.trip.title}</h1>
      {REPORT_SECTIONS.map((Section, i) => (
        <Section key={i} report={report} lang={lang} t={t} roles={roles} />
      ))}
    </article>
  );
}
