import fs from 'node:fs';
import path from 'node:path';
import { safeFileName, uniqueFileNames, writeTextFile } from '../../sharing';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveMember, resolveTrip } from '../resolve';
import { fileStep, requireOption } from './export';
import type { AppLanguage } from '../../../shared/domain/language';

export const icsCommand: Command = {
  name: 'ics',
  summary: 'Calendar file (.ics) of a trip’s programme, of one member’s items, or one file per member',
  usage:
    'ics --db FILE --trip TRIP [--member MEMBER] --out FILE.ics [--lang sv|en]\n' +
    '       ics --db FILE --trip TRIP --all-members --out-dir DIR [--out FILE.ics] [--lang sv|en]',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    member: { type: 'string' },
    'all-members': { type: 'boolean' },
    out: { type: 'string' },
    'out-dir': { type: 'string' },
    lang: { type: 'string' },
  },
  run(values, io) {
    const lang = languageOf(values.lang);
    const allMembers = Boolean(values['all-members']);
    if (allMembers && values.member) throw new CliError('Use either --member or --all-members, not both');
    if (allMembers) requireOption(values['out-dir'], 'out-dir', 'DIR (the folder for one file per member)');
    else requireOption(values.out, 'out', 'FILE.ics');

    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const calendar = (memberId?: string) =>
        expectOk(core.dispatch('sharing:ics', { tripId: trip.id, memberId, lang }));

      if (!allMembers) {
        const member = values.member ? resolveMember(core, trip.id, values.member) : undefined;
        const out = String(values.out);
        fileStep(() => writeTextFile(out, calendar(member?.id).content));
        io.out(`Wrote the calendar of “${trip.title}”${member ? ` for ${member.name}` : ''} to ${out}\n`);
        return 0;
      }

      const dir = String(values['out-dir']);
      fileStep(() => ensureFolder(dir));
      if (typeof values.out === 'string') fileStep(() => writeTextFile(String(values.out), calendar().content));
      const members = expectOk(core.dispatch('members:list', { tripId: trip.id }));
      const names = uniqueFileNames(members.map((m) => safeFileName(m.name, '.ics', 'member')));
      members.forEach((m, i) => fileStep(() => writeTextFile(path.join(dir, names[i]!), calendar(m.id).content)));
      io.out(`Wrote ${members.length} calendars of “${trip.title}” to ${dir}:\n${names.map((n) => `  ${n}`).join('\n')}\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};

export function languageOf(value: unknown): AppLanguage {
  if (value === undefined) return 'sv';
  if (value === 'sv' || value === 'en') return value;
  throw new CliError(`Unknown --lang ${String(value)}: use sv or en`);
}

/** The output folder, created when its parent exists. */
function ensureFolder(dir: string): void {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new CliError(`Cannot write to ${dir}: it is a file, not a folder`);
    return;
  }
  try {
    fs.mkdirSync(dir);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(`Cannot create the folder ${dir}${code === 'ENOENT' ? ': its parent folder does not exist' : code === 'EACCES' ? ': permission denied' : ''}`);
  }
}
