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
