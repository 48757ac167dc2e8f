import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { TRIP_STATUSES, TRIP_DIRECTIONS } from './options';
import { useFieldErrors } from '../../forms/fieldErrors';
import { defaultZoneForCountry } from '../../lib/timezones';
import { Button, IconButton } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { RadioGroup, Select, TextArea, TextField } from '../../ui/fields';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { emptyDestination, type TripFormValues } from './formValues';

/**
 * Every field of a trip, for the create dialog (submit) and the edit dialog (autosave) alike:
 * the form decides when to save, these fields only show values and messages.
 */
export function TripFormFields({ form }: { form: UseFormReturn<TripFormValues, unknown, unknown> }) {
  const { t } = useTranslation('trips');
  const errorOf = useFieldErrors(form);
  const { register, control, setValue, getValues } = form;
  const destinations = useFieldArray({ control, name: 'destinations' });
  const startDate = form.watch('startDate');
  const incoming = form.watch('direction') === 'incoming';

  return (
    <div className="form-sections">
      <section className="form-section" aria-labelledby="trip-form-basics">
        <h3 id="trip-form-basics" className="form-section-title">
          {t('form.sections.basics')}
        </h3>
        <TextField label={t('fields.title')} required error={errorOf('title')} autoComplete="off" {...register('title')} />
        <div className="form-row">
          <Controller
            control={control}
            name="direction"
            render={({ field }) => (
              <RadioGroup
                legend={t('fields.direction')}
                value={field.value}
                onChange={field.onChange}
                options={TRIP_DIRECTIONS.map((direction) => ({
                  value: direction,
                  label: t(`direction.${direction}`),
                  description: t(`directionHint.${direction}`),
                }))}
              />
            )}
          />
          <Select label={t('fields.status')} error={errorOf('status')} {...register('status')}>
            {TRIP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </div>
      </section>

      <section className="form-section" aria-labelledby="trip-form-dates">
        <h3 id="trip-form-dates" className="form-section-title">
          {t('form.sections.dates')}
        </h3>
        <div className="form-row">
          <DateField
            label={t('fields.startDate')}
            required
            error={errorOf('startDate')}
            {...register('startDate', { deps: ['endDate'] })}
          />
          <DateField
            label={t('fields.endDate')}
            required
            error={errorOf('endDate')}
            referenceDate={startDate}
            {...register('endDate')}
          />
        </div>
        <Controller
          control={control}
          name="homeTimeZone"
          render={({ field }) => (
            <TimeZoneSelect
              label={t('fields.homeTimeZone')}
              hint={t('form.homeTimeZoneHint')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              referenceDate={startDate || undefined}
              error={errorOf('homeTimeZone')}
              required
            />
          )}
        />
        {incoming ? (
          <Controller
            control={control}
            name="visitorsTimeZone"
            render={({ field }) => (
              <TimeZoneSelect
                label={t('fields.visitorsTimeZone')}
                hint={t('form.visitorsTimeZoneHint')}
                placeholder={t('form.visitorsTimeZoneNone')}
                // Empty means "not entered": stored as null, so no second clock is shown.
                value={field.value ?? ''}
                onChange={(zone) => field.onChange(zone === '' ? null : zone)}
                onBlur={field.onBlur}
                referenceDate={startDate || undefined}
                error={errorOf('visitorsTimeZone')}
              />
            )}
          />
        ) : null}
      </section>

      <section className="form-section" aria-labelledby="trip-form-destinations">
        <h3 id="trip-form-destinations" className="form-section-title">
          {t('form.sections.destinations')}
        </h3>
        {destinations.fields.length === 0 ? <p className="form-note">{t('form.noDestinations')}</p> : null}
        <ol className="destination-rows">
          {destinations.fields.map((row, index) => (
            <li key={row.id} className="destination-row" aria-label={t('form.destinationN', { n: index + 1 })}>
              <TextField
                label={t('fields.city')}
                required
                error={errorOf(`destinations.${index}.city`)}
                {...register(`destinations.${index}.city`)}
              />
              <TextField
                label={t('fields.nativeName')}
                error={errorOf(`destinations.${index}.nativeName`)}
                {...register(`destinations.${index}.nativeName`)}
              />
              <TextField
                label={t('fields.country')}
                className="field-narrow"
                maxLength={2}
                placeholder="CN"
                error={errorOf(`destinations.${index}.country`)}
                {...register(`destinations.${index}.country`, {
                  onChange: (event: { target: { value: string } }) => {
                    const zone = defaultZoneForCountry(event.target.value);
                    if (zone && !getValues(`destinations.${index}.timeZone`)) {
                      setValue(`destinations.${index}.timeZone`, zone, { shouldValidate: true, shouldDirty: true });
                    }
                  },
                })}
              />
              <Controller
                control={control}
                name={`destinations.${index}.timeZone`}
                render={({ field }) => (
                  <TimeZoneSelect
                    label={t('fields.timeZone')}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    referenceDate={startDate || undefined}
                    error={errorOf(`destinations.${index}.timeZone`)}
                    required
                  />
                )}
              />
              <IconButton
                label={t('form.removeDestination', { n: index + 1 })}
                icon={Trash2}
                className="destination-remove"
                onClick={() => destinations.remove(index)}
              />
            </li>
          ))}
        </ol>
        <Button icon={Plus} size="sm" onClick={() => destinations.append(emptyDestination(), { shouldFocus: true })}>
          {t('form.addDestination')}
        </Button>
      </section>

      <section className="form-section" aria-labelledby="trip-form-context">
        <h3 id="trip-form-context" className="form-section-title">
          {t('form.sections.context')}
        </h3>
        <div className="form-row">
          <TextField
            label={t('fields.sendingOrganisation')}
            error={errorOf('sendingOrganisation')}
            {...register('sendingOrganisation')}
          />
          <TextField
            label={t('fields.hostingOrganisation')}
            error={errorOf('hostingOrganisation')}
            {...register('hostingOrganisation')}
          />
        </div>
        <TextArea label={t('fields.purpose')} rows={3} error={errorOf('purpose')} {...register('purpose')} />
        {incoming ? (
          <TextArea
            label={t('fields.costCoverage')}
            hint={t('form.costCoverageHint')}
            rows={4}
            error={errorOf('costCoverage')}
            {...register('costCoverage')}
          />
        ) : null}
        <TextField
          label={t('fields.fundingReference')}
          hint={t('form.fundingHint')}
          error={errorOf('fundingReference')}
          {...register('fundingReference')}
        />
      </section>
    </div>
  );
}
