import { between, pick, type Random } from './random';

/**
 * Seeded mutations of a valid .delegation file, for the fuzz tests: byte-level damage (as a
 * broken disk, a truncated download or a text editor would do it) and structure-aware changes
 * (as someone editing the JSON by hand, or crafting it, would do it).
 */
export interface Mutation {
  name: string;
  content: string;
}

type TextMutator = (random: Random, text: string) => string;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonMutator = (random: Random, root: Json) => Json;

const WEIRD_TEXT = [
  '',
  ' ',
  '\u0000',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u202e\u0645\u0631\u062d\u0628\u0627', // right-to-left override + Arabic
  '\u200b\u200c\u200d\ufeff', // zero-width characters and a BOM
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  '👨‍👩‍👧‍👦🇸🇪🇨🇳',
  '济南市人民政府',
  'Åsa Öberg-Ärlig',
  '\r\n\t',
  '<script>alert(1)</script>',
  "'; DROP TABLE trips; --",
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%s%n%x',
  '2017-02-30',
  '9999-12-31T23:59',
  '0000-00-00',
  'Europe/Stockholm\u0000',
  '00000000-0000-4000-8000-000000000000',
];

const EXTREME_NUMBERS = [0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 1e21];

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'];

// ---- byte level -----------------------------------------------------------------------------

const textMutators: Record<string, TextMutator> = {
  flipBits(random, text) {
    const chars = [...text];
    if (chars.length === 0) return text;
    for (let n = between(random, 1, 8); n > 0; n -= 1) {
      const at = between(random, 0, chars.length - 1);
      chars[at] = String.fromCharCode(chars[at]!.charCodeAt(0) ^ (1 << between(random, 0, 7)));
    }
    return chars.join('');
  },
  deleteRange(random, text) {
    if (text.length === 0) return text;
    const at = between(random, 0, text.length - 1);
    return text.slice(0, at) + text.slice(at + between(random, 1, 200));
  },
  duplicateRange(random, text) {
    const at = between(random, 0, text.length - 1);
    const piece = text.slice(at, at + between(random, 1, 400));
    const to = between(random, 0, text.length);
    return text.slice(0, to) + piece + text.slice(to);
  },
  insertBytes(random, text) {
    const at = between(random, 0, text.length);
    const noise = Array.from({ length: between(random, 1, 20) }, () =>
      random() < 0.3 ? pick(random, ['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', '\ud800']) : String.fromCharCode(between(random, 0, 0xffff)),
    ).join('');
    return text.slice(0, at) + noise + text.slice(at);
  },
  truncate(random, text) {
    return text.slice(0, between(random, 0, text.length - 1));
  },
  replaceToken(random, text) {
    // Swap one JSON literal for another in place: true → null, a number → a string, …
    const tokens = ['true', 'false', 'null', '0', '-1', '""', '[]', '{}', '1e999', 'NaN', 'undefined', '"\\u0000"'];
    const matches = [...text.matchAll(/true|false|null|-?\d+(\.\d+)?/g)];
    if (matches.length === 0) return text;
    const match = pick(random, matches);
    return text.slice(0, match.index) + pick(random, tokens) + text.slice(match.index + match[0].length);
  },
  injectKey(random, text) {
    // Keys JSON.parse would turn into prototype changes if the reader were naive.
    const braces = [...text.matchAll(/\{/g)];
    if (braces.length === 0) return text;
    const at = pick(random, braces).index + 1;
    const value = pick(random, ['{"polluted": true}', '[]', '"x"', 'null', '{"prototype": {"isAdmin": true}}']);
    return `${text.slice(0, at)}"${pick(random, PROTOTYPE_KEYS)}": ${value}, ${text.slice(at)}`;
  },
  bom(random, text) {
    return pick(random, ['\ufeff', '\u0000', '\n\n', '//comment\n']) + text;
  },
};

// ---- structure level ------------------------------------------------------------------------

/** Every [container, key] pair in the tree, for picking a random place to change. */
function places(root: Json): [Json[] | Record<string, Json>, string | number][] {
  const out: [Json[] | Record<string, Json>, string | number][] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push([node, i]);
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        out.push([node, key]);
        walk(node[key]!);
      }
    }
  };
  walk(root);
  return out;
}

function setAt(container: Json[] | Record<string, Json>, key: string | number, value: Json): void {
  (container as Record<string | number, Json>)[key] = value;
}

function randomValue(random: Random): Json {
  switch (between(random, 0, 7)) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick(random, EXTREME_NUMBERS);
    case 3:
      return pick(random, WEIRD_TEXT);
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return [pick(random, WEIRD_TEXT), pick(random, EXTREME_NUMBERS)];
    default:
      return { unexpected: pick(random, WEIRD_TEXT) };
  }
}

