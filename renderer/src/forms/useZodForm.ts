import { useForm, type DefaultValues, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';

/**
 * A react-hook-form form validated by a domain zod schema as you type (mode 'onChange'), for
 * forms that create something and so have a submit button (a create dialog). Editing an
 * existing entity uses useAutosaveForm instead.
 *
 * Cross-field rules (end date before start date) report on one field; register the other
 * with `deps` so it re-validates: `register('startDate', { deps: ['endDate'] })`.
 */
export function useZodForm<V extends FieldValues>(
  schema: z.ZodType,
  options: Omit<UseFormProps<V, unknown, unknown>, 'resolver' | 'defaultValues'> & { defaultValues: V },
): UseFormReturn<V, unknown, unknown> {
  return useForm<V, unknown, unknown>({
    mode: 'onChange',
    reValidateMode: 'onChange',
    ...options,
    defaultValues: options.defaultValues as DefaultValues<V>,
    resolver: zodResolver(schema as never) as never,
  });
}
