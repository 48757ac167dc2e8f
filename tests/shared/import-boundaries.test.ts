import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The borders eslint.config.js keeps, proven on small samples linted as if they were files of the
 * project (lintText with a filePath: the file need not exist, the folder decides the rules).
 * Renderer layers: app/ → features/<name>/ (each other only through index.ts) → navigation/,
 * api/, state/, ui/, forms/, lib/, i18n/. shared/ runs in every process: no DOM, no node.
 */
const repo = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repo });
});

/** The messages of the import and global rules for `code` placed at `file`. */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) });
  expect(result!.filePath).toBe(path.join(repo, file));
  return result!.messages
    .filter((m) => m.fatal || ['no-restricted-imports', 'no-restricted-globals', '@typescript-eslint/no-restricted-types'].includes(m.ruleId ?? ''))
    .map((m) => `${m.ruleId?.replace('@typescript-eslint/', '')}: ${m.message}`);
}

const feature = 'renderer/src/features/meetings/Sample.tsx';

describe('renderer layers', () => {
  it('refuse a deep import into another feature', async () => {
    const problems = await boundaryProblems(feature, "import { MemberRow } from '../members/MemberRow';\nexport const x = MemberRow;\n");
    expect(problems).toEqual([expect.stringMatching(/no-restricted-imports: .*through its index\.ts/)]);
    const fromAbove = await boundaryProblems(feature, "import '../../features/contacts/contacts.css';\n");
    expect(fromAbove).toEqual([expect.stringMatching(/through its index\.ts/)]);
  });

  it('refuse a feature importing the shell in app/', async () => {
    const problems = await boundaryProblems(feature, "import { AppShell } from '../../app/AppShell';\nexport const x = AppShell;\n");
    expect(problems).toEqual([expect.stringMatching(/never imports app\//)]);
  });

  it.each([
    ['renderer/src/navigation/Sample.ts', "import { MembersScreen } from '../features/members';"],
    ['renderer/src/ui/Sample.tsx', "import { TripsPage } from '../features/trips/TripsPage';"],
    ['renderer/src/api/Sample.ts', "import { App } from '../app/App';"],
    ['renderer/src/state/Sample.ts', "import { TripWorkspace } from '../app/workspace/TripWorkspace';"],
    ['renderer/src/lib/Sample.ts', "import { paths } from '../features/trips';"],
    ['renderer/src/forms/Sample.ts', "import { ContactPicker } from '../features/contacts';"],
  ])('refuse an upward import from %s', async (file, line) => {
    const problems = await boundaryProblems(file, `${line}\nexport const x = 1;\n`);
    expect(problems).toEqual([expect.stringMatching(/never import a feature or app\//)]);
  });

  it('allow the permitted forms', async () => {
    const featureCode = [
      "import { ContactPicker } from '../contacts';", // another feature, through its index.ts
      "import { MeetingList } from './MeetingList';", // its own files
      "import { paths } from '../../navigation/routes';", // the layers below
      "import { useTripWorkspace } from '../../navigation/workspaceContext';",
      "import { Button } from '../../ui/Button';",
      "import type { Trip } from '../../../../shared/domain/trip';",
      'export const x = [ContactPicker, MeetingList, paths, useTripWorkspace, Button] as unknown as Trip;',
    ].join('\n');
    expect(await boundaryProblems(feature, `${featureCode}\n`)).toEqual([]);
    const shellCode = "import { ChecksNavBadge } from '../../features/checks/ChecksNavBadge';\nimport { TripsPage } from '../../features/trips';\nexport const x = [ChecksNavBadge, TripsPage];\n";
    expect(await boundaryProblems('renderer/src/app/workspace/Sample.tsx', shellCode)).toEqual([]);
    const navigationCode = "import { useQuery } from '../api/query';\nimport { i18next } from '../i18n';\nexport const x = [useQuery, i18next];\n";
    expect(await boundaryProblems('renderer/src/navigation/Sample.ts', navigationCode)).toEqual([]);
  });

  it('still refuse node and electron in the renderer, in every layer', async () => {
    for (const file of [feature, 'renderer/src/navigation/Sample.ts', 'renderer/src/app/Sample.tsx']) {
      const problems = await boundaryProblems(file, "import fs from 'node:fs';\nexport const x = fs;\n");
      expect(problems).toEqual([expect.stringMatching(/runs sandboxed in a browser/)]);
    }
  });
});

describe('shared/', () => {
  it.each(['document', 'window'])('refuses the DOM global %s', async (global) => {
    const problems = await boundaryProblems('shared/sample.ts', `export const title = (): unknown => ${global};\n`);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`no-restricted-globals: Unexpected use of '${global}'`))]);
  });

  it('refuses a DOM type, which the type check lets through as an empty stub', async () => {
    for (const file of ['shared/sample.ts', 'shared/documents/Sample.tsx']) {
      const problems = await boundaryProblems(file, 'export const focusField = (field: HTMLInputElement): unknown => field;\n');
      expect(problems).toEqual([expect.stringMatching(/no-restricted-types: .*no DOM types/)]);
    }
  });

  it('refuses node and renderer imports, and allows pure ones', async () => {
    const impure = await boundaryProblems('shared/sample.ts', "import fs from 'node:fs';\nimport { App } from '../renderer/src/app/App';\nexport const x = [fs, App];\n");
    expect(impure).toHaveLength(2);
    const pure = await boundaryProblems('shared/sample.ts', "import { z } from 'zod';\nimport { addDays } from 'date-fns/addDays';\nexport const x = [z, addDays];\n");
    expect(pure).toEqual([]);
  });

  it("refuses date-fns's index in code Node starts, which resolves every module through its exports map", async () => {
    for (const file of ['shared/sample.ts', 'core/sample.ts']) {
      const problems = await boundaryProblems(file, "import { addDays } from 'date-fns';\nimport { sv } from 'date-fns/locale';\nexport const x = [addDays, sv];\n");
      expect(problems).toEqual([expect.stringMatching(/no-restricted-imports/), expect.stringMatching(/no-restricted-imports/)]);
    }
  });
});
