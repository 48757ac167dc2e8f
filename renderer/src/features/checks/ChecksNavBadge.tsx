import { useTranslation } from 'react-i18next';
import { useFindingSummary } from './useFindings';
import './nav-badge.css';

/**
 * The findings badge on the Checks entry of the workspace navigation: errors + warnings, red when
 * there is an error, amber for warnings only, nothing when the plan is clear (notes for
 * information do not count). The link's accessible name reads "Checks (1 error, 2 warnings)".
 */
export function ChecksNavBadge() {
  const { t } = useTranslation('checks');
  const { counts } = useFindingSummary();
  const total = counts.error + counts.warning;
  if (total === 0) return null;
  const spoken = [
    counts.error > 0 ? t('nav.error', { count: counts.error }) : null,
    counts.warning > 0 ? t('nav.warning', { count: counts.warning }) : null,
  ].filter(Boolean);
  return (
    <span
      className={`checks-nav-badge checks-nav-badge-${counts.error > 0 ? 'error' : 'warning'}`}
      data-testid="checks-nav-badge"
    >
      <span aria-hidden>{total}</span>
      {/* Flex items are spoken with a space between them: "Checks (1 error, 3 warnings)". */}
      <span className="visually-hidden">({spoken.join(', ')})</span>
    </span>
  );
}
