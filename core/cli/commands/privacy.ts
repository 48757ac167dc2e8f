import path from 'node:path';
import type { PersonExport } from '../../../shared/api/contract';
import type { EraseResult, PersonQuery, PurgePreview } from '../../../shared/domain/privacy';
import { assertWritableDir, OutputPathError, writeFileAtomically } from '../../documents/export';
import { CliError } from '../cli-error';
import type { CliIo, Command } from '../command';
import { expectOk, openCliCore } from '../open';

const USAGE =
  'privacy purge  --db FILE [--dry-run] [--json]\n' +
  '       privacy export --db FILE (--person NAME | --id ID) --out DIR [--lang sv|en]\n' +
  '       privacy erase  --db FILE (--person NAME | --id ID) [--yes]\n\n' +
  '  purge   erase members’ personal data (passport, visa, nationality, dietary and accessibility needs,\n' +
  '          emergency contact) of trips that ended longer ago than Settings → Personal data keeps it;\n' +
  '          --dry-run only lists what it would erase\n' +
  '  export  write everything held about one person (all trips and the address book) to DIR as\n' +
  '          JSON and PDF; a name matching several people lists them: choose one with --id\n' +
  '  erase   remove the person everywhere; without --yes it only shows what would go';

export const privacyCommand: Command = {
  name: 'privacy',
  summary: 'Personal data: purge (retention), export a person’s data, erase a person',
  usage: USAGE,
  positionals: true,
  options: {
    db: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    person: { type: 'string' },
    id: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    yes: { type: 'boolean' },
  },
  async run(values, io, positionals) {
    const [action, ...extra] = positionals;
    if (extra.length) throw new CliError(`Unexpected "${extra.join(' ')}" (see: npm run cli -- privacy --help)`);
    if (action === 'purge') return purge(values, io);
    if (action === 'export') return exportPerson(values, io);
    if (action === 'erase') return erase(values, io);
    throw new CliError(action ? `Unknown privacy action "${action}": purge, export or erase` : 'Say what to do: privacy purge, privacy export or privacy erase');
  },
};

type Values = Record<string, string | boolean | undefined>;

function purge(values: Values, io: CliIo): number {
  const core = openCliCore(values.db);
  try {
    const preview = expectOk(
      values['dry-run'] ? core.dispatch('privacy:purgePreview', {}) : core.dispatch('privacy:purge', { trigger: 'cli' }),
    ) as PurgePreview;
    if (values.json) {
      io.out(JSON.stringify({ dryRun: Boolean(values['dry-run']), ...preview }, null, 2) + '\n');
      return 0;
    }
    if (preview.retentionMonths === null) {
      io.out('Retention is off (Settings → Personal data): personal data is kept, nothing was erased.\n');
      return 0;
    }
    const verb = values['dry-run'] ? 'Would erase' : 'Erased';
    const lines = preview.trips.flatMap((trip) => [
      `${trip.title} (ended ${trip.endDate}):`,
      ...trip.members.map((m) => `  ${m.name}: ${m.fields.join(', ')}`),
    ]);
    const members = preview.trips.reduce((n, t) => n + t.members.length, 0);
    io.out(
      `Keeping personal data ${preview.retentionMonths} months after a trip ends (trips that ended before ${preview.endedBefore}).\n` +
        (lines.length ? lines.join('\n') + '\n' : '') +
        `${verb} the personal data of ${members} member(s) on ${preview.trips.length} trip(s)` +
        (preview.trashEntries ? ` and ${preview.trashEntries} undo entr${preview.trashEntries === 1 ? 'y' : 'ies'}` : '') +
        '.\n',
    );
    return 0;
  } finally {
    core.close();
  }
}

function personQuery(values: Values): PersonQuery {
  const id = typeof values.id === 'string' ? values.id.trim() : '';
  const name = typeof values.person === 'string' ? values.person.trim() : '';
  if (id && name) throw new CliError('Give either --person NAME or --id ID, not both');
  if (id) return { id };
  if (name) return { name };
  throw new CliError('Missing --person NAME (or --id ID)');
}

async function exportPerson(values: Values, io: CliIo): Promise<number> {
  const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
  if (!out) throw new CliError('Missing --out DIR (the folder to write the JSON and PDF files to)');
  const lang = values.lang ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new CliError(`--lang must be sv or en, not "${String(lang)}"`);
  try {
    assertWritableDir(out);
  } catch (error) {
    if (error instanceof OutputPathError) throw new CliError(error.message);
    throw error;
  }
  const query = personQuery(values);
  const core = openCliCore(values.db);
  try {
    const result = expectOk(await core.dispatch('privacy:exportPerson', { person: query, lang })) as PersonExport;
    const json = path.join(out, `${result.baseName}.json`);
    const pdf = path.join(out, `${result.baseName}.pdf`);
    writeFileAtomically(json, Buffer.from(result.json, 'utf8'));
    writeFileAtomically(pdf, Buffer.from(result.pdfBase64, 'base64'));
    const { members, contacts } = result.record;
    io.out(
      `Wrote everything held about ${result.record.name} (${members.length} trip membership(s), ${contacts.length} address-book entr${contacts.length === 1 ? 'y' : 'ies'}) to\n  ${json}\n  ${pdf} (${result.pages} page(s))\n` +
        'These files contain personal data: hand them over securely and delete them afterwards.\n',
    );
    return 0;
  } finally {
    core.close();
  }
}

function erase(values: Values, io: CliIo): number {
  const query = personQuery(values);
  const core = openCliCore(values.db);
  try {
    const result = expectOk(core.dispatch('privacy:erasePerson', { person: query, confirm: Boolean(values.yes), trigger: 'cli' })) as EraseResult;
    const { person } = result;
    const what =
      `${person.name}${person.nativeName ? ` (${person.nativeName})` : ''}: ` +
      `${person.memberIds.length} member row(s)${person.trips.length ? ` on ${person.trips.map((t) => `“${t}”`).join(', ')}` : ''}, ` +
      `${person.contactIds.length} address-book contact(s), ${result.meetingLinks} meeting/programme link(s), ${result.trashEntries} undo entr${result.trashEntries === 1 ? 'y' : 'ies'}`;
    if (!result.erased) {
      io.out(`Would erase ${what}.\nNothing was changed. Run again with --yes to erase.\n`);
      return 0;
    }
    io.out(`Erased ${what}.\nAn import of an older trip file will not bring this person back. Backups made before keep them until they are deleted.\n`);
    return 0;
  } finally {
    core.close();
  }
}

