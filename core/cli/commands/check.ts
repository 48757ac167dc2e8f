import { CheckOptions, countBySeverity, SEVERITIES, type CheckResult, type CheckSeverity } from '../../../shared/checks';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveTrip } from '../resolve';
import type { AppLanguage } from '../../../shared/domain/language';

/**
 * `check`: run the trip checks. Exit 0 when nothing is at error level, 1 when something is, 2 on
 * bad input. The JSON is the contract's CheckResult[] wrapped with the trip and the counts:
 * `{ trip: { id, title }, counts: { error, warning, info }, findings: CheckResult[] }`.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a trip for problems (overlaps, passports, visas, nights, arrivals, interpreters, missing details)',
  usage:
    'check --db FILE --trip TRIP [--json] [--lang sv|en]\n' +
    '        [--passport-months N] [--visa-countries CN,RU] [--flight-buffer MIN] [--train-buffer MIN]\n' +
    '        [--city-buffer MIN] [--default-duration MIN] [--languages sv,en]\n\n' +
    'Exit code: 0 when no finding is at error level, 1 when one is, 2 on bad input.',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    'passport-months': { type: 'string' },
    'visa-countries': { type: 'string' },
    'flight-buffer': { type: 'string' },
    'train-buffer': { type: 'string' },
    'city-buffer': { type: 'string' },
    'default-duration': { type: 'string' },
    languages: { type: 'string' },
  },
  run(values, io) {
    const lang = parseLang(values.lang);
    const options = parseOptions(values);
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const findings = expectOk(core.dispatch('checks:run', { tripId: trip.id, options }));
      const counts = countBySeverity(findings);
      if (values.json) {
        io.out(JSON.stringify({ trip: { id: trip.id, title: trip.title }, counts, findings }, null, 2) + '\n');
      } else {
        io.out(report(trip.title, findings, lang));
      }
      return counts.error > 0 ? 1 : 0;
    } finally {
      core.close();
    }
  },
};

function parseLang(value: unknown): AppLanguage {
  if (value === undefined) return 'en';
  if (value === 'sv' || value === 'en') return value;
  throw new CliError(`--lang must be sv or en, not "${String(value)}"`);
}

function parseOptions(values: Record<string, string | boolean | undefined>): CheckOptions {
  const number = (flag: string): number | undefined => {
    const raw = values[flag];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'string' || !/^\d+$/.test(raw.trim())) throw new CliError(`--${flag} must be a whole number of ${flag === 'passport-months' ? 'months' : 'minutes'}`);
    return Number(raw);
  };
  const list = (flag: string): string[] | undefined => {
    const raw = values[flag];
    if (typeof raw !== 'string') return undefined;
    return raw.split(',').map((s) => s.trim()).filter(Boolean);
  };
  const candidate = {
    passportValidityMonths: number('passport-months'),
    visaRequiredCountries: list('visa-countries'),
    flightBufferMinutes: number('flight-buffer'),
    trainBufferMinutes: number('train-buffer'),
    cityChangeBufferMinutes: number('city-buffer'),
    defaultDurationMinutes: number('default-duration'),
    delegationLanguages: list('languages'),
  };
  const parsed = CheckOptions.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`Bad check option ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

const HEADINGS: Record<AppLanguage, Record<CheckSeverity, string>> = {
  sv: { error: 'Fel', warning: 'Varningar', info: 'Information' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Info' },
};
const MARKS: Record<CheckSeverity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Human report: a summary line, then the findings grouped by severity, most serious first. */
function report(title: string, findings: CheckResult[], lang: AppLanguage): string {
  const counts = countBySeverity(findings);
  const summary =
    lang === 'sv'
      ? `${counts.error} fel, ${counts.warning} varningar, ${counts.info} information`
      : `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}, ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, ${counts.info} info`;
  const lines = [`${lang === 'sv' ? 'Kontroll av' : 'Checks for'} ${title}: ${summary}`];
  if (findings.length === 0) lines.push(lang === 'sv' ? 'Inga problem hittades.' : 'No problems found.');
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[lang][severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${MARKS[severity]} ${f.message[lang]}  [${f.kind}]`);
  }
  return lines.join('\n') + '\n';
}
