import { memo } from 'react';
import { CircleAlert, Info, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { TFunction } from 'i18next';
import type { CheckResult, CheckSeverity, CheckKind } from '../../../../shared/checks';
import { useSettings } from '../../state/settings';

export const SEVERITY_ICONS: Record<CheckSeverity, LucideIcon> = {
  error: CircleAlert,
  warning: TriangleAlert,
  info: Info,
};

interface Chip {
  kind: CheckKind;
  severity: CheckSeverity;
  count: number;
  /** The full messages, for the tooltip and screen readers. */
  messages: string[];
}

const RANK: Record<CheckSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A member's findings from the trip checks as short chips in the table row ("No phone number",
 * "Passport expires soon ×2"); the full sentences are the chip's description and are listed
 * in the member's edit panel.
 */
export const MemberFindingChips = memo(function MemberFindingChips({ findings, t }: { findings: readonly CheckResult[]; t: TFunction<'members'> }) {
  const language = useSettings((s) => s.language);
  if (findings.length === 0) return null;
  const chips = new Map<CheckKind, Chip>();
  for (const finding of findings) {
    const chip = chips.get(finding.kind) ?? { kind: finding.kind, severity: finding.severity, count: 0, messages: [] };
    chip.count++;
    chip.messages.push(finding.message[language]);
    if (RANK[finding.severity] < RANK[chip.severity]) chip.severity = finding.severity;
    chips.set(finding.kind, chip);
  }
  const sorted = [...chips.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <ul className="finding-chips" aria-label={t('findings.label', { count: findings.length })}>
      {sorted.map((chip) => {
        const Icon = SEVERITY_ICONS[chip.severity];
        return (
          <li key={chip.kind} className={`finding-chip finding-chip-${chip.severity}`} title={chip.messages.join('\n')}>
            <Icon aria-hidden className="finding-chip-icon" />
            <span>{t(`findings.kinds.${chip.kind}`)}</span>
            {chip.count > 1 ? <span className="finding-chip-count">×{chip.count}</span> : null}
            <span className="visually-hidden">: {chip.messages.join(' ')}</span>
          </li>
        );
      })}
    </ul>
  );
});
