import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder cannot package here (no Electron binary), so check its configuration with
 * electron-builder's own loader and schema validator: a misspelt or misplaced key fails this
 * test instead of the first release build. Then check the settings security depends on.
 */
type FileSet = string | { from?: string; filter?: string | string[] };
interface BuilderConfig {
  files: FileSet[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  nsis: Record<string, unknown>;
  mac: { category: string; target: string[] };
  linux: { category: string; target: string[] };
  win: { target: string[] };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
}

// app-builder-lib is electron-builder's implementation (installed with it); its config module
// is not part of a typed public entry point, hence the require.
const requireFromHere = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = requireFromHere('app-builder-lib/out/util/config/config') as ConfigModule;
const { DebugLogger } = requireFromHere('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const repo = path.resolve(__dirname, '../..');
const loadConfig = () => getConfig(repo, path.join(repo, 'electron-builder.yml'), null);
/** The loader normalises `files` into FileSets; flatten back to the glob patterns. */
const filePatterns = (config: BuilderConfig): string[] =>
  config.files.flatMap((set) => (typeof set === 'string' ? [set] : [set.filter ?? []].flat()));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the security fuses', async () => {
    expect((await loadConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the bundles, in asar, with native addons unpacked and never rebuilt', async () => {
    const config = await loadConfig();
    const patterns = filePatterns(config);
    expect(patterns).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map']));
    expect(patterns.filter((p) => !p.startsWith('!')).every((p) => p === 'package.json' || p.startsWith('dist/'))).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('builds the agreed targets and associates .delegation files', async () => {
    const config = await loadConfig();
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', target: ['dmg'] });
    expect(config.linux).toMatchObject({ category: 'Office', target: ['AppImage', 'deb'] });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'delegation', name: 'Delegation trip', mimeType: 'application/x-delegation+json' })]);
  });
});

describe('what electron-builder.yml points at', () => {
  const { load } = requireFromHere('js-yaml') as { load: (text: string) => unknown };
  const raw = load(fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as {
    directories: { buildResources: string };
    fileAssociations: { icon: string }[];
    mac: { icon: string };
    win: { icon: string };
    linux: { icon: string };
  };
  const resources = path.join(repo, raw.directories.buildResources);

  it('points only at files that exist: the icon of every platform, relative to the build resources folder', () => {
    expect(fs.statSync(resources).isDirectory()).toBe(true);
    expect(raw.mac.icon).toMatch(/\.icns$/);
    expect(raw.win.icon).toMatch(/\.ico$/);
    expect(fs.existsSync(path.join(resources, raw.mac.icon))).toBe(true);
    expect(fs.existsSync(path.join(resources, raw.win.icon))).toBe(true);
    // Linux: a folder of <size>x<size>.png, 256 px and up included (electron-builder's rule).
    const linuxIcons = fs.readdirSync(path.join(resources, raw.linux.icon));
    expect(linuxIcons).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
    for (const name of linuxIcons) {
      const [, width, height] = /^(\d+)x(\d+)\.png$/.exec(name)!;
      const png = fs.readFileSync(path.join(resources, raw.linux.icon, name));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([Number(width), Number(height)]);
    }
  });

  it('gives .delegation files their own icon on macOS and Windows', () => {
    const icon = raw.fileAssociations[0]!.icon;
    for (const file of [`${icon}.icns`, `${icon}.ico`]) {
      const bytes = fs.readFileSync(path.join(resources, file));
      // ICNS starts with "icns"; ICO with reserved 0 and type 1.
      if (file.endsWith('.icns')) expect(bytes.subarray(0, 4).toString('ascii')).toBe('icns');
      else expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
    }
  });

  it('keeps the drawn sources beside them', () => {
    for (const source of ['icon.svg', 'delegation-file.svg']) {
      expect(fs.readFileSync(path.join(resources, source), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    }
  });
});
