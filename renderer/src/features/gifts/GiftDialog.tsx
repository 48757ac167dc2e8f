import { useState } from 'react';
import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Gift, GiftDirection } from '../../../../shared/domain/gift';
import { formatSek, parseSek } from '../../../../shared/money/kronor';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import { useMutation } from '../../api/mutation';
import { translateValidationMessage } from '../../forms/messages';
import type { ApiError } from '../../../../shared/api/result';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { FormDialog } from '../../ui/Dialog';
import { Select, TextArea, TextField } from '../../ui/fields';
import { OrganisationSelect } from '../contacts';
import { GIFT_EXCHANGE_KINDS } from '../../../../shared/checks/rules/gifts';

interface GiftForm {
  direction: GiftDirection;
  date: string;
  itemId: string;
  organisationId: string | null;
  contactId: string;
  description: string;
  value: string;
  holder: string;
  photoAttachmentId: string;
  notes: string;
}

const toForm = (gift: Gift | null, itemId: string | null): GiftForm => ({
  direction: gift?.direction ?? 'given',
  date: gift?.date ?? '',
  itemId: gift?.itemId ?? itemId ?? '',
  organisationId: gift?.organisationId ?? null,
  contactId: gift?.contactId ?? '',
  description: gift?.description ?? '',
  // Shown without "kr" so what the user edits is only the number.
  value: gift?.valueOre === null || gift?.valueOre === undefined ? '' : formatSek(gift.valueOre, 'sv').replace(/\s*kr$/, ''),
  holder: gift?.holder ?? '',
  photoAttachmentId: gift?.photoAttachmentId ?? '',
  notes: gift?.notes ?? '',
});

/** Add or edit one gift of the trip. The value is typed as Swedish kronor ("1 234,50") and stored in öre. */
export function GiftDialog({
  workspace,
  gift,
  itemId = null,
  onClose,
  onDelete,
}: {
  workspace: TripWorkspace;
  /** null: a new gift. */
  gift: Gift | null;
  /** A new gift for this item (from a finding or a meeting). */
  itemId?: string | null;
  onClose: () => void;
  /** Editing: delete the gift (undoable). */
  onDelete?: () => void;
}) {
  const { t } = useTranslation('gifts');
  const [form, setForm] = useState<GiftForm>(() => toForm(gift, itemId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation('gifts:create');
  const update = useMutation('gifts:update');
  const set = <K extends keyof GiftForm>(key: K, value: GiftForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const items = workspace.items.filter((i) => GIFT_EXCHANGE_KINDS.includes(i.kind) || i.id === form.itemId);
  const photos = workspace.attachments.filter((a) => a.mediaType.startsWith('image/') || a.id === form.photoAttachmentId);

  const submit = async () => {
    const value = form.value.trim() === '' ? null : parseSek(form.value);
    if (value && !value.ok) {
      setErrors({ valueOre: t('errors.value') });
      return;
    }
    const fields = {
      direction: form.direction,
      date: form.date || null,
      itemId: form.itemId || null,
      organisationId: form.organisationId,
      contactId: form.contactId || null,
      description: form.description,
      valueOre: value ? value.ore : null,
      holder: form.holder,
      photoAttachmentId: form.photoAttachmentId || null,
      notes: form.notes,
    };
    const result = gift
      ? await update.mutate({ id: gift.id, patch: fields })
      : await create.mutate({ tripId: workspace.trip.id, ...fields });
    if (!result.ok) {
      const byField = fieldErrors(result.error);
      setErrors(byField);
      if (Object.keys(byField).length === 0) toast.show({ tone: 'error', message: result.error.message });
      return;
    }
    toast.show({ message: t('toast.saved') });
    onClose();
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      title={gift ? t('dialog.editTitle') : t('dialog.createTitle')}
      submitLabel={gift ? t('dialog.save') : t('dialog.create')}
      submitting={create.pending || update.pending}
      unsaved={!gift && form.description.trim() !== ''}
      discardQuestion={t('dialog.discard')}
      onSubmit={() => void submit()}
      size="md"
    >
      <div className="gift-form-grid">
        <Select label={t('fields.direction')} value={form.direction} onChange={(e) => set('direction', e.target.value as GiftDirection)}>
          <option value="given">{t('direction.given')}</option>
          <option value="received">{t('direction.received')}</option>
        </Select>
        <TextField label={t('fields.date')} type="date" value={form.date} onChange={(e) => set('date', e.target.value)} error={errors.date} />
      </div>
      <TextField
        label={t('fields.description')}
        required
        value={form.description}
        onChange={(e) => set('description', e.target.value)}
        error={errors.description}
        data-autofocus
      />
      <Select label={t('fields.item')} value={form.itemId} onChange={(e) => set('itemId', e.target.value)} error={errors.itemId}>
        <option value="">{t('fields.itemNone')}</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {`${i.startLocal.slice(0, 10)} ${i.title}`}
          </option>
        ))}
      </Select>
      <div className="gift-form-grid">
        <OrganisationSelect
          label={t('fields.organisation')}
          value={form.organisationId}
          onChange={(id) => set('organisationId', id)}
          noneLabel={t('fields.organisationNone')}
          error={errors.organisationId}
        />
        <Select label={t('fields.contact')} value={form.contactId} onChange={(e) => set('contactId', e.target.value)} error={errors.contactId}>
          <option value="">{t('fields.contactNone')}</option>
          {workspace.contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nativeName ? `${c.name} ${c.nativeName}` : c.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="gift-form-grid">
        <TextField
          label={t('fields.value')}
          hint={t('fields.valueHint')}
          inputMode="decimal"
          value={form.value}
          onChange={(e) => set('value', e.target.value)}
          error={errors.valueOre}
        />
        <TextField label={t('fields.holder')} value={form.holder} onChange={(e) => set('holder', e.target.value)} error={errors.holder} />
      </div>
      <Select label={t('fields.photo')} value={form.photoAttachmentId} onChange={(e) => set('photoAttachmentId', e.target.value)}>
        <option value="">{t('fields.photoNone')}</option>
        {photos.map((a) => (
          <option key={a.id} value={a.id}>
            {a.fileName}
          </option>
        ))}
      </Select>
      <TextArea label={t('fields.notes')} value={form.notes} onChange={(e) => set('notes', e.target.value)} error={errors.notes} />
      {onDelete ? (
        <div className="gift-delete">
          <Button variant="danger" size="sm" icon={Trash2} onClick={onDelete}>
            {t('delete')}
          </Button>
        </div>
      ) : null}
    </FormDialog>
  );
}

/** The core's issues by field name (update paths start with 'patch'), translated. */
function fieldErrors(error: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const field = issue.path.filter((p) => p !== 'patch')[0];
    if (typeof field === 'string' && !out[field]) out[field] = translateValidationMessage(issue.message);
  }
  return out;
}
