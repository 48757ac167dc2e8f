import { useTranslation } from 'react-i18next';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useFieldErrors } from '../../forms/fieldErrors';
import { TextArea, TextField } from '../../ui/fields';
import type { OrganisationFormValues } from './formValues';
import { nativeLanguage } from './NativeName';

/** Every field of an organisation, for the create dialog and the autosaving panel alike. */
export function OrganisationFormFields({
  form,
  compact = false,
}: {
  form: UseFormReturn<OrganisationFormValues, unknown, unknown>;
  /** The create dialog asks for the essentials only; the rest is filled in the panel. */
  compact?: boolean;
}) {
  const { t } = useTranslation('contacts');
  const errorOf = useFieldErrors(form);
  const { register, control } = form;
  const [nativeName, country] = useWatch({ control, name: ['nativeName', 'country'] });
  const nativeLang = nativeLanguage(nativeName, country) ?? 'zh';

  return (
    <div className="form-sections">
      <section className="form-section">
        <div className="form-row">
          <TextField label={t('organisationFields.name')} required autoComplete="off" error={errorOf('name')} {...register('name')} />
          <TextField
            label={t('organisationFields.nativeName')}
            hint={t('organisationHints.nativeName')}
            autoComplete="off"
            lang={nativeLang}
            error={errorOf('nativeName')}
            {...register('nativeName')}
          />
        </div>
        <div className="form-row">
          <TextField label={t('organisationFields.city')} autoComplete="off" error={errorOf('city')} {...register('city')} />
          <TextField
            label={t('organisationFields.country')}
            hint={t('organisationHints.country')}
            maxLength={2}
            autoComplete="off"
            className="field-country"
            error={errorOf('country')}
            {...register('country', { setValueAs: (v: string) => v.toUpperCase() })}
          />
        </div>
      </section>
      {compact ? null : (
        <>
          <section className="form-section" aria-labelledby="organisation-form-reach">
            <h3 id="organisation-form-reach" className="form-section-title">
              {t('sections.reach')}
            </h3>
            <div className="form-row">
              <TextField label={t('organisationFields.phone')} type="tel" error={errorOf('phone')} {...register('phone')} />
              <TextField label={t('organisationFields.website')} type="url" error={errorOf('website')} {...register('website')} />
            </div>
            <TextField label={t('organisationFields.address')} error={errorOf('address')} {...register('address')} />
            <TextField
              label={t('organisationFields.addressLocal')}
              hint={t('organisationHints.addressLocal')}
              lang={nativeLang}
              error={errorOf('addressLocal')}
              {...register('addressLocal')}
            />
          </section>
          <section className="form-section" aria-labelledby="organisation-form-notes">
            <h3 id="organisation-form-notes" className="form-section-title">
              {t('sections.notes')}
            </h3>
            <TextArea label={t('organisationFields.notes')} hideLabel rows={4} error={errorOf('notes')} {...register('notes')} />
          </section>
        </>
      )}
    </div>
  );
}
