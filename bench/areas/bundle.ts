import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Area } from '../context';
import { figure, info, notMeasurable, type Result } from '../report';

export const RENDERER_BUILD = 'renderer-build';

/**
 * The renderer is built into this run's temp folder (never over dist/renderer, which others may
 * be serving), and the browser area serves that build. Initial JavaScript = what index.html loads
 * before anything else: its module script and its modulepreload links, each gzipped (level 9, as
 * a static server or an asar would compress them at best). Target < 400 KB.
 */
export const bundle: Area = {
  name: 'renderer bundle',
  async run(ctx) {
    const dir = await buildRenderer(ctx.dir);
    if (typeof dir !== 'string') return [notMeasurable('initial JavaScript (gzip)', 'KB', '< 400 KB', dir.reason)];
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const scripts = [
      ...html.matchAll(/<script[^>]+type="module"[^>]*\ssrc="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*\shref="([^"]+)"/g),
    ].map((m) => m[1]!);
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]!);
    const gzipKb = (files: string[]) =>
      files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length, 0) / 1024;
    const rawKb = (files: string[]) => files.reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0) / 1024;
    ctx.log(`  initial scripts: ${scripts.join(', ')}`);

    // For context: the lazy chunk the Programme tab needs on top (its name starts with "programme").
    const assets = fs.readdirSync(path.join(dir, 'assets'));
    const programme = assets.filter((f) => /^programme-.*\.js$/.test(f)).map((f) => `assets/${f}`);
    const results: Result[] = [
      figure('initial JavaScript (gzip)', gzipKb(scripts), 'KB', null, { maxValue: 400 }),
      info('initial JavaScript (uncompressed)', rawKb(scripts), 'KB'),
      info('initial CSS (gzip)', gzipKb(styles), 'KB'),
    ];
    if (programme.length) results.push(info('Programme screen chunk (gzip, loaded on demand)', gzipKb(programme), 'KB'));
    return results;
  },
};

const builds = new Map<string, Promise<string | { reason: string }>>();

/**
 * Build once per run (into the run's folder `dir`), in a child process: main.ts starts it before
 * generating the dataset, so the two overlap on two cores, and waits for it before any area
 * times anything. The bundle and browser areas then get the same build.
 */
export function buildRenderer(dir: string): Promise<string | { reason: string }> {
  let build = builds.get(dir);
  if (!build) {
    build = viteBuild(path.join(dir, RENDERER_BUILD));
    builds.set(dir, build);
  }
  return build;
}

function viteBuild(outDir: string): Promise<string | { reason: string }> {
  const repo = path.resolve(import.meta.dirname, '../..');
  const vite = path.join(repo, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--config', 'renderer/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: repo, maxBuffer: 16 * 2 ** 20 }, (error, _stdout, stderr) => {
      if (!error) return resolve(outDir);
      const tail = String(stderr).trim().split('\n').slice(-3).join(' ');
      resolve({ reason: `the renderer does not build: ${tail || error.message}` });
    });
  });
}
