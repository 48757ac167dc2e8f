// `npm run test:electron`: the real desktop app under Playwright (tests/electron-e2e). Needs the
// Electron binary, which `npm ci` downloads on a normal machine but not on our CI machines
// (no network for it): there, say so in one line and fail, rather than skip silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules/electron');
// The electron package records its binary's path in path.txt once the download succeeded.
const pathFile = path.join(electronDir, 'path.txt');
const binary = fs.existsSync(pathFile) ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()) : null;
if (!binary || !fs.existsSync(binary)) {
  console.error('test:electron: the Electron binary is not installed (node_modules/electron/dist is missing); run `npm install` on a machine that can download Electron.');
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const built = run(npm, ['run', 'build', '--silent']);
if (built !== 0) process.exit(built);
process.exit(run('npx', ['playwright', 'test', '-c', 'tests/electron-e2e/playwright.config.ts', ...process.argv.slice(2)]));
