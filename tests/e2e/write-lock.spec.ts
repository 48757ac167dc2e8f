import { spawn } from 'node:child_process';
import { expect, test } from './fixtures';
import { openApp, screenshot } from './helpers';
import { call } from './seed';

/**
 * Another program (a CLI import) holds the database's write lock while someone saves in the
 * browser mode (audit, issue 15): the app says it is waiting, and the save goes through once the
 * lock is released — nothing is refused.
 */
test('a save that waits for another program’s lock says so, and completes after the release', async ({ page, app }) => {
  await openApp(page, app);
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `const D=require('better-sqlite3');const d=new D(process.argv[1]);d.exec('BEGIN IMMEDIATE');process.stdout.write('locked\\n');` +
        `process.stdin.once('data',()=>{d.exec('ROLLBACK');d.close();process.exit(0)})`,
      app.dbPath,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    await page.getByRole('button', { name: 'New trip' }).click();
    const dialog = page.getByRole('dialog', { name: 'New trip' });
    await dialog.getByLabel('Title').fill('Written while locked');
    await dialog.getByLabel('Start date').fill('2026-05-10');
    await dialog.getByLabel('End date').fill('2026-05-16');
    await dialog.getByRole('button', { name: 'Create trip' }).click();

    const status = page.getByTestId('lock-wait-status');
    await expect(status).toBeVisible();
    await expect(status).toHaveText('Another program is writing to the database, retrying…');
    await screenshot(page, 'write-lock-waiting');
    expect(call(app.core, 'trips:list', {}).map((t) => t.title)).not.toContain('Written while locked');

    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.stdin!.write('release\n');
    await exited;
    await expect(dialog).toHaveCount(0);
    await expect(status).toBeHidden();
    expect(call(app.core, 'trips:list', {}).map((t) => t.title)).toContain('Written while locked');
  } finally {
    holder.kill('SIGKILL');
  }
});
