import type { ExportedFile } from '../../../shared/sharing/types';
import type { TripBudget } from '../../../shared/domain/budget';
import { budgetLabels } from '../../../shared/budget/labels';
import { formatAmount } from '../../../shared/money/money';
import { writeTextFile } from '../../sharing';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveTrip } from '../resolve';
import { fileStep, requireOption } from './export';
import { languageOf } from './ics';
import type { AppLanguage } from '../../../shared/domain/language';

/**
 * `budget`: a trip's budget totals (planned vs actual in SEK per category and payer, with the
 * warnings), as text or JSON (the contract's TripBudget), or the cost lines as CSV for a finance
 * system.
 */
export const budgetCommand: Command = {
  name: 'budget',
  summary: 'A trip’s budget: totals in SEK per category and funding source, warnings; or the cost lines as CSV',
  usage: 'budget --db FILE --trip TRIP [--json | --csv --out FILE.csv] [--lang sv|en]',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    lang: { type: 'string' },
  },
  run(values, io) {
    const lang = languageOf(values.lang);
    if (values.json && values.csv) throw new CliError('Use either --json or --csv, not both');
    const out = values.csv ? requireOption(values.out, 'out', 'FILE.csv') : undefined;
    if (!values.csv && values.out !== undefined) throw new CliError('--out goes with --csv');
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      if (out) {
        const file = expectOk(core.dispatch('budget:csv', { tripId: trip.id, lang })) as ExportedFile;
        fileStep(() => writeTextFile(out, file.content));
        const budget = expectOk(core.dispatch('budget:get', { tripId: trip.id })) as TripBudget;
        io.out(`Wrote ${budget.lines.length} cost lines of “${trip.title}” to ${out}\n`);
        return 0;
      }
      const budget = expectOk(core.dispatch('budget:get', { tripId: trip.id })) as TripBudget;
      io.out(values.json ? JSON.stringify(budget, null, 2) + '\n' : report(trip.title, budget, lang));
      return 0;
    } finally {
      core.close();
    }
  },
};

function report(title: string, budget: TripBudget, lang: AppLanguage): string {
  const l = budgetLabels[lang];
  const sek = (minor: number) => formatAmount(minor, 'SEK', lang).replace(/\u00a0/g, ' ').padStart(14);
  const row = (label: string, planned: number, actual: number) => `${label.padEnd(28)}${sek(planned)}${sek(actual)}\n`;
  let text = `${title}\n${''.padEnd(28)}${(lang === 'sv' ? 'Planerat SEK' : 'Planned SEK').padStart(14)}${(lang === 'sv' ? 'Utfall SEK' : 'Actual SEK').padStart(14)}\n`;
  for (const c of budget.totals.byCategory) if (c.plannedSek || c.actualSek) text += row(l.categories[c.category], c.plannedSek, c.actualSek);
  text += row(lang === 'sv' ? 'Totalt' : 'Total', budget.totals.total.plannedSek, budget.totals.total.actualSek);
  for (const p of budget.totals.byPayer) {
    const name = p.sourceId ? `${p.name} (${formatAmount(p.amountSek ?? 0, 'SEK', lang).replace(/\u00a0/g, ' ')})` : l.payers[p.payer];
    if (p.sourceId || p.plannedSek || p.actualSek) text += row(name, p.plannedSek, p.actualSek);
  }
  for (const w of budget.warnings) {
    const planned = 'plannedSek' in w ? formatAmount(w.plannedSek, 'SEK', lang) : '';
    text +=
      w.kind === 'source_exceeded'
        ? `! ${w.name}: ${formatAmount(w.chargedSek, 'SEK', lang)} > ${formatAmount(w.amountSek, 'SEK', lang)}\n`
        : `! ${w.kind === 'line_over_planned' ? w.description || l.categories[w.category] : l.categories[w.category]}: ${formatAmount(w.actualSek, 'SEK', lang)} > ${planned}\n`;
  }
  return text.replace(/\u00a0/g, ' ');
}
