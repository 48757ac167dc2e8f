import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useFieldErrors } from '../../forms/fieldErrors';
import { Badge } from '../../ui/Badge';
import { Button, IconButton } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { FieldError } from '../../ui/fields';
import { newFollowUp, openCount, type MeetingFormValues } from './formValues';

/**
 * Follow-up actions: what was promised, who does it, by when, and a box to tick it off. Rows
 * are added and removed here; the whole list is saved with the meeting (autosave).
 */
export function FollowUpsField({ form }: { form: UseFormReturn<MeetingFormValues, unknown, unknown> }) {
  const { t } = useTranslation('meetings');
  const errorOf = useFieldErrors(form);
  const { control, register } = form;
  // keyName: our follow-ups have their own `id`, which must survive (ticked-off state, merges).
  const rows = useFieldArray<MeetingFormValues, 'followUps', 'key', unknown>({ control, name: 'followUps', keyName: 'key' });
  const values = useWatch({ control, name: 'followUps' });
  const open = openCount(values ?? []);

  return (
    <section className="meeting-section" aria-labelledby="meeting-followups-title" data-testid="follow-ups">
      <header className="meeting-section-header">
        <h3 id="meeting-followups-title" className="meeting-section-title">
          {t('sections.followUps')}
        </h3>
        {rows.fields.length > 0 ? (
          <Badge tone={open > 0 ? 'warning' : 'success'}>
            <span data-testid="open-follow-ups">
              {open > 0 ? t('followUps.openCount', { count: open }) : t('followUps.allDone')}
            </span>
          </Badge>
        ) : null}
      </header>
      {rows.fields.length === 0 ? <p className="form-note">{t('followUps.none')}</p> : null}
      {rows.fields.length > 0 ? (
        <ol className="follow-up-list" aria-label={t('sections.followUps')}>
          {rows.fields.map((row, index) => {
            const n = index + 1;
            const done = values?.[index]?.done ?? false;
            const textError = errorOf(`followUps.${index}.text`);
            const base = `follow-up-${row.key}`;
            return (
              <li key={row.key} className={['follow-up', done ? 'is-done' : ''].filter(Boolean).join(' ')} data-testid="follow-up">
                <input
                  type="checkbox"
                  className="checkbox follow-up-check"
                  aria-label={t('followUps.doneLabel', { n })}
                  title={t('followUps.columns.done')}
                  {...register(`followUps.${index}.done`)}
                />
                <div className="follow-up-main">
                  <input
                    id={`${base}-text`}
                    className="input follow-up-text"
                    aria-label={t('followUps.textLabel', { n })}
                    aria-invalid={textError ? true : undefined}
                    aria-describedby={textError ? `${base}-text-error` : undefined}
                    placeholder={t('followUps.textPlaceholder')}
                    autoComplete="off"
                    {...register(`followUps.${index}.text`)}
                  />
                  <FieldError id={`${base}-text-error`} error={textError} />
                  <div className="follow-up-meta">
                    <label className="follow-up-inline" htmlFor={`${base}-owner`}>
                      <span className="follow-up-inline-label" aria-hidden>
                        {t('followUps.columns.owner')}
                      </span>
                      <input
                        id={`${base}-owner`}
                        className="input input-sm"
                        aria-label={t('followUps.ownerLabel', { n })}
                        placeholder={t('followUps.ownerPlaceholder')}
                        autoComplete="off"
                        {...register(`followUps.${index}.owner`)}
                      />
                    </label>
                    <div className="follow-up-inline follow-up-due">
                      <span className="follow-up-inline-label" aria-hidden>
                        {t('followUps.columns.due')}
                      </span>
                      <DateField
                        id={`${base}-due`}
                        size="sm"
                        label={t('followUps.dueLabel', { n })}
                        hideLabel
                        error={errorOf(`followUps.${index}.dueDate`)}
                        {...register(`followUps.${index}.dueDate`, { setValueAs: (v: string | null) => v || null })}
                      />
                    </div>
                  </div>
                </div>
                <IconButton
                  size="sm"
                  icon={Trash2}
                  variant="danger"
                  label={t('followUps.removeLabel', { n })}
                  onClick={() => rows.remove(index)}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button
        size="sm"
        icon={Plus}
        className="follow-up-add"
        onClick={() => rows.append(newFollowUp(), { focusName: `followUps.${rows.fields.length}.text` })}
      >
        {t('followUps.add')}
      </Button>
    </section>
  );
}
