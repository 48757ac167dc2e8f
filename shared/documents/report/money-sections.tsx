import { BudgetSummary } from '../BudgetSummary';
import { GIFT_LIST_LABELS, GiftList } from '../GiftList';
import { appLanguageOf } from '../options';
import type { ReportSectionProps } from './sections';

/**
 * The report's sections about money and gifts, built from the budget and the gift register's
 * own document components so the report, the briefing and the Budget tab agree to the öre.
 */
/** Left out while the trip has no budget at all (a table of zeros tells the board nothing). */
export function BudgetSection({ report, lang }: ReportSectionProps) {
  const budget = report.budget;
  if (!budget || budget.sources.length + budget.lines.length + budget.perDiem.length === 0) return null;
  return (
    <section className="report-section">
      <BudgetSummary budget={budget} lang={appLanguageOf(lang)} headingClassName="section-title" />
    </section>
  );
}

export function GiftsSection({ report, lang }: ReportSectionProps) {
  if (report.gifts.length === 0) return null;
  return (
    <section className="report-section report-gifts">
      <h2 className="section-title">{GIFT_LIST_LABELS[lang].title}</h2>
      <GiftList gifts={report.gifts} lang={lang} />
    </section>
  );
}
