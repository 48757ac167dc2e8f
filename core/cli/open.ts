import fs from 'node:fs';
import { lazyChromiumPrinter } from '../chromium-printer';
import { openCore, StartupError, type Core } from '../index';
import { passphraseFor } from '../terminal-passphrase';
import { CliError } from './cli-error';

/**
 * Open the database named by --db. Commands that only read refuse a missing file instead of
 * silently creating an empty one (a typo in the path would otherwise look like "no trips").
 */
export function openCliCore(dbPath: unknown, { create = false } = {}): Core {
  if (typeof dbPath !== 'string' || dbPath === '') throw new CliError('Missing --db FILE (the database file)');
  if (!create && !fs.existsSync(dbPath)) {
    throw new CliError(`No database at ${dbPath} (create one with: npm run cli -- demo --db ${dbPath})`);
  }
  try {
    // 'documents:pdf' prints with Chromium (started only if a command prints through the core).
    const printer = lazyChromiumPrinter();
    const core = openCore(dbPath, { printPdf: printer.printPdf }, { passphrase: passphraseFor(dbPath) });
    return {
      ...core,
      close: () => {
        core.close();
        void printer.close();
      },
    };
  } catch (error) {
    if (error instanceof StartupError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Unwrap an ApiResult from the core or turn its error into a CliError: exit 2 for what the input
 * got wrong, 1 when the database itself failed (damaged, disk full, locked) — not the user's input.
 */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new CliError(result.error.message, result.error.code === 'internal' || result.error.code === 'storage' ? 1 : 2);
  return result.value;
}
