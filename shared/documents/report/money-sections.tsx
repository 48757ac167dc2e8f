import { BudgetSummary } from '../BudgetSummary';
import { GIFT_LIST_LABELS, GiftList } from '../GiftList';
import { appLanguageOf } from '../options';
import type { ReportSectionProps } from './sections';

/**
 * The report's sections about money and gifts, built from the budget and the gift register's
 * own document components so the report, the briefing and the Budget tab agree to the öre.
 */
export function BudgetSection({ report, lang }: ReportSectionProps) {
  return report.budget ? <BudgetSummary budget={report.budget} lang={appLanguageOf(lang)} /> : null;
}

export function GiftsSection({ report, lang }: ReportSectionProps) {
  if (report.gifts.length === 0) return null;
  return (
    <section className="report-gifts">
      <h2>{GIFT_LIST_LABELS[lang].title}</h2>
      <GiftList gifts={report.gifts} lang={lang} />
    </section>
  );
}
