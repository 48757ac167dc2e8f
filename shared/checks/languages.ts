import { foldName } from '../text/fold';
import type { AppLanguage } from '../domain/language';

/**
 * Languages for the interpreter check. Language fields hold BCP 47 tags ("zh", "zh-CN", "sv");
 * people also type names ("Chinese", "kinesiska"), so the common ones are understood too.
 * Only the primary subtag counts: Mandarin and Cantonese are both "zh" here.
 */

const NAMES: Record<string, { sv: string; en: string; aliases: string[] }> = {
  sv: { sv: 'svenska', en: 'Swedish', aliases: ['swedish', 'svenska', 'svensk'] },
  en: { sv: 'engelska', en: 'English', aliases: ['english', 'engelska'] },
  zh: { sv: 'kinesiska', en: 'Chinese', aliases: ['chinese', 'kinesiska', 'mandarin', 'cantonese', 'kantonesiska', 'zhongwen', '中文', '汉语', '普通话'] },
  de: { sv: 'tyska', en: 'German', aliases: ['german', 'tyska', 'deutsch'] },
  fr: { sv: 'franska', en: 'French', aliases: ['french', 'franska', 'francais'] },
  es: { sv: 'spanska', en: 'Spanish', aliases: ['spanish', 'spanska', 'espanol'] },
  ru: { sv: 'ryska', en: 'Russian', aliases: ['russian', 'ryska'] },
  ja: { sv: 'japanska', en: 'Japanese', aliases: ['japanese', 'japanska'] },
  ko: { sv: 'koreanska', en: 'Korean', aliases: ['korean', 'koreanska'] },
  fi: { sv: 'finska', en: 'Finnish', aliases: ['finnish', 'finska'] },
  no: { sv: 'norska', en: 'Norwegian', aliases: ['norwegian', 'norska', 'nb', 'nn'] },
  da: { sv: 'danska', en: 'Danish', aliases: ['danish', 'danska'] },
  ar: { sv: 'arabiska', en: 'Arabic', aliases: ['arabic', 'arabiska'] },
  pl: { sv: 'polska', en: 'Polish', aliases: ['polish', 'polska'] },
  vi: { sv: 'vietnamesiska', en: 'Vietnamese', aliases: ['vietnamese', 'vietnamesiska'] },
};

const ALIASES = new Map<string, string>();
for (const [tag, entry] of Object.entries(NAMES)) for (const alias of entry.aliases) ALIASES.set(alias, tag);

/** The primary language subtag of one entry ("zh-Hans-CN" → "zh", "Chinese" → "zh"); null if empty. */
export function normaliseLanguage(entry: string): string | null {
  const folded = foldName(entry);
  if (!folded) return null;
  const alias = ALIASES.get(folded);
  if (alias) return alias;
  const primary = folded.split(/[-_]/)[0]!;
  return ALIASES.get(primary) ?? primary;
}

/**
 * Lists already read, by their text. The interpreter check reads every meeting's and counterpart's
 * languages after each edit, and a trip has only a handful of distinct lists ("zh", "Chinese,
 * English"): folding each part anew was most of that check's cost. Cleared when it grows past
 * PARSED_LIMIT, so typing in a language field cannot grow it without bound.
 */
const parsed = new Map<string, readonly string[]>();
const PARSED_LIMIT = 500;

/** A comma-, semicolon- or space-separated list of languages, normalised and deduplicated. */
export function parseLanguages(text: string): readonly string[] {
  let languages = parsed.get(text);
  if (!languages) {
    const result = new Set<string>();
    for (const part of text.split(/[,;/\s]+/)) {
      const tag = normaliseLanguage(part);
      if (tag) result.add(tag);
    }
    languages = Object.freeze([...result]);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(text, languages);
  }
  return languages;
}

export function languageName(tag: string, lang: AppLanguage): string {
  return NAMES[tag]?.[lang] ?? tag;
}

/**
 * The language of a nationality as people type it ("CN", "Chinese", "Kina", "kinesisk") for the
 * visiting delegation of an incoming trip, whose language the schema does not record. Only
 * unambiguous cases; anything else gives null (and the check says it could not tell).
 */
const NATIONALITY_LANGUAGE: [string, string[]][] = [
  ['sv', ['se', 'swe', 'sweden', 'swedish', 'sverige', 'svensk', 'svenska']],
  ['zh', ['cn', 'chn', 'china', 'chinese', 'kina', 'kinesisk', 'kinesiska', 'prc', '中国', '中国人', 'tw', 'taiwan', 'taiwanese', 'taiwanesisk', 'hk', 'hong kong']],
  ['de', ['de', 'deu', 'germany', 'german', 'tyskland', 'tysk', 'at', 'austria', 'austrian', 'osterrike', 'osterrikisk']],
  ['fr', ['fr', 'fra', 'france', 'french', 'frankrike', 'fransk']],
  ['es', ['es', 'esp', 'spain', 'spanish', 'spanien', 'spansk']],
  ['ru', ['ru', 'rus', 'russia', 'russian', 'ryssland', 'rysk']],
  ['ja', ['jp', 'jpn', 'japan', 'japanese', 'japansk']],
  ['ko', ['kr', 'kor', 'korea', 'south korea', 'korean', 'sydkorea', 'koreansk', 'sydkoreansk']],
  ['fi', ['fi', 'fin', 'finland', 'finnish', 'finsk']],
  ['no', ['no', 'nor', 'norway', 'norwegian', 'norge', 'norsk']],
  ['da', ['dk', 'dnk', 'denmark', 'danish', 'danmark', 'dansk']],
  ['pl', ['pl', 'pol', 'poland', 'polish', 'polen', 'polsk']],
  ['vi', ['vn', 'vnm', 'vietnam', 'vietnamese', 'vietnamesisk']],
  ['en', ['gb', 'gbr', 'uk', 'united kingdom', 'british', 'storbritannien', 'brittisk', 'us', 'usa', 'united states', 'american', 'amerikansk']],
];
const NATIONALITIES = new Map<string, string>();
for (const [tag, names] of NATIONALITY_LANGUAGE) for (const name of names) NATIONALITIES.set(name, tag);

export function nationalityLanguage(nationality: string): string | null {
  return NATIONALITIES.get(foldName(nationality)) ?? null;
}
