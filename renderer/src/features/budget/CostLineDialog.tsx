import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, Payer, type CostLine, type FundingSource } from '../../../../shared/domain/budget';
import { useMutation } from '../../api/mutation';
import { errorAt } from '../../forms/fieldErrors';
import { FormProblem } from '../../forms/FormProblem';
import { translateValidationMessage } from '../../forms/messages';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { DateField } from '../../ui/DateField';
import { FormDialog } from '../../ui/Dialog';
import { Select, TextField } from '../../ui/fields';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { costLineFromForm, costLineToForm, costLineForm, emptyCostLineForm, type CostLineFormValues } from './formValues';
import { BUDGET_INVALIDATES } from './queries';

/** New cost line, or an existing one edited; asks before discarding typed input. */
export function CostLineDialog({ line, sources, onClose }: { line: CostLine | null; sources: readonly FundingSource[]; onClose: () => void }) {
  const { t } = useTranslation('budget');
  const { language } = useDates();
  const { workspace } = useTripWorkspace();
  const create = useMutation('budget:createLine', { invalidates: BUDGET_INVALIDATES });
  const update = useMutation('budget:updateLine', { invalidates: BUDGET_INVALIDATES });
  const form = useZodForm<CostLineFormValues>(costLineForm(language), { defaultValues: line ? costLineToForm(line, language) : emptyCostLineForm() });
  const payer = useWatch({ control: form.control, name: 'payer' });
  const errorOf = (name: keyof CostLineFormValues) => {
    const message = errorAt(form.formState.errors, name);
    if (!message) return undefined;
    return message.startsWith('budget:') ? t(message.slice('budget:'.length) as 'form.amountInvalid') : translateValidationMessage(message);
  };

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => {
      const fields = costLineFromForm(values, language);
      return line ? update.mutate({ id: line.id, patch: fields }) : create.mutate({ tripId: workspace.trip.id, ...fields });
    },
    onSaved: () => {
      toast.show({ message: t('toast.lineSaved'), tone: 'success' });
      onClose();
    },
    fixFieldsMessage: t('form.fixFields'),
  });

  return (
    <FormDialog
      open
      onClose={onClose}
      title={line ? t('form.editLineTitle') : t('form.newLineTitle')}
      description={t('form.lineDescription')}
      unsaved={form.formState.isDirty}
      discardQuestion={t('form.discardLine')}
      submitLabel={line ? t('form.save') : t('form.create')}
      submitting={create.pending || update.pending || form.formState.isSubmitting}
      onSubmit={() => void submit()}
    >
      <div className="form-row">
        <Select label={t('form.category')} {...form.register('category')}>
          {COST_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </Select>
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => (
            <DateField label={t('form.date')} referenceDate={workspace.trip.startDate} error={errorOf('date')} {...field} />
          )}
        />
      </div>
      <TextField label={t('form.description')} error={errorOf('description')} {...form.register('description')} />
      <div className="form-row budget-amounts">
        <TextField label={t('form.planned')} inputMode="decimal" error={errorOf('planned')} {...form.register('planned', { deps: ['actual'] })} />
        <TextField label={t('form.actual')} hint={t('form.actualHint')} inputMode="decimal" error={errorOf('actual')} {...form.register('actual')} />
        <TextField label={t('form.currency')} maxLength={3} error={errorOf('currency')} {...form.register('currency', { deps: ['planned', 'actual'] })} />
        <TextField label={t('form.rate')} hint={t('form.rateHint')} inputMode="decimal" error={errorOf('rate')} {...form.register('rate')} />
      </div>
      <div className="form-row">
        <Select label={t('form.payer')} {...form.register('payer', { deps: ['fundingSourceId'] })}>
          {Payer.options.map((p) => (
            <option key={p} value={p}>
              {t(`payers.${p}`)}
            </option>
          ))}
        </Select>
        {payer === 'grant' ? (
          <Select label={t('form.source')} error={errorOf('fundingSourceId')} {...form.register('fundingSourceId')}>
            <option value="">{t('form.noSource')}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
      <div className="form-row">
        <Select label={t('form.member')} {...form.register('memberId')}>
          <option value="">{t('form.none')}</option>
          {workspace.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
        <Select label={t('form.item')} {...form.register('itemId')}>
          <option value="">{t('form.noItem')}</option>
          {workspace.items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.startLocal.slice(0, 10)} {i.title}
            </option>
          ))}
        </Select>
      </div>
      <FormProblem message={problem} />
    </FormDialog>
  );
}
