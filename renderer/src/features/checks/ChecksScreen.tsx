import { memo, useMemo } from 'react';
import type { LucideIcon } from 'lucide-react';
import { ArrowRight, CalendarDays, CircleAlert, CircleCheck, Info, ShieldCheck, TriangleAlert, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../navigation/Link';
import { SEVERITIES, type CheckResult, type CheckSeverity } from '../../../../shared/checks';
import type { Item } from '../../../../shared/domain/item';
import type { Member } from '../../../../shared/domain/member';
import { useDates } from '../../lib/useDates';
import { EmptyState } from '../../ui/EmptyState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { EntryRulesList } from './EntryRulesList';
import { findingPath } from './links';
import { useFindingSummary, useTripFindings } from './useFindings';
import './checks.css';

export const SEVERITY_ICONS: Record<CheckSeverity, LucideIcon> = {
  error: CircleAlert,
  warning: TriangleAlert,
  info: Info,
};

/** How many members or items a finding lists before "+N more". */
const LISTED = 3;

/**
 * The trip checks (shared/checks), grouped by severity with counts: each finding's message in the
 * UI language, who and what it concerns, and a Fix link to the member, item or day. The checks run
 * in the renderer on the loaded workspace, so the list follows every edit at once.
 */
export function ChecksScreen() {
  const { t } = useTranslation('checks');
  const { tripId, workspace } = useTripWorkspace();
  const findings = useTripFindings();
  const { counts } = useFindingSummary();

  const lookup = useMemo(
    () => ({
      members: new Map(workspace.members.map((m) => [m.id, m])),
      items: new Map(workspace.items.map((i) => [i.id, i])),
    }),
    [workspace.members, workspace.items],
  );
  const groups = useMemo(
    () => SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })),
    [findings],
  );
  const serious = counts.error + counts.warning;

  return (
    <div className="screen checks-screen">
      <ScreenHeader
        title={t('title')}
        description={t('description')}
        actions={findings.length > 0 ? <SeveritySummary counts={counts} /> : null}
      />
      {findings.length === 0 ? (
        <EmptyState icon={ShieldCheck} title={t('allClear.title')} testId="checks-all-clear">
          <p>{t('allClear.body')}</p>
        </EmptyState>
      ) : (
        <>
          {serious === 0 ? (
            <p className="checks-banner" role="status" data-testid="checks-no-serious">
              <CircleCheck aria-hidden />
              {t('allClear.noSerious')}
            </p>
          ) : null}
          {groups.map(({ severity, findings: list }) =>
            list.length === 0 ? null : (
              <section key={severity} className={`checks-group checks-group-${severity}`} aria-labelledby={`checks-${severity}`}>
                <header className="checks-group-header">
                  <h2 id={`checks-${severity}`} className="checks-group-title">
                    {(() => {
                      const Icon = SEVERITY_ICONS[severity];
                      return <Icon aria-hidden className="checks-group-icon" />;
                    })()}
                    {t(`severity.${severity}`)}
                    <span className="checks-group-count numeric">{list.length}</span>
                  </h2>
                  <p className="checks-group-hint">{t(`severityHint.${severity}`)}</p>
                </header>
                <ul className="finding-list">
                  {list.map((finding) => (
                    <FindingRow
                      key={finding.id}
                      finding={finding}
                      tripId={tripId}
                      members={lookup.members}
                      items={lookup.items}
                    />
                  ))}
                </ul>
              </section>
            ),
          )}
        </>
      )}
      {/* Open when all is clear: it says what was checked. */}
      <details className="checks-about" open={findings.length === 0 || undefined}>
        <summary>{t('about.heading')}</summary>
        <ul>
          {(['overlaps', 'passports', 'visas', 'journeys', 'nights', 'times', 'arrivals', 'interpreters', 'essentials'] as const).map((key) => (
            <li key={key}>
              {t(`about.items.${key}`)}
              {key === 'passports' ? <EntryRulesList trip={workspace.trip} /> : null}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function SeveritySummary({ counts }: { counts: Record<CheckSeverity, number> }) {
  const { t } = useTranslation('checks');
  return (
    <ul className="checks-summary" aria-label={t('summary.label')}>
      {SEVERITIES.map((severity) => {
        const Icon = SEVERITY_ICONS[severity];
        return (
          <li key={severity} className={`checks-summary-item checks-summary-${severity}`} data-count={counts[severity]}>
            <Icon aria-hidden />
            {t(`summary.${severity}`, { count: counts[severity] })}
          </li>
        );
      })}
    </ul>
  );
}

const FindingRow = memo(function FindingRow({
  finding,
  tripId,
  members,
  items,
}: {
  finding: CheckResult;
  tripId: string;
  members: Map<string, Member>;
  items: Map<string, Item>;
}) {
  const { t } = useTranslation('checks');
  const dates = useDates();
  const message = finding.message[dates.language];
  const Icon = SEVERITY_ICONS[finding.severity];
  const names = finding.memberIds.map((id) => members.get(id)?.name).filter((n): n is string => !!n);
  const titled = finding.itemIds.map((id) => items.get(id)).filter((i): i is Item => !!i);
  const { target } = finding;
  const opens =
    target.screen === 'members'
      ? t('finding.opens.member', { name: members.get(target.memberId)?.name ?? '' })
      : target.screen === 'gifts'
        ? t('finding.opens.gift')
        : target.itemId !== undefined
        ? t('finding.opens.item', { title: items.get(target.itemId)?.title ?? '' })
        : t('finding.opens.day', { date: dates.weekdayDate(target.date) });
  const field = 'field' in target && target.field ? t(`finding.fields.${target.field}`) : null;

  return (
    <li className={`finding finding-${finding.severity}`} data-testid="finding" data-kind={finding.kind}>
      <Icon className="finding-icon" aria-label={t(`severityOne.${finding.severity}`)} role="img" />
      <div className="finding-body">
        <p className="finding-kind">{t(`kinds.${finding.kind}`)}</p>
        <p className="finding-message">{message}</p>
        {names.length > 0 || titled.length > 0 || finding.date ? (
          <ul className="finding-meta">
            {names.length > 0 ? (
              <li>
                <Users aria-hidden />
                <span className="visually-hidden">{t('finding.members')}: </span>
                {names.length > 1 && names.length === members.size
                  ? t('finding.everyone', { count: names.length })
                  : listed(names, t)}
              </li>
            ) : null}
            {titled.length > 0 ? (
              <li>
                <CalendarDays aria-hidden />
                <span className="visually-hidden">{t('finding.items')}: </span>
                {listed(
                  titled.map((item) => `${item.title} (${dates.weekdayDate(item.startLocal.slice(0, 10))})`),
                  t,
                )}
              </li>
            ) : finding.date ? (
              <li>
                <CalendarDays aria-hidden />
                <span className="visually-hidden">{t('finding.day')}: </span>
                {dates.weekdayDate(finding.date)}
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
      <div className="finding-action">
        <Link href={findingPath(tripId, finding)} className="btn btn-secondary btn-sm" title={opens}>
          {t('finding.fix')}
          <span className="visually-hidden">{t('finding.fixDescription', { message })}</span>
          <ArrowRight aria-hidden className="btn-icon" />
        </Link>
        {field ? <span className="finding-field">{t('finding.fieldHint', { field })}</span> : null}
      </div>
    </li>
  );
});

function listed(values: string[], t: (key: 'finding.more', options: { count: number }) => string): string {
  if (values.length <= LISTED) return values.join(', ');
  return `${values.slice(0, LISTED).join(', ')} ${t('finding.more', { count: values.length - LISTED })}`;
}
