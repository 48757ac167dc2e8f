import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFromLocales } from '../../renderer/src/i18n/languages';

/**
 * Every UI string exists in Swedish and English, namespace by namespace (a key missing in one
 * language would show the other language, or the raw key, to someone).
 */
const i18nDir = path.resolve(import.meta.dirname, '../../renderer/src/i18n');
const LANGUAGES = ['sv', 'en'] as const;

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const keys = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) keys.set(k, v);
    }
  } else {
    keys.set(prefix, value);
  }
  return keys;
}

/** Plural forms ('count_one', 'count_other') count as one key, 'count'. */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

function load(language: string, namespace: string): Map<string, unknown> {
  return flatten(JSON.parse(readFileSync(path.join(i18nDir, language, `${namespace}.json`), 'utf8')));
}

const namespaces = readdirSync(path.join(i18nDir, 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

describe('UI strings', () => {
  it('have the same namespaces in every language', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(path.join(i18nDir, language))
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.replace(/\.json$/, ''))
        .sort();
      expect(files, language).toEqual(namespaces);
    }
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'trips', 'overview', 'programme', 'members', 'meetings', 'contacts', 'search', 'settings']));
  });

  it('are all registered in resources.ts', () => {
    const source = readFileSync(path.join(i18nDir, 'resources.ts'), 'utf8');
    for (const language of LANGUAGES) {
      for (const namespace of namespaces) {
        expect(source, `${language}/${namespace}.json`).toContain(`./${language}/${namespace}.json`);
      }
    }
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const sv = load('sv', namespace);
    const en = load('en', namespace);

    it('has every key in both Swedish and English', () => {
      const svKeys = [...new Set([...sv.keys()].map(baseKey))].sort();
      const enKeys = [...new Set([...en.keys()].map(baseKey))].sort();
      expect(svKeys.filter((key) => !enKeys.includes(key)), 'in sv but not in en').toEqual([]);
      expect(enKeys.filter((key) => !svKeys.includes(key)), 'in en but not in sv').toEqual([]);
    });

    it('has non-empty strings only', () => {
      for (const [language, keys] of [
        ['sv', sv],
        ['en', en],
      ] as const) {
        for (const [key, value] of keys) {
          expect(typeof value === 'string' && value.trim().length > 0, `${language} ${namespace}:${key}`).toBe(true);
        }
      }
    });

    it('uses the same {{placeholders}} in both languages', () => {
      const placeholders = (value: unknown) => [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      for (const [key, value] of en) {
        if (!sv.has(key)) continue;
        expect(placeholders(sv.get(key)), `${namespace}:${key}`).toEqual(placeholders(value));
      }
    });

    it('has both plural forms wherever one is used', () => {
      for (const keys of [sv, en]) {
        for (const key of keys.keys()) {
          if (key.endsWith('_one')) expect(keys.has(key.replace(/_one$/, '_other')), key).toBe(true);
          if (key.endsWith('_other')) expect(keys.has(key.replace(/_other$/, '_one')), key).toBe(true);
        }
      }
    });
  });
});

describe('languageFromLocales', () => {
  it.each([
    [['sv-SE', 'en-US'], 'sv'],
    [['sv'], 'sv'],
    [['sv-FI'], 'sv'],
    [['en-GB', 'sv-SE'], 'en'],
    [['de-DE', 'sv-SE'], 'sv'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected);
  });
});
