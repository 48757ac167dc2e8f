import { parseArgs } from 'node:util';
import { CliError } from './cli-error';
import type { CliIo, Command } from './command';
import { demoCommand } from './commands/demo';
import { tripsCommand } from './commands/trips';
import { pdfCommand } from './commands/pdf';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { icsCommand } from './commands/ics';
import { csvCommand } from './commands/csv';
import { budgetCommand } from './commands/budget';
import { perDiemCommand } from './commands/per-diem';
import { vcardCommand } from './commands/vcard';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { decryptCommand, encryptCommand } from './commands/encrypt';
import { privacyCommand } from './commands/privacy';
import { giftsCommand } from './commands/gifts';
import { attachCommand, attachmentsCommand } from './commands/attach';
import { shareCommand, syncCommand } from './commands/sync';

/** Every CLI command; later issues add pdf, ics, export, import, csv, check. */
export const commands: Command[] = [demoCommand, tripsCommand, checkCommand, exportCommand, importCommand, icsCommand, csvCommand, budgetCommand, perDiemCommand, vcardCommand, pdfCommand, backupCommand, restoreCommand, encryptCommand, decryptCommand, privacyCommand, giftsCommand, attachCommand, attachmentsCommand, shareCommand, syncCommand];

const overview = () =>
  'Usage: npm run cli -- <command> [options]\n\nCommands:\n' +
  commands.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n') +
  '\n\nRun "npm run cli -- <command> --help" for a command\'s options.\n';

/** Run the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
    if (values.help) {
      io.out(`Usage: npm run cli -- ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    return await command.run(values as Record<string, string | boolean | undefined>, io, positionals);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message.split('\n')[0]} (see: npm run cli -- ${name} --help)\n`);
      return 2;
    }
    io.err(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
