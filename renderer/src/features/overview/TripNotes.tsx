import { useTranslation } from 'react-i18next';
import { TripPatch, type Trip } from '../../../../shared/domain/trip';
import { useMutation } from '../../api/mutation';
import { useFieldErrors } from '../../forms/fieldErrors';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { TextArea } from '../../ui/fields';
import { SaveStatus } from '../../ui/SaveStatus';

interface NotesFormValues {
  notes: string;
}

/**
 * The trip's internal notes, edited in place with autosave (the trip form has every other field;
 * notes are long free text that organisers add to as they go).
 */
export function TripNotes({ trip }: { trip: Trip }) {
  const { t } = useTranslation('overview');
  const update = useMutation('trips:update');
  const { form, saveState } = useAutosaveForm<NotesFormValues>({
    schema: TripPatch,
    values: { notes: trip.notes },
    save: (patch) => update.mutate({ id: trip.id, patch }),
  });
  const errorOf = useFieldErrors(form);
  return (
    <section className="card overview-notes" aria-labelledby="overview-notes">
      <h2 id="overview-notes" className="card-title">
        {t('notes.heading')}
      </h2>
      <form noValidate onSubmit={(event) => event.preventDefault()} className="overview-notes-form">
        <TextArea
          label={t('notes.label')}
          hideLabel
          hint={t('notes.hint')}
          rows={10}
          error={errorOf('notes')}
          {...form.register('notes')}
        />
        <SaveStatus state={saveState} />
      </form>
    </section>
  );
}
