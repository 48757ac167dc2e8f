import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../navigation/Link';
import { z } from 'zod';
import { LocalDate, RequiredLine } from '../../../../shared/domain/primitives';
import type { TripSummary } from '../../../../shared/domain/trip';
import { addDaysToDate, daysBetween } from '../../../../shared/time/zoned';
import { useMutation } from '../../api/mutation';
import { paths } from '../../navigation/routes';
import { useFieldErrors } from '../../forms/fieldErrors';
import { FormProblem } from '../../forms/FormProblem';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { FormDialog } from '../../ui/Dialog';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/fields';

// The same rules as the contract's DuplicateTripInput, for the two fields the user types.
const DuplicateForm = z.object({ title: RequiredLine(200), startDate: LocalDate });
type DuplicateFormValues = z.input<typeof DuplicateForm>;

/** Duplicate as a template: members, groups, programme and meetings, moved to new dates. */
export function DuplicateTripDialog({ trip, onClose }: { trip: TripSummary; onClose: () => void }) {
  const { t } = useTranslation('trips');
  const dates = useDates();
  const navigate = useNavigate();
  const duplicate = useMutation('trips:duplicate');
  const form = useZodForm<DuplicateFormValues>(DuplicateForm, {
    defaultValues: { title: t('duplicate.defaultTitle', { title: trip.title }), startDate: trip.startDate },
  });
  const errorOf = useFieldErrors(form);
  const startDate = form.watch('startDate');
  const validStart = LocalDate.safeParse(startDate).success;
  const length = daysBetween(trip.startDate, trip.endDate);

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => duplicate.mutate({ id: trip.id, ...values }),
    onSaved: (copy) => {
      toast.show({ message: t('toast.duplicated', { title: copy.title }), tone: 'success' });
      onClose();
      navigate(paths.trip(copy.id, 'overview'));
    },
  });

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t('duplicate.title')}
      description={t('duplicate.description', { title: trip.title })}
      size="sm"
      unsaved={form.formState.isDirty}
      submitLabel={t('duplicate.submit')}
      submitting={duplicate.pending}
      onSubmit={() => void submit()}
    >
      <TextField label={t('duplicate.newTitle')} required error={errorOf('title')} {...form.register('title')} />
      <DateField
        label={t('duplicate.newStartDate')}
        required
        error={errorOf('startDate')}
        hint={
          validStart
            ? t('duplicate.newDates', { dates: dates.range(startDate, addDaysToDate(startDate, length)) })
            : undefined
        }
        {...form.register('startDate')}
      />
      <FormProblem message={problem} />
    </FormDialog>
  );
}
