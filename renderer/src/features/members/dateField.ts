import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';

/**
 * What the form holds while a date input shows something that is not a date (31 February):
 * the browser then reports an empty value, which would silently clear the saved date. This
 * placeholder has the date format but no such day, so the schema says "There is no such date"
 * under the field and autosave waits until it is fixed.
 */
export const IMPOSSIBLE_DATE = '0000-00-00';

type DateName = 'passportExpiry' | 'visaExpiry';

/**
 * register() for an optional date: empty → null, an impossible entry → IMPOSSIBLE_DATE.
 * A date input fires no event while its value stays empty, so typing 31/02/2027 into an empty
 * field would go unnoticed; the key handler tells the form whenever the entry turns (in)valid.
 */
export function useDateRegistration<V extends Record<DateName, string | null>>(
  form: UseFormReturn<V, unknown, unknown>,
  name: DateName,
) {
  const element = useRef<HTMLInputElement | null>(null);
  const wasBad = useRef(false);
  const registration = (form as unknown as UseFormReturn<Record<DateName, string | null>, unknown, unknown>).register(name, {
    setValueAs: (value: unknown) => {
      wasBad.current = element.current?.validity.badInput ?? false;
      return wasBad.current ? IMPOSSIBLE_DATE : typeof value === 'string' && value ? value : null;
    },
  });
  const { ref, onChange } = registration;
  const setRef = useCallback(
    (node: HTMLInputElement | null) => {
      element.current = node;
      ref(node);
    },
    [ref],
  );
  const onKeyUp = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      const node = event.currentTarget;
      // react-hook-form reads the value from the element (through setValueAs above).
      if (node.validity.badInput !== wasBad.current) void onChange({ target: node, type: 'change' });
    },
    [onChange],
  );
  return { ...registration, ref: setRef, onKeyUp };
}
