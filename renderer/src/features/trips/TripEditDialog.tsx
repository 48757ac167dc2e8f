import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/domain/trip';
import { TripPatch } from '../../../../shared/domain/trip';
import { useMutation } from '../../api/mutation';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SaveStatus } from '../../ui/SaveStatus';
import { tripToForm, type TripFormValues } from './formValues';
import { TripFormFields } from './TripFormFields';

/**
 * Edit a trip's details. Autosaves (useAutosaveForm): no Save button; the header says
 * "Saved", and Done (or Esc) saves anything pending on the way out.
 */
export function TripEditDialog({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation('trips');
  const update = useMutation('trips:update');
  const { form, saveState, flush } = useAutosaveForm<TripFormValues>({
    schema: TripPatch,
    values: tripToForm(trip),
    save: (patch) => update.mutate({ id: trip.id, patch }),
  });
  const done = async () => {
    await flush();
    onClose();
  };
  return (
    <Dialog
      open
      onClose={() => void done()}
      title={t('dialog.editTitle')}
      description={trip.title}
      size="lg"
      headerExtra={<SaveStatus state={saveState} />}
      footer={
        <Button variant="primary" onClick={() => void done()}>
          {t('dialog.done')}
        </Button>
      }
    >
      <form noValidate onSubmit={(event) => event.preventDefault()} className="dialog-form">
        <TripFormFields form={form} />
      </form>
    </Dialog>
  );
}
