import { memo, useId, useMemo } from 'react';
import { Link } from '../../navigation/Link';
import { Controller, useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { Handshake, Lock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import type { Item } from '../../../../shared/domain/item';
import type { Member, MemberGroup } from '../../../../shared/domain/member';
import type { Trip } from '../../../../shared/domain/trip';
import { paths } from '../../navigation/routes';
import { useFieldErrors } from '../../forms/fieldErrors';
import { DateField } from '../../ui/DateField';
import { Checkbox, TextArea, TextField } from '../../ui/fields';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { ZonedDateTimeField } from '../../ui/ZonedDateTimeField';
import { nativeNameLanguage } from '../trips';
import { ContactsField } from './ContactsField';
import { endsBeforeStart, type ItemFormValues } from './formValues';
import { GIFT_EXCHANGE_KINDS } from '../../../../shared/checks/rules/gifts';
import { DETAIL_FIELDS, isMeeting, isTravel, timeLabels, type DetailField } from './kinds';
import { KindPicker } from './KindPicker';
import { ParticipantsField } from './ParticipantsField';
import { useItemZones, type ItemEnd } from './useItemZones';
import { ZoneNote } from './ZoneNote';
import { SecondLanguageSection } from '../../forms/SecondLanguageSection';

/**
 * What the item form needs of the trip. It stays the same object while an item is saved, so an
 * autosave does not render the whole form again: the programme is read when a zone is worked out
 * (`items()`), not at render, and the place suggestions change only when the plan's cities do.
 */
export interface ItemFormContext {
  trip: Trip;
  /** The programme as it is now. */
  items: () => readonly Item[];
  /** The trip's destinations and every city an item names, for the place field's suggestions. */
  cities: readonly string[];
  members: readonly Member[];
  groups: readonly MemberGroup[];
  contacts: readonly Contact[];
}

/**
 * Every field of an itinerary item, for the create dialog (submit) and the editor (autosave)
 * alike. While creating, zones follow the plan until the user picks one: the destination the
 * city names, else where the delegation is by then; a journey's arrival zone follows its
 * destination.
 */
export const ItemFormFields = memo(function ItemFormFields({
  form,
  mode,
  context,
  itemId,
  onlyWhat = false,
}: {
  form: UseFormReturn<ItemFormValues, unknown, unknown>;
  mode: 'create' | 'edit';
  context: ItemFormContext;
  itemId?: string;
  /** Only What for now: the editor's first frame (the rest follows once it is painted). */
  onlyWhat?: boolean;
}) {
  const { t } = useTranslation(['programme', 'common']);
  const errorOf = useFieldErrors(form);
  const { register, control, setValue, getValues } = form;
  const { trip } = context;
  const ids = useId();
  const kind = useWatch({ control, name: 'kind' });
  const allDay = useWatch({ control, name: 'allDay' });
  const allMembers = useWatch({ control, name: 'allMembers' });
  const [startLocal, startZone, endLocal, endZone] = useWatch({ control, name: ['startLocal', 'startZone', 'endLocal', 'endZone'] });
  const labels = timeLabels(kind);
  // A year-less end ("3/11") lands near the start; a start near the trip.
  const startDay = /^\d{4}-\d{2}-\d{2}/.test(startLocal) && !startLocal.startsWith('0000') ? startLocal.slice(0, 10) : trip.startDate;
  const fields = DETAIL_FIELDS[kind];

  const zones = useItemZones(form, { trip, items: context.items, mode });
  const zoneNote = (end: ItemEnd, label: string, at: string) => (
    <ZoneNote
      label={label}
      notice={zones.notices[end]}
      offer={zones.offers[end]}
      at={at}
      onUndo={() => zones.undo(end)}
      onAccept={() => zones.accept(end)}
    />
  );

  // The schema's cross-field rule only runs once every field is valid; say it as soon as it holds.
  const endError =
    errorOf('endLocal') ??
    (endsBeforeStart({ startLocal, startZone, endLocal, endZone }) ? t('common:validation.itemEndBeforeStart') : undefined);

  const { cities } = context;
  const localLang = useMemo(() => {
    const abroad = trip.destinations.find((d) => nativeNameLanguage(d.country) && d.country.toUpperCase() !== 'SE');
    return abroad ? nativeNameLanguage(abroad.country) : undefined;
  }, [trip.destinations]);

  const detail = (field: DetailField) => {
    const name = `details.${field}` as FieldPath<ItemFormValues>;
    return (
      <TextField
        key={field}
        label={t(`details.${field}`)}
        placeholder={field === 'from' || field === 'to' ? t(`detailPlaceholders.${kind === 'train' ? 'train' : 'flight'}.${field}`) : undefined}
        error={errorOf(name)}
        {...register(name, field === 'to' || field === 'from' ? { onChange: (e: { target: { value: string } }) => zones.follow({ [field]: e.target.value }) } : {})}
      />
    );
  };

  return (
    <div className="form-sections item-form">
      <section className="form-section" aria-labelledby={`${ids}-what`}>
        <h3 id={`${ids}-what`} className="form-section-title">
          {t('form.sections.what')}
        </h3>
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <KindPicker
              name={`${ids}-kind`}
              value={field.value}
              onChange={(k) => {
                field.onChange(k);
                zones.follow({ kind: k });
              }}
            />
          )}
        />
        <TextField
          label={t('fields.title')}
          required
          autoComplete="off"
          placeholder={t(`titlePlaceholders.${kind}`)}
          error={errorOf('title')}
          data-autofocus
          {...register('title')}
        />
      </section>

      {onlyWhat ? null : (
        <>
          <section className="form-section" aria-labelledby={`${ids}-when`}>
            <h3 id={`${ids}-when`} className="form-section-title">
              {t('form.sections.when')}
            </h3>
            <Controller
              control={control}
              name="allDay"
              render={({ field }) => (
                <Checkbox
                  label={t('fields.allDay')}
                  hint={t('form.allDayHint')}
                  checked={field.value}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    field.onChange(on);
                    // All-day items keep 00:00 as their time (the schema stores date-times).
                    if (on) {
                      const start = getValues('startLocal');
                      if (/^\d{4}-\d{2}-\d{2}/.test(start)) setValue('startLocal', `${start.slice(0, 10)}T00:00`, { shouldValidate: true, shouldDirty: true });
                      const end = getValues('endLocal');
                      if (end) setValue('endLocal', `${end.slice(0, 10)}T00:00`, { shouldValidate: true, shouldDirty: true });
                    }
                  }}
                />
              )}
            />
            {allDay ? (
              <>
                <div className="form-row">
                  <DateField
                    label={t('fields.firstDay')}
                    required
                    value={startLocal.slice(0, 10)}
                    referenceDate={trip.startDate}
                    error={errorOf('startLocal')}
                    onChange={(event) => {
                      const date = event.currentTarget.value;
                      setValue('startLocal', date ? `${date}T00:00` : '', { shouldValidate: true, shouldDirty: true });
                      void form.trigger('endLocal');
                    }}
                  />
                  <DateField
                    label={t('fields.lastDay')}
                    value={endLocal?.slice(0, 10) ?? ''}
                    referenceDate={startDay}
                    error={endError}
                    onChange={(event) => {
                      const date = event.currentTarget.value;
                      setValue('endLocal', date ? `${date}T00:00` : null, { shouldValidate: true, shouldDirty: true });
                    }}
                  />
                  <Controller
                    control={control}
                    name="startZone"
                    render={({ field }) => (
                      <TimeZoneSelect
                        label={t('common:timeZone.label')}
                        value={field.value}
                        onChange={(zone) => zones.chooseBoth(zone)}
                        onBlur={field.onBlur}
                        referenceDate={startLocal || undefined}
                        error={errorOf('startZone')}
                      />
                    )}
                  />
                </div>
                {zoneNote('start', t('common:timeZone.label'), startLocal)}
              </>
            ) : (
              <>
                <Controller
                  control={control}
                  name="startLocal"
                  rules={{ deps: ['endLocal'] }}
                  render={({ field }) => (
                    <ZonedDateTimeField
                      label={t(`time.${labels.start}`)}
                      required
                      value={field.value}
                      zone={startZone}
                      homeZone={trip.homeTimeZone}
                      referenceDate={trip.startDate}
                      onChange={(local) => {
                        field.onChange(local);
                        zones.follow({ startLocal: local });
                      }}
                      onZoneChange={(zone) => zones.choose('start', zone)}
                      onBlur={field.onBlur}
                      error={errorOf('startLocal')}
                      zoneError={errorOf('startZone')}
                    />
                  )}
                />
                {zoneNote('start', t(`time.${labels.start}`), startLocal)}
                <Controller
                  control={control}
                  name="endLocal"
                  render={({ field }) => (
                    <ZonedDateTimeField
                      label={t(`time.${labels.end}`)}
                      value={field.value ?? ''}
                      zone={endZone}
                      homeZone={trip.homeTimeZone}
                      referenceDate={startDay}
                      onChange={(local) => field.onChange(local || null)}
                      onZoneChange={(zone) => zones.choose('end', zone)}
                      onBlur={field.onBlur}
                      error={endError}
                      zoneError={errorOf('endZone')}
                    />
                  )}
                />
                {zoneNote('end', t(`time.${labels.end}`), endLocal ?? '')}
                {isTravel(kind) ? <p className="form-note">{t('form.zonesHint')}</p> : null}
              </>
            )}
          </section>

          {fields.length > 0 ? (
            <section className="form-section" aria-labelledby={`${ids}-details`}>
              <h3 id={`${ids}-details`} className="form-section-title">
                {t(`form.sections.details.${kind === 'accommodation' ? 'stay' : 'travel'}`)}
              </h3>
              <div className="form-row">{fields.map(detail)}</div>
            </section>
          ) : null}

          {kind === 'meal' || kind === 'accommodation' ? (
            <Controller
              control={control}
              name={kind === 'meal' ? 'details.mealProvided' : 'details.breakfastIncluded'}
              render={({ field }) => (
                <Checkbox
                  label={t(kind === 'meal' ? 'details.mealProvided' : 'details.breakfastIncluded')}
                  hint={t('form.perDiemHint')}
                  checked={field.value === true}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
          ) : null}

          <section className="form-section" aria-labelledby={`${ids}-where`}>
            <h3 id={`${ids}-where`} className="form-section-title">
              {t('form.sections.where')}
            </h3>
            <div className="form-row">
              <TextField label={t('fields.venue')} error={errorOf('location.venue')} {...register('location.venue')} />
              <TextField
                label={t('fields.city')}
                list={`${ids}-cities`}
                autoComplete="off"
                error={errorOf('location.city')}
                {...register('location.city', { onChange: (e: { target: { value: string } }) => zones.follow({ city: e.target.value }) })}
              />
              <datalist id={`${ids}-cities`}>
                {cities.map((city) => (
                  <option key={city} value={city} />
                ))}
              </datalist>
            </div>
            <TextField label={t('fields.address')} error={errorOf('location.address')} {...register('location.address')} />
            <TextField
              label={t('fields.addressLocal')}
              hint={t('form.addressLocalHint')}
              lang={localLang}
              error={errorOf('location.addressLocal')}
              {...register('location.addressLocal')}
            />
          </section>

          <section className="form-section" aria-labelledby={`${ids}-who`}>
            <h3 id={`${ids}-who`} className="form-section-title">
              {t('form.sections.who')}
            </h3>
            <Controller
              control={control}
              name="participantIds"
              render={({ field }) => (
                <ParticipantsField
                  members={context.members}
                  groups={context.groups}
                  value={{ allMembers, participantIds: field.value }}
                  onChange={(next) => {
                    setValue('allMembers', next.allMembers, { shouldValidate: true, shouldDirty: true });
                    field.onChange(next.participantIds);
                  }}
                />
              )}
            />
            <Controller
              control={control}
              name="contactIds"
              render={({ field }) => <ContactsField value={field.value} onChange={field.onChange} known={context.contacts} />}
            />
            {isMeeting(kind) && mode === 'edit' && itemId ? (
              <p className="form-note item-form-meeting-link">
                <Handshake aria-hidden />
                <span>
                  {t('form.meetingDetailsHint')}{' '}
                  <Link href={paths.trip(trip.id, 'meetings', itemId)}>{t('card.meetingDetails')}</Link>
                </span>
              </p>
            ) : isMeeting(kind) ? (
              <p className="form-note">{t('form.meetingDetailsLater')}</p>
            ) : null}
            {GIFT_EXCHANGE_KINDS.includes(kind) ? (
              <Checkbox label={t('fields.giftsExchanged')} hint={t('fields.giftsExchangedHint')} {...register('details.giftsExchanged')} />
            ) : null}
          </section>

          <section className="form-section" aria-labelledby={`${ids}-notes`}>
            <h3 id={`${ids}-notes`} className="form-section-title">
              {t('form.sections.notes')}
            </h3>
            <TextArea label={t('fields.description')} rows={2} error={errorOf('description')} {...register('description')} />
            <TextArea
              label={t('fields.publicNotes')}
              hint={t('form.publicNotesHint')}
              rows={2}
              error={errorOf('publicNotes')}
              {...register('publicNotes')}
            />
            <div className="internal-field">
              <TextArea
                label={
                  <span className="internal-label">
                    <Lock aria-hidden />
                    {t('fields.internalNotes')}
                  </span>
                }
                hint={t('form.internalNotesHint')}
                rows={2}
                error={errorOf('internalNotes')}
                {...register('internalNotes')}
              />
            </div>
          </section>

          <SecondLanguageSection filled={Object.values(getValues('translation')).some((text) => text.trim() !== '')}>
            <TextField label={t('common:secondLanguage.itemTitle')} error={errorOf('translation.title')} {...register('translation.title')} />
            <TextField label={t('common:secondLanguage.venue')} error={errorOf('translation.venue')} {...register('translation.venue')} />
            <TextArea label={t('common:secondLanguage.description')} rows={2} error={errorOf('translation.description')} {...register('translation.description')} />
          </SecondLanguageSection>
        </>
      )}
    </div>
  );
});
