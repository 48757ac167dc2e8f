import { useTranslation } from 'react-i18next';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useFieldErrors } from '../../forms/fieldErrors';
import { Select, TextArea, TextField } from '../../ui/fields';
import type { ContactFormValues } from './formValues';
import { CONTACT_ROLES } from './labels';
import { nativeLanguage } from './NativeName';
import { OrganisationSelect } from './OrganisationSelect';
import { useOrganisationIndex } from './queries';

/**
 * Every field of a contact, for the create dialog (submit) and the panel (autosave) alike.
 * `onCreateOrganisation` opens the caller's New organisation dialog (kept outside the form).
 */
export function ContactFormFields({
  form,
  onCreateOrganisation,
  idPrefix,
}: {
  form: UseFormReturn<ContactFormValues, unknown, unknown>;
  onCreateOrganisation: () => void;
  /** Distinguishes section headings when two forms are on screen (dialog over panel). */
  idPrefix: string;
}) {
  const { t } = useTranslation('contacts');
  const errorOf = useFieldErrors(form);
  const { register, control } = form;
  const organisations = useOrganisationIndex();
  const [nativeName, organisationId] = useWatch({ control, name: ['nativeName', 'organisationId'] });
  const country = organisationId ? organisations.get(organisationId)?.country : undefined;
  const nativeLang = nativeLanguage(nativeName, country) ?? 'zh';

  return (
    <div className="form-sections">
      <section className="form-section" aria-labelledby={`${idPrefix}-who`}>
        <h3 id={`${idPrefix}-who`} className="form-section-title">
          {t('sections.who')}
        </h3>
        <div className="form-row">
          <TextField
            label={t('fields.name')}
            hint={t('hints.name')}
            required
            autoComplete="off"
            error={errorOf('name')}
            {...register('name')}
          />
          <TextField
            label={t('fields.nativeName')}
            hint={t('hints.nativeName')}
            autoComplete="off"
            lang={nativeLang}
            inputClassName="input-native"
            error={errorOf('nativeName')}
            {...register('nativeName')}
          />
        </div>
        <div className="form-row">
          <TextField label={t('fields.title')} autoComplete="off" error={errorOf('title')} {...register('title')} />
          <Select label={t('fields.role')} error={errorOf('role')} {...register('role')}>
            {CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </Select>
        </div>
        <Controller
          control={control}
          name="organisationId"
          render={({ field }) => (
            <OrganisationSelect
              label={t('fields.organisation')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              onCreateNew={onCreateOrganisation}
              error={errorOf('organisationId')}
            />
          )}
        />
      </section>

      <section className="form-section" aria-labelledby={`${idPrefix}-reach`}>
        <h3 id={`${idPrefix}-reach`} className="form-section-title">
          {t('sections.reach')}
        </h3>
        <div className="form-row">
          <TextField label={t('fields.phone')} type="tel" autoComplete="off" error={errorOf('phone')} {...register('phone')} />
          <TextField label={t('fields.email')} type="email" autoComplete="off" error={errorOf('email')} {...register('email')} />
        </div>
        <div className="form-row">
          <TextField
            label={t('fields.messaging')}
            hint={t('hints.messaging')}
            autoComplete="off"
            error={errorOf('messaging')}
            {...register('messaging')}
          />
          <TextField
            label={t('fields.languages')}
            hint={t('hints.languages')}
            autoComplete="off"
            error={errorOf('languages')}
            {...register('languages')}
          />
        </div>
        <TextField label={t('fields.address')} autoComplete="off" error={errorOf('address')} {...register('address')} />
      </section>

      <section className="form-section" aria-labelledby={`${idPrefix}-notes`}>
        <h3 id={`${idPrefix}-notes`} className="form-section-title">
          {t('sections.notes')}
        </h3>
        <TextArea label={t('fields.notes')} hideLabel rows={4} error={errorOf('notes')} {...register('notes')} />
      </section>
    </div>
  );
}
