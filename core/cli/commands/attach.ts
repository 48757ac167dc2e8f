import fs from 'node:fs';
import path from 'node:path';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_LABEL, type AttachmentInfo } from '../../../shared/domain/attachment';
import type { TripWorkspace } from '../../../shared/domain/workspace';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveMember, resolveTrip } from '../resolve';
import { requireOption } from './export';

export const attachCommand: Command = {
  name: 'attach',
  summary: `Attach a file (at most ${ATTACHMENT_MAX_LABEL}) to a trip, one of its members or one of its items`,
  usage: 'attach --db FILE --trip TRIP [--member MEMBER | --item ITEM] --file PATH [--sensitive]',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    member: { type: 'string' },
    item: { type: 'string' },
    file: { type: 'string' },
    sensitive: { type: 'boolean' },
  },
  run(values, io) {
    if (values.member !== undefined && values.item !== undefined) throw new CliError('Use --member or --item, not both');
    const file = requireOption(values.file, 'file', 'PATH');
    const bytes = readAttachmentFile(file);
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const memberId = values.member === undefined ? undefined : resolveMember(core, trip.id, values.member).id;
      const itemId = values.item === undefined ? undefined : resolveItem(core, trip.id, values.item);
      const added = expectOk(
        core.dispatch('attachments:add', {
          tripId: trip.id,
          memberId,
          itemId,
          fileName: path.basename(file),
          content: bytes.toString('base64'),
          sensitive: Boolean(values.sensitive),
        }),
      ) as AttachmentInfo;
      io.out(`Attached ${added.fileName} (${formatBytes(added.size)}) to “${trip.title}”\n`);
      return 0;
    } finally {
      core.close();
    }
  },
};

export const attachmentsCommand: Command = {
  name: 'attachments',
  summary: 'A trip’s attachments: name, size, what they belong to',
  usage: 'attachments --db FILE --trip TRIP [--json]',
  options: { db: { type: 'string' }, trip: { type: 'string' }, json: { type: 'boolean' } },
  run(values, io) {
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      const ws = expectOk(core.dispatch('trips:workspace', { id: trip.id })) as TripWorkspace;
      if (values.json) {
        io.out(`${JSON.stringify(ws.attachments, null, 2)}\n`);
        return 0;
      }
      if (ws.attachments.length === 0) io.out(`No attachments on “${trip.title}”.\n`);
      const names = new Map<string, string>([...ws.members.map((m) => [m.id, m.name] as const), ...ws.items.map((i) => [i.id, i.title] as const)]);
      for (const a of ws.attachments) {
        const owner = a.memberId ?? a.itemId;
        const on = owner ? names.get(owner) ?? owner : 'trip';
        io.out(`${a.fileName}  ${formatBytes(a.size)}  ${on}${a.sensitive ? '  (sensitive)' : ''}  ${a.id}\n`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};

/** The file's bytes; a missing file, a folder or one over the limit is bad input, told before reading it all. */
function readAttachmentFile(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`No file at ${file}`);
  }
  if (!stat.isFile()) throw new CliError(`${file} is not a file`);
  if (stat.size > ATTACHMENT_MAX_BYTES) {
    throw new CliError(`${file} is too large (${formatBytes(stat.size)}): at most ${ATTACHMENT_MAX_LABEL} per attachment`);
  }
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

function resolveItem(core: ReturnType<typeof openCliCore>, tripId: string, query: unknown): string {
  const ws = expectOk(core.dispatch('trips:workspace', { id: tripId })) as TripWorkspace;
  if (typeof query !== 'string' || query.trim() === '') throw new CliError('Missing --item (an id or part of the title)');
  const byId = ws.items.find((i) => i.id === query.trim());
  if (byId) return byId.id;
  const needle = query.trim().toLocaleLowerCase();
  const matches = ws.items.filter((i) => i.title.toLocaleLowerCase().includes(needle));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new CliError(`No item matches "${query}"`);
  throw new CliError(`"${query}" matches ${matches.length} items: ${matches.map((i) => `${i.title} (${i.id})`).join('; ')}. Use more of the title or the id.`);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} kB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
