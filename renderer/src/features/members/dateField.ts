import type { UseFormReturn } from 'react-hook-form';

type DateName = 'passportExpiry' | 'visaExpiry' | 'dateOfBirth';

/**
 * register() for an optional date: an empty field is null. Text the field cannot read reaches the
 * form as UNREADABLE_DATE (ui/typedEntry.ts), which the schema refuses, so autosave waits until it
 * is fixed instead of clearing the saved date.
 */
export function useDateRegistration<V extends Record<DateName, string | null>>(
  form: UseFormReturn<V, unknown, unknown>,
  name: DateName,
) {
  return (form as unknown as UseFormReturn<Record<DateName, string | null>, unknown, unknown>).register(name, {
    setValueAs: (value: unknown) => (typeof value === 'string' && value ? value : null),
  });
}
