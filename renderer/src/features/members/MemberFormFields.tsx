import { useState } from 'react';
import { Eye, EyeOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useFieldErrors } from '../../forms/fieldErrors';
import { IconButton } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Select, TextArea, TextField } from '../../ui/fields';
import { Sex } from '../../../../shared/domain/member';
import type { MemberFormValues } from './formValues';
import { SecondLanguageSection } from '../../forms/SecondLanguageSection';
import { useDateRegistration } from './dateField';
import { nativeNameLanguage, DELEGATION_ROLES, VISA_STATUSES } from './options';
import { SideField } from './SideField';
import { useTripWorkspace } from '../../navigation/workspaceContext';

/** Every field of a member, in sections; the edit panel autosaves them (useAutosaveForm). */
export function MemberFormFields({ form }: { form: UseFormReturn<MemberFormValues, unknown, unknown> }) {
  const { t } = useTranslation(['members', 'common']);
  const errorOf = useFieldErrors(form);
  const { register, getValues } = form;
  const [passportShown, setPassportShown] = useState(false);
  const nativeName = form.watch('nativeName');
  const passportExpiry = useDateRegistration(form, 'passportExpiry');
  const visaExpiry = useDateRegistration(form, 'visaExpiry');
  const dateOfBirth = useDateRegistration(form, 'dateOfBirth');
  const incoming = useTripWorkspace().workspace.trip.direction === 'incoming';

  return (
    <div className="form-sections member-form">
      <section className="form-section" aria-labelledby="member-form-person">
        <h3 id="member-form-person" className="form-section-title">
          {t('form.sections.person')}
        </h3>
        {incoming ? (
          <Controller
            control={form.control}
            name="side"
            render={({ field }) => <SideField value={field.value} onChange={field.onChange} error={errorOf('side')} />}
          />
        ) : null}
        <div className="form-row">
          <TextField label={t('fields.name')} required autoComplete="off" error={errorOf('name')} {...register('name')} />
          <TextField
            label={t('fields.nativeName')}
            hint={t('form.nativeNameHint')}
            autoComplete="off"
            lang={nativeNameLanguage(nativeName)}
            error={errorOf('nativeName')}
            {...register('nativeName')}
          />
        </div>
        <div className="form-row">
          <TextField label={t('fields.title')} error={errorOf('title')} {...register('title')} />
          <TextField label={t('fields.organisation')} error={errorOf('organisation')} {...register('organisation')} />
        </div>
        <div className="form-row">
          <Select label={t('fields.role')} error={errorOf('role')} {...register('role')}>
            {DELEGATION_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </Select>
          <TextField label={t('fields.party')} hint={t('form.partyHint')} error={errorOf('party')} {...register('party')} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="member-form-contact">
        <h3 id="member-form-contact" className="form-section-title">
          {t('form.sections.contact')}
        </h3>
        <div className="form-row">
          <TextField label={t('fields.email')} type="email" autoComplete="off" error={errorOf('email')} {...register('email')} />
          <TextField label={t('fields.phone')} type="tel" autoComplete="off" error={errorOf('phone')} {...register('phone')} />
        </div>
        <TextField
          label={t('fields.emergencyContact')}
          hint={t('form.emergencyContactHint')}
          error={errorOf('emergencyContact')}
          {...register('emergencyContact')}
        />
      </section>

      <section className="form-section" aria-labelledby="member-form-documents">
        <h3 id="member-form-documents" className="form-section-title">
          {t('form.sections.documents')}
        </h3>
        <div className="form-row form-row-3">
          <div className="masked-field">
            <TextField
              label={t('fields.passportNumber')}
              autoComplete="off"
              spellCheck={false}
              inputClassName={passportShown ? undefined : 'input-masked'}
              error={errorOf('passportNumber')}
              {...register('passportNumber')}
            />
            <IconButton
              className="masked-field-toggle"
              size="sm"
              icon={passportShown ? EyeOff : Eye}
              label={t(passportShown ? 'passport.hide' : 'passport.show')}
              aria-pressed={passportShown}
              onClick={() => setPassportShown((s) => !s)}
            />
          </div>
          <DateField label={t('fields.passportExpiry')} error={errorOf('passportExpiry')} {...passportExpiry} />
          <TextField label={t('fields.nationality')} error={errorOf('nationality')} {...register('nationality')} />
        </div>
        {/* Asked for by Chinese invitation letters (the invitation data pack); personal data like the passport. */}
        <div className="form-row">
          <Select
            label={t('fields.sex')}
            error={errorOf('sex')}
            {...register('sex', { setValueAs: (value: unknown) => (typeof value === 'string' && value ? value : null) })}
          >
            <option value="">{t('sex.unknown')}</option>
            {Sex.options.map((sex) => (
              <option key={sex} value={sex}>
                {t(`sex.${sex}`)}
              </option>
            ))}
          </Select>
          <DateField label={t('fields.dateOfBirth')} error={errorOf('dateOfBirth')} {...dateOfBirth} />
        </div>
        <div className="form-row">
          <Select label={t('fields.visaStatus')} error={errorOf('visaStatus')} {...register('visaStatus')}>
            {VISA_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`visa.${status}`)}
              </option>
            ))}
          </Select>
          <DateField label={t('fields.visaExpiry')} error={errorOf('visaExpiry')} {...visaExpiry} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="member-form-needs">
        <h3 id="member-form-needs" className="form-section-title">
          {t('form.sections.needs')}
        </h3>
        <div className="form-row">
          <TextField
            label={t('fields.dietaryNeeds')}
            hint={t('form.dietaryHint')}
            error={errorOf('dietaryNeeds')}
            {...register('dietaryNeeds')}
          />
          <TextField
            label={t('fields.accessibilityNeeds')}
            hint={t('form.accessibilityHint')}
            error={errorOf('accessibilityNeeds')}
            {...register('accessibilityNeeds')}
          />
        </div>
        <TextArea label={t('fields.notes')} hint={t('form.notesHint')} rows={3} error={errorOf('notes')} {...register('notes')} />
      </section>
      <SecondLanguageSection filled={Object.values(getValues('translation')).some((text) => text.trim() !== '')}>
        <div className="form-row">
          <TextField label={t('common:secondLanguage.memberTitle')} error={errorOf('translation.title')} {...register('translation.title')} />
          <TextField label={t('common:secondLanguage.organisation')} error={errorOf('translation.organisation')} {...register('translation.organisation')} />
        </div>
      </SecondLanguageSection>
    </div>
  );
}
