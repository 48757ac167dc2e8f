import { assertWritable, FileAccessError, readTripFileText, writeTextFile } from '../../sharing';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveTrip } from '../resolve';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Save a trip as a .delegation file to share with a colleague (passport numbers left out unless asked for)',
  usage: 'export --db FILE --trip TRIP --out FILE.delegation [--include-passports] [--include-attachments]',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    out: { type: 'string' },
    'include-passports': { type: 'boolean' },
    'include-attachments': { type: 'boolean' },
  },
  run(values, io) {
    const out = requireOption(values.out, 'out', 'FILE.delegation');
    const core = openCliCore(values.db);
    try {
      const trip = resolveTrip(core, values.trip);
      // Before exporting: an export is recorded as shared, which should not happen for nothing.
      fileStep(() => assertWritable(out));
      const file = expectOk(
        core.dispatch('sharing:exportTrip', {
          tripId: trip.id,
          includePassports: Boolean(values['include-passports']),
          includeAttachments: Boolean(values['include-attachments']),
        }),
      );
      const bytes = fileStep(() => writeTextFile(out, file.content));
      io.out(
        `Exported “${trip.title}” (${trip.memberCount} members, ${trip.itemCount} items) to ${out} (${kilobytes(bytes)})` +
          (values['include-passports'] ? ', WITH passport numbers: share it only with those who need them' : '') +
          (values['include-attachments'] ? ', WITH attachments (members’ are personal data)' : '') +
          '\n',
      );
      return 0;
    } finally {
      core.close();
    }
  },
};

/** A required option; a one-line error names what to give. */
export function requireOption(value: unknown, option: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`Missing --${option} ${what}`);
  return value;
}

/** Run a file-system step; its FileAccessError becomes the CLI's one-line bad-input error. */
export function fileStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof FileAccessError) throw new CliError(error.message);
    throw error;
  }
}

export function readTripFileOrFail(file: string): string {
  return fileStep(() => readTripFileText(file));
}

export function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
