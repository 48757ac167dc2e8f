import fs from 'node:fs';
import { fileKind, PASSPHRASE_VARIABLE } from '../../db/cipher';
import { changeEncryption } from '../../db/convert';
import { StartupError } from '../../db/errors';
import { passphraseFor, promptHidden } from '../../terminal-passphrase';
import { CliError } from '../cli-error';
import type { CliIo, Command } from '../command';

export const encryptCommand: Command = {
  name: 'encrypt',
  summary: `Encrypt a plain database file in place (backup first; passphrase from ${PASSPHRASE_VARIABLE} or typed)`,
  usage:
    'encrypt --db FILE\n\n' +
    `  The passphrase comes from ${PASSPHRASE_VARIABLE}, or is typed twice at a terminal. Keep it safe:\n` +
    '  without it the data cannot be read. Backups made from now on are encrypted with it.',
  options: { db: { type: 'string' } },
  run(values, io) {
    const file = existingFile(values.db);
    if (fileKind(file) !== 'plain') throw new CliError(`${file} is not a plain database file (is it encrypted already?)`);
    const passphrase = newPassphrase(file);
    const { backup } = convert(() => changeEncryption(file, undefined, passphrase));
    io.out(
      `Encrypted ${file}.\n` +
        `The backup taken before, ${backup.path}, and older backups in that folder are NOT encrypted: delete them once you no longer need them.\n`,
    );
    return 0;
  },
};

export const decryptCommand: Command = {
  name: 'decrypt',
  summary: 'Decrypt an encrypted database file in place (an encrypted backup first)',
  usage: `decrypt --db FILE\n\n  The passphrase comes from ${PASSPHRASE_VARIABLE}, or is typed at a terminal.`,
  options: { db: { type: 'string' } },
  run(values, io: CliIo) {
    const file = existingFile(values.db);
    if (fileKind(file) === 'plain') throw new CliError(`${file} is not encrypted`);
    const passphrase = passphraseFor(file);
    if (passphrase === undefined) throw new CliError(`${file}: this database is encrypted: set ${PASSPHRASE_VARIABLE}`);
    const { backup } = convert(() => changeEncryption(file, passphrase, undefined));
    io.out(`Decrypted ${file}. The backup taken before (encrypted) is ${backup.path}.\n`);
    return 0;
  },
};

function existingFile(db: unknown): string {
  if (typeof db !== 'string' || db === '') throw new CliError('Missing --db FILE (the database file)');
  if (!fs.existsSync(db)) throw new CliError(`No database at ${db}`);
  return db;
}

function newPassphrase(file: string): string {
  const fromEnv = process.env[PASSPHRASE_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) throw new CliError(`encrypt needs a passphrase: set ${PASSPHRASE_VARIABLE}`);
  const first = promptHidden(`New passphrase for ${file}: `);
  if (first === '') throw new CliError('The passphrase is empty; nothing was changed');
  if (promptHidden('The same passphrase again: ') !== first) throw new CliError('The two passphrases differ; nothing was changed');
  return first;
}

function convert<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StartupError) throw new CliError(error.message);
    throw error;
  }
}
