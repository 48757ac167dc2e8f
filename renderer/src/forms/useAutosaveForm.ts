import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApiResult } from '../../../shared/api/result';
import { applyServerIssues, errorAt } from './fieldErrors';
import { translateValidationMessage } from './messages';

/**
 * Autosave for editing an existing entity (no Save button), on react-hook-form (the standard
 * React form library: uncontrolled inputs, so typing does not re-render the whole form) with
 * the domain's zod schema through @hookform/resolvers.
 *
 * - Every keystroke validates (messages next to the fields).
 * - After `debounceMs` without typing, the top-level fields that changed since the last save
 *   and are valid are sent to `save` as one patch. Invalid fields wait until they are fixed.
 *   When a field that did not change is invalid (a cross-field rule such as "end before
 *   start" lands on the other field), nothing is sent until that is fixed either.
 * - Saves never overlap; changes made while one runs are saved right after it.
 * - The core's `issues` are put back onto the fields; the status line says why.
 * - Pending changes are saved at once when the form unmounts (dialog closed, tab switched).
 * - When `values` changes from outside (the save came back, a reload), fields the user has not
 *   touched since the last save follow it; fields being edited are left alone.
 */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** A change waits for the user to fix a field. */
  | { status: 'invalid'; message: string }
  /** The core refused the change or could not be reached. */
  | { status: 'error'; message: string };

export interface AutosaveOptions<V extends FieldValues> {
  /** A zod schema for the form values, usually the domain's patch schema (e.g. TripPatch). */
  schema: z.ZodType;
  /** The entity as it is saved now, in the form's shape. */
  values: V;
  /** Save the changed fields; return the operation's result (its issues map onto fields). */
  save: (patch: Partial<V>) => Promise<ApiResult<unknown>>;
  debounceMs?: number;
}

export interface AutosaveForm<V extends FieldValues> {
  form: UseFormReturn<V, unknown, unknown>;
  saveState: SaveState;
  /** Save pending changes now (e.g. before closing); resolves when saved or refused. */
  flush: () => Promise<void>;
}

export function useAutosaveForm<V extends FieldValues>({
  schema,
  values,
  save,
  debounceMs = 600,
}: AutosaveOptions<V>): AutosaveForm<V> {
  const { t } = useTranslation();
  const form = useForm<V, unknown, unknown>({
    mode: 'onChange',
    reValidateMode: 'onChange',
    // The resolver's types are tied to zod's input/output pair; the form holds the input shape.
    resolver: zodResolver(schema as never) as never,
    defaultValues: values as DefaultValues<V>,
  });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });

  const baseline = useRef<V>(structuredClone(values));
  const timer = useRef<number | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const runAgain = useRef(false);
  const mounted = useRef(true);
  const saveRef = useRef(save);
  saveRef.current = save;
  const tRef = useRef(t);
  tRef.current = t;

  const setState = (state: SaveState) => {
    if (mounted.current) setSaveState(state);
  };

  const run = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) {
      runAgain.current = true;
      return inFlight.current;
    }
    await form.trigger();
    const errors = form.formState.errors;
    const current = form.getValues();
    const keys = Object.keys(current) as (keyof V & string)[];
    const changed = keys.filter((key) => !sameValue(current[key], baseline.current[key]));
    const invalidUnchanged = keys.filter((key) => !changed.includes(key) && hasErrorAt(errors, key));
    const ready = changed.filter((key) => !hasErrorAt(errors, key));
    const waiting = changed.filter((key) => hasErrorAt(errors, key));
    const firstError = [...waiting, ...invalidUnchanged].map((key) => firstMessage(errors, key)).find(Boolean);
    const invalidMessage = firstError
      ? translateValidationMessage(firstError)
      : tRef.current('save.fixFields');

    if (changed.length === 0) return;
    if (ready.length === 0 || invalidUnchanged.length > 0) {
      setState({ status: 'invalid', message: invalidMessage });
      return;
    }
    const patch = structuredClone(Object.fromEntries(ready.map((key) => [key, current[key]]))) as Partial<V>;
    setState({ status: 'saving' });
    const attempt = (async () => {
      const result = await saveRef.current(patch);
      if (result.ok) {
        for (const key of ready) baseline.current[key] = patch[key] as V[typeof key];
        setState(waiting.length ? { status: 'invalid', message: invalidMessage } : { status: 'saved' });
      } else {
        const unmatched = applyServerIssues(form, result.error.issues);
        const message = result.error.issues?.length
          ? translateValidationMessage((unmatched[0] ?? result.error.issues[0])!.message)
          : result.error.message;
        setState({ status: 'error', message });
      }
    })();
    inFlight.current = attempt;
    try {
      await attempt;
    } finally {
      inFlight.current = null;
    }
    if (runAgain.current) {
      runAgain.current = false;
      await run();
    }
  }, [form]);

  // Schedule a save after each change (typing, picking, setValue from a widget).
  useEffect(() => {
    const subscription = form.watch(() => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void run(), debounceMs);
    });
    return () => subscription.unsubscribe();
  }, [form, run, debounceMs]);

  // Save what is pending when the form goes away.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current !== null) void run();
    };
  }, [run]);

  // Follow outside changes in fields the user has not touched since the last save.
  const valuesKey = JSON.stringify(values);
  useEffect(() => {
    const next = JSON.parse(valuesKey) as V;
    const current = form.getValues();
    for (const key of Object.keys(next) as (keyof V & string)[]) {
      const untouched = sameValue(current[key], baseline.current[key]);
      if (untouched && !sameValue(next[key], baseline.current[key])) {
        form.setValue(key as never, next[key] as never, { shouldDirty: false, shouldValidate: false });
      }
      if (untouched) baseline.current[key] = next[key];
    }
  }, [valuesKey, form]);

  const flush = useCallback(() => run(), [run]);
  return { form, saveState, flush };
}

/** Equal for saving purposes: the schemas trim text, so "Jinan " was saved as "Jinan". */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

function hasErrorAt(errors: object, key: string): boolean {
  return (errors as Record<string, unknown>)[key] !== undefined;
}

/** The first message under a top-level key (arrays of objects included). */
function firstMessage(errors: object, key: string): string | undefined {
  const direct = errorAt(errors as never, key);
  if (direct) return direct;
  const visit = (node: unknown): string | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    if ('message' in node && typeof (node as { message: unknown }).message === 'string') return (node as { message: string }).message;
    for (const [k, child] of Object.entries(node)) {
      if (k === 'ref') continue;
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  return visit((errors as Record<string, unknown>)[key]);
}
