import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { seedDemo } from '../../core/demo';
import { databaseOf } from '../../core/db/raw-handle';
import { bundledEntry } from '../support/node-entry';

/**
 * The CLI asks for an encrypted database's passphrase at a terminal, without echo. A real
 * terminal: util-linux `script` runs the CLI in a pseudo-terminal and relays what we type.
 */
const PASSPHRASE = 'lösen-济南';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function typeAtPrompt(file: string, typed: string): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  delete env.DELEGATION_PASSPHRASE;
  const command = `'${process.execPath}' '${bundledEntry('core/cli/main.ts')}' trips --db '${file}'`;
  const child = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let typedYet = false;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!typedYet && output.includes('Passphrase for')) {
        typedYet = true;
        child.stdin.write(`${typed}\r`);
      }
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.runIf(fs.existsSync('/usr/bin/script'))('the passphrase prompt', () => {
  it('reads the passphrase at a terminal without showing it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-prompt-'));
    dirs.push(dir);
    const file = path.join(dir, 'planner.db');
    const core = openCore(file, {}, { passphrase: PASSPHRASE });
    seedDemo(databaseOf(core));
    core.close();

    const right = await typeAtPrompt(file, PASSPHRASE);
    expect(right.output).toMatch(/Jinan/);
    expect(right.output).not.toContain(PASSPHRASE);
    expect(right.code).toBe(0);

    const wrong = await typeAtPrompt(file, 'fel');
    expect(wrong.output).toContain(`wrong passphrase for ${file}`);
    expect(wrong.output).not.toMatch(/Passphrase for .*: *fel/);
    expect(wrong.code).toBe(2);
  }, 60_000);
});