/**
 * Deep nesting is spliced in as text after JSON.stringify (a marker string stands in for it), so
 * the fuzzer itself never recurses thousands of levels deep; the reader has to cope with it.
 */
const DEEP_MARKER = /"\\u0000deep:(\d+)"/g;
function nested(depth: number): Json {
  return `\u0000deep:${depth}`;
}
function expandNesting(text: string): string {
  return text.replace(DEEP_MARKER, (_m, depth: string) => {
    const n = Number(depth);
    return `${'{"deeper":['.repeat(n)}"bottom"${']}'.repeat(n)}`;
  });
}

const jsonMutators: Record<string, JsonMutator> = {
  swapType(random, root) {
    const all = places(root);
    if (all.length === 0) return randomValue(random);
    const [container, key] = pick(random, all);
    setAt(container, key, randomValue(random));
    return root;
  },
  hugeString(random, root) {
    const strings = places(root).filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === 'string');
    if (strings.length === 0) return root;
    const [container, key] = pick(random, strings);
    setAt(container, key, pick(random, ['x', '济', '👨‍👩‍👧', 'Å']).repeat(between(random, 10_000, 300_000)));
    return root;
  },
  deepNesting(random, root) {
    const all = places(root);
    if (all.length === 0) return nested(between(random, 10, 50_000));
    const [container, key] = pick(random, all);
    setAt(container, key, nested(between(random, 10, 50_000)));
    return root;
  },
  duplicateId(random, root) {
    const ids = places(root).filter(([c, k]) => /(^id$|Id$)/.test(String(k)) && typeof (c as Record<string, Json>)[k] === 'string');
    if (ids.length < 2) return root;
    const [from, fromKey] = pick(random, ids);
    const [to, toKey] = pick(random, ids);
    setAt(to, toKey, (from as Record<string | number, Json>)[fromKey]!);
    return root;
  },
  numericExtreme(random, root) {
    const numbers = places(root).filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === 'number');
    if (numbers.length === 0) return root;
    const [container, key] = pick(random, numbers);
    setAt(container, key, pick(random, EXTREME_NUMBERS));
    return root;
  },
  unicodeEdge(random, root) {
    const strings = places(root).filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === 'string');
    if (strings.length === 0) return root;
    const [container, key] = pick(random, strings);
    const old = (container as Record<string | number, Json>)[key] as string;
    const weird = pick(random, WEIRD_TEXT);
    setAt(container, key, random() < 0.5 ? weird : old.slice(0, 3) + weird + old.slice(3));
    return root;
  },
  removeKey(random, root) {
    const keyed = places(root).filter(([c]) => !Array.isArray(c));
    if (keyed.length === 0) return root;
    const [container, key] = pick(random, keyed);
    delete (container as Record<string, Json>)[key as string];
    return root;
  },
  addKey(random, root) {
    const objects = places(root)
      .map(([c, k]) => (c as Record<string | number, Json>)[k])
      .filter((v): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v));
    if (objects.length === 0) return root;
    pick(random, objects)[pick(random, ['extra', 'id', 'tripId', 'revision', ...PROTOTYPE_KEYS])] = randomValue(random);
    return root;
  },
  duplicateArrayEntry(random, root) {
    const arrays = places(root)
      .map(([c, k]) => (c as Record<string | number, Json>)[k])
      .filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
    if (arrays.length === 0) return root;
    const array = pick(random, arrays);
    array.push(structuredClone(pick(random, array)));
    return root;
  },
  emptyArray(random, root) {
    const arrays = places(root).filter(([c, k]) => Array.isArray((c as Record<string | number, Json>)[k]));
    if (arrays.length === 0) return root;
    const [container, key] = pick(random, arrays);
    setAt(container, key, []);
    return root;
  },
  topLevel(random) {
    return randomValue(random);
  },
};

/** One seeded mutation of `text` (1–3 mutators, byte or structure level, never a no-op by design). */
export function mutate(random: Random, text: string, parsed: Json): Mutation {
  const names: string[] = [];
  let content = text;
  if (random() < 0.45) {
    for (let n = between(random, 1, 2); n > 0; n -= 1) {
      const name = pick(random, Object.keys(textMutators));
      names.push(name);
      content = textMutators[name]!(random, content);
    }
  } else {
    let root = structuredClone(parsed);
    for (let n = between(random, 1, 3); n > 0; n -= 1) {
      const name = pick(random, Object.keys(jsonMutators));
      names.push(name);
      root = jsonMutators[name]!(random, root);
    }
    content = expandNesting(JSON.stringify(root, null, random() < 0.5 ? 2 : undefined) ?? 'undefined');
  }
  return { name: names.join('+'), content };
}

export type { Json };
