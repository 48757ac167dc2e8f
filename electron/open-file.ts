import path from 'node:path';

/**
 * A .delegation file the app was asked to open: by double-click (Windows/Linux pass it in argv,
 * also to a second instance) or by macOS's `open-file` event. Recorded here until the page
 * listens; files.ts then takes it, reads it and sends it to the renderer's import dialog.
 * Pure module (no electron import).
 */
export const DELEGATION_EXTENSION = '.delegation';

let pending: string | null = null;

/**
 * The last argument naming a .delegation file, made absolute against the directory the command
 * ran in (a second instance's may differ from ours). argv[0] is the executable; Chromium
 * switches (`--foo`) are skipped.
 */
export function delegationFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg && !arg.startsWith('-') && arg.toLowerCase().endsWith(DELEGATION_EXTENSION)) {
      return path.resolve(workingDirectory, arg);
    }
  }
  return null;
}

export function setPendingOpenFile(filePath: string | null): void {
  if (filePath) pending = filePath;
}

/** The file waiting to be opened, if any (does not clear it). */
export const getPendingOpenFile = (): string | null => pending;

/** The file waiting to be opened, cleared so it is handled once. */
export function takePendingOpenFile(): string | null {
  const filePath = pending;
  pending = null;
  return filePath;
}
