import { useMemo } from 'react';
import { Copy, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ItemPatch, type Item } from '../../../../shared/domain/item';
import { useMutation } from '../../api/mutation';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SaveStatus } from '../../ui/SaveStatus';
import { detailsFromForm, itemToForm, type ItemFormValues } from './formValues';
import { ItemFormFields, type ItemFormContext } from './ItemFormFields';
import { KIND_ICONS } from './kinds';
import { OutcomeFields } from './OutcomeFields';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import { SEATED_KINDS } from '../../../../shared/seating/plan';
import { SeatingPanel } from '../seating';
import { AttachmentsPanel } from '../attachments';
import { ChangedBy } from '../sync';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { useAfterFirstPaint } from '../../lib/useAfterFirstPaint';

/**
 * Edit an item in a side sheet beside the programme. Autosaves (useAutosaveForm): no Save
 * button; the header says "Saved", and Done (or Esc) saves anything pending on the way out.
 * The sheet is not modal: nothing typed can be lost, so the programme stays scrollable and
 * clicking another card opens that item here (the caller keys the sheet by item).
 */
export function ItemEditDialog({
  item,
  workspace,
  context,
  onClose,
  onDelete,
  onDuplicate,
}: {
  item: Item;
  /** For the seating plan: who attends, the meeting's counterparts in their order. */
  workspace: TripWorkspace;
  context: ItemFormContext;
  onClose: () => void;
  onDelete: (item: Item) => void;
  onDuplicate: (item: Item) => void;
}) {
  const { t } = useTranslation(['programme', 'common']);
  const update = useMutation('items:update');
  const values = useMemo(() => itemToForm(item), [item]);
  const { form, saveState, flush } = useAutosaveForm<ItemFormValues>({
    schema: ItemPatch,
    values,
    save: (patch) =>
      update.mutate({
        id: item.id,
        patch: patch.details ? { ...patch, details: detailsFromForm(patch.details) } : patch,
      }),
  });
  const done = async () => {
    await flush();
    onClose();
  };
  const Icon = KIND_ICONS[item.kind];
  const { attachments } = useTripWorkspace().workspace;
  // What answers the click; the other sections and panels come right after that frame is painted
  // (the sheet's 160 ms fade hides the step).
  const painted = useAfterFirstPaint();

  return (
    <Dialog
      open
      onClose={() => void done()}
      title={t('editor.editTitle')}
      description={
        <span className="item-sheet-subtitle">
          <Icon aria-hidden />
          {item.title}
        </span>
      }
      className="item-sheet"
      modal={false}
      headerExtra={<SaveStatus state={saveState} />}
      footer={
        <>
          <Button
            variant="ghost"
            icon={Trash2}
            className="item-sheet-delete"
            onClick={async () => {
              await flush();
              onDelete(item);
            }}
          >
            {t('actions.delete')}
          </Button>
          <Button
            icon={Copy}
            onClick={async () => {
              await flush();
              onDuplicate(item);
            }}
          >
            {t('actions.duplicate')}
          </Button>
          <Button variant="primary" onClick={() => void done()}>
            {t('common:actions.done')}
          </Button>
        </>
      }
    >
      <ChangedBy id={item.id} />
      <form noValidate onSubmit={(event) => event.preventDefault()} className="dialog-form">
        <ItemFormFields form={form} mode="edit" context={context} itemId={item.id} onlyWhat={!painted} />
      </form>
      {painted ? (
        <>
          <OutcomeFields item={item} />
          {(SEATED_KINDS as readonly string[]).includes(item.kind) || item.seating ? (
            <section className="item-seating" aria-labelledby={`seating-${item.id}`}>
              <h3 id={`seating-${item.id}`}>{t('seating.heading')}</h3>
              <SeatingPanel item={item} workspace={workspace} />
            </section>
          ) : null}
          <AttachmentsPanel owner={{ tripId: item.tripId, itemId: item.id }} attachments={attachments.filter((a) => a.itemId === item.id)} />
        </>
      ) : null}
    </Dialog>
  );
}
