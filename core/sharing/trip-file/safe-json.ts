import { ServiceError } from '../../services/errors';
import { MAX_TRIP_FILE_CHARS } from '../../../shared/sharing/types';

/** Deepest nesting of arrays and objects a trip file needs is 5 (file → items → item → details); 32 is generous. */
export const MAX_JSON_DEPTH = 32;

/** Keys that could reach an object's prototype if some later code merged objects carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parse untrusted JSON text with limits checked BEFORE the parser runs, so a hostile file cannot
 * exhaust memory or the stack: the length, then the nesting depth (a linear scan that never
 * recurses), then JSON.parse, then a walk that refuses prototype-polluting keys.
 * Every refusal is a ServiceError('invalid_input') whose message says what is wrong.
 */
export function parseJsonSafely(text: string, what = 'The trip file'): unknown {
  if (text.length > MAX_TRIP_FILE_CHARS) {
    throw refuse(`${what} is too large (${megabytes(text.length)}; at most ${megabytes(MAX_TRIP_FILE_CHARS)})`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw refuse(`${what} is empty`);
  const depth = maxDepth(body);
  if (depth > MAX_JSON_DEPTH) {
    throw refuse(`${what} is nested too deeply (more than ${MAX_JSON_DEPTH} levels): it is not a trip file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw refuse(`${what} is not valid JSON${describeSyntaxError(error, body)}`);
  }
  const forbidden = forbiddenKey(value);
  if (forbidden) throw refuse(`${what} contains the key "${forbidden}", which is never part of a trip file: refused`);
  return value;
}

/**
 * The first prototype-polluting key anywhere in parsed JSON. JSON.parse makes "__proto__" an
 * ordinary own property (harmless by itself), but code that later merges objects could turn it
 * into a prototype change, so such files are refused outright. Walks with its own stack (the
 * depth is already bounded); faster than a JSON.parse reviver on large files.
 */
function forbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v !== null && typeof v === 'object') stack.push(v);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  return undefined;
}

/**
 * Deepest nesting of [ and { outside strings. Linear and iterative, so it is safe on any input;
 * it stops counting once the limit is passed. A string is skipped to its closing quote with
 * indexOf (a quote after an odd run of backslashes is escaped): most of a trip file is text,
 * and stepping through it a character at a time took longer than JSON.parse.
 */
export function maxDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = closingQuote(text, i);
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > MAX_JSON_DEPTH) return deepest;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return deepest;
}

/** Index of the quote that closes the string opened at `open`; the text's length when none does. */
function closingQuote(text: string, open: number): number {
  let quote = open;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote === -1) return text.length;
    let backslash = quote - 1;
    while (text.charCodeAt(backslash) === 0x5c /* \ */) backslash--;
    if ((quote - 1 - backslash) % 2 === 0) return quote;
  }
}

/** ": unexpected end at line 120 (the file may be cut off)" and the like, from V8's message. */
function describeSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|Unterminated string/i.test(message)) return ': it ends too early (the file may be cut off)';
  const position = /position (\d+)/.exec(message);
  // A file cut off inside an escape or a number fails with another message at its very end.
  if (position && Number(position[1]) >= text.trimEnd().length - 1) return ': it ends too early (the file may be cut off)';
  if (position) {
    const offset = Number(position[1]);
    const line = text.slice(0, offset).split('\n').length;
    return ` (problem at line ${line}): it may be damaged or not a trip file`;
  }
  return ': it may be damaged or not a trip file';
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

function refuse(message: string): ServiceError {
  return new ServiceError('invalid_input', message);
}
