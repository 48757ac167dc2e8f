import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; tests pass buffers, the real CLI passes process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage text shown by --help, without the leading "npm run cli --". */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Whether words without dashes are taken (a sub-command: `privacy purge`); they reach run(). */
  positionals?: boolean;
  /** Returns the exit code; throws CliError for bad input. */
  run(values: Record<string, string | boolean | undefined>, io: CliIo, positionals: string[]): Promise<number> | number;
}
