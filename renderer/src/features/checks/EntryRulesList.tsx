import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_DEFAULTS, DEFAULT_ENTRY_RULE, ENTRY_RULES, passportRulesOf } from '../../../../shared/checks';
import type { Trip } from '../../../../shared/domain/trip';

/**
 * The table of destination rules the passport and visa checks apply (shared/checks
 * entry-rules.ts), shown as it is so the user can see why a passport is flagged; the rules this
 * trip is measured by are marked. Read from the data, so a new row appears here by itself.
 */
export function EntryRulesList({ trip }: { trip: Trip }) {
  const { t } = useTranslation('checks');
  const applied = useMemo(() => new Set(passportRulesOf(trip)), [trip]);
  return (
    <ul className="checks-rules" aria-label={t('about.rules.label')} data-testid="entry-rules">
      {[...ENTRY_RULES, DEFAULT_ENTRY_RULE].map((rule) => {
        const months = rule.passportMonths ?? CHECK_DEFAULTS.passportValidityMonths;
        const parts = [t(`about.rules.passport.${rule.from}`, { count: months })];
        // The one visitors' visa rule there is: ours, as hosts in Sweden (a Schengen visa).
        if (rule.visaForVisitors) parts.push(t('about.rules.visaForVisitors'));
        return (
          <li key={rule.area} data-area={rule.area} data-applies={applied.has(rule) || undefined}>
            <strong>{t(`about.rules.area.${rule.area}`)}</strong>: {parts.join('; ')}.
            {applied.has(rule) ? <span className="checks-rules-applies"> {t('about.rules.applies')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
