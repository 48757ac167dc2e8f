import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { ParseResult } from '../../../shared/time/typed';

/**
 * What a date or time field holds in its form while its text cannot be read ("31/2", "kl 25"):
 * a value no schema accepts, so neither a dialog nor autosave can store the old value (or
 * nothing) while the user's text is still on the screen; the field keeps showing that text with
 * its own message. The date ones are shaped like values, so code that slices dates
 * ('startLocal.slice(0, 10)') keeps working; 00:00 is a real time, so the time one cannot be.
 */
export const UNREADABLE_DATE = '0000-00-00';
export const UNREADABLE_TIME = '--:--';
export const UNREADABLE_DATE_TIME = `${UNREADABLE_DATE}T00:00`;

/**
 * What the field gives react-hook-form as its element: `register()`'s ref reads and writes
 * `value` (our 'YYYY-MM-DD'/'HH:mm', never the text shown) and calls focus() on an error.
 */
export interface EntryHandle {
  readonly name: string;
  /** Makes react-hook-form read the value from this handle (and apply setValueAs). */
  readonly type: 'text';
  value: string;
  focus: () => void;
}

/** The event our onChange and onBlur receive: `event.currentTarget.value` is the value. */
export interface EntryEvent {
  type: 'change' | 'blur';
  target: EntryHandle;
  currentTarget: EntryHandle;
}

export interface EntryProps {
  name?: string;
  /** Controlled value ('' for none); leave undefined with react-hook-form's register(). */
  value?: string | null;
  onChange?: (event: EntryEvent) => void;
  onBlur?: (event: EntryEvent) => void;
  ref?: Ref<EntryHandle>;
}

interface EntryOptions extends EntryProps {
  read: (text: string) => ParseResult<string>;
  show: (value: string) => string;
  unreadable: string;
  /** The message for text that cannot be read, in the app's language. */
  messageFor: (error: 'unreadable' | 'noSuchDate' | 'noSuchTime', text: string) => string;
}

/**
 * A text input that means a value: what the user types stays as typed until blur or Enter, then
 * it is read, shown normalised in the app's language, and given to the form. Unreadable text
 * stays, with a message, and the form gets `unreadable`.
 */
export function useTypedEntry({ name = '', value, onChange, onBlur, ref, read, show, unreadable, messageFor }: EntryOptions) {
  const display = useCallback((v: string | null | undefined) => (v && v !== unreadable ? show(v) : ''), [show, unreadable]);
  const committed = useRef(value ?? '');
  const [text, setText] = useState(() => display(value));
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement | null>(null);

  // A value from outside (the form's defaults, a reset, another field) replaces the text; our own
  // "unreadable" marker coming back keeps the text the user is fixing.
  const accept = useCallback(
    (next: string | null | undefined) => {
      committed.current = next ?? '';
      if (committed.current === unreadable) return;
      setText(display(next));
      setError(undefined);
    },
    [display, unreadable],
  );

  const handle = useMemo<EntryHandle>(
    () => ({
      name,
      type: 'text',
      get value() {
        return committed.current;
      },
      set value(next: string) {
        accept(next);
      },
      focus: () => input.current?.focus(),
    }),
    [name, accept],
  );
  useImperativeHandle(ref, () => handle, [handle]);

  useLayoutEffect(() => {
    if (value !== undefined) accept(value);
  }, [value, accept]);
  // The app's language changed: show the same value in the new format (unless it is being fixed).
  useLayoutEffect(() => {
    if (committed.current !== unreadable) setText(display(committed.current));
  }, [display, unreadable]);

  const emit = (next: string) => {
    if (next === committed.current) return;
    committed.current = next;
    onChange?.({ type: 'change', target: handle, currentTarget: handle });
  };

  /** Read the text; returns true when what is shown changed (normalised, or an error). */
  const commit = (raw = text): boolean => {
    const result = read(raw);
    if (result.ok || result.error === 'empty') {
      const next = result.ok ? result.value : '';
      setError(undefined);
      setText(display(next));
      emit(next);
      return display(next) !== raw;
    }
    // The message quotes what was typed, shortened (a pasted paragraph must not fill the form).
    const typed = raw.trim();
    setError(messageFor(result.error, typed.length > 40 ? `${typed.slice(0, 40)}…` : typed));
    emit(unreadable);
    return true;
  };

  /** A value chosen elsewhere (the calendar): shown and given to the form at once. */
  const choose = (next: string) => {
    setError(undefined);
    setText(display(next));
    emit(next);
  };

  const inputProps = {
    ref: input,
    name: name || undefined,
    value: text,
    type: 'text' as const,
    autoComplete: 'off',
    spellCheck: false,
    onChange: (event: { currentTarget: HTMLInputElement }) => setText(event.currentTarget.value),
    onBlur: () => {
      commit();
      onBlur?.({ type: 'blur', target: handle, currentTarget: handle });
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      // Enter first shows what was understood; a second Enter (nothing new) submits the form.
      if (event.key === 'Enter' && commit()) event.preventDefault();
    },
  };

  return { text, error, commit, choose, inputProps, input, committed };
}
