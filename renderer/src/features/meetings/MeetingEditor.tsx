import { useMemo } from 'react';
import { ArrowUpRight, CalendarDays, Clock, Lock, MapPin, TriangleAlert, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Controller, useWatch } from 'react-hook-form';
import { Link } from '../../navigation/Link';
import { languageName, parseLanguages } from '../../../../shared/checks/languages';
import type { Contact, Organisation } from '../../../../shared/domain/contact';
import type { Item } from '../../../../shared/domain/item';
import { MeetingDetailsInput, type MeetingDetails } from '../../../../shared/domain/meeting';
import { useMutation } from '../../api/mutation';
import { paths } from '../../navigation/routes';
import { useFieldErrors } from '../../forms/fieldErrors';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { useDates } from '../../lib/useDates';
import { Badge } from '../../ui/Badge';
import { TextArea, TextField } from '../../ui/fields';
import { SaveStatus } from '../../ui/SaveStatus';
import { OrganisationSelect, useNewOrganisation } from '../contacts';
import { useItemFindings } from '../checks';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { CounterpartsField } from './CounterpartsField';
import { FollowUpsField } from './FollowUpsField';
import { SecondLanguageSection } from '../../forms/SecondLanguageSection';
import { meetingToForm, type MeetingFormValues } from './formValues';
import { InterpreterField } from './InterpreterField';
import { timeRange } from './meetingLabels';

/**
 * One meeting or visit: who is across the table, preparation (agenda, internal talking points,
 * gifts, dress code, link), and afterwards (minutes, follow-up actions). Saved as you type
 * (meetings:update). Mounted per item (key), so switching meetings saves what is pending first.
 */
export function MeetingEditor({
  item,
  meeting,
  contacts,
  organisations,
}: {
  item: Item;
  meeting: MeetingDetails | undefined;
  contacts: ReadonlyMap<string, Contact>;
  organisations: ReadonlyMap<string, Organisation>;
}) {
  const { t } = useTranslation(['meetings', 'common']);
  const dates = useDates();
  const { tripId, workspace } = useTripWorkspace();
  const update = useMutation('meetings:update');
  const values = useMemo(() => meetingToForm(meeting), [meeting]);
  const { form, saveState } = useAutosaveForm<MeetingFormValues>({
    schema: MeetingDetailsInput,
    values,
    save: (patch) => update.mutate({ itemId: item.id, patch }),
  });
  const errorOf = useFieldErrors(form);
  const { register, control, setValue, getValues } = form;
  const newOrganisation = useNewOrganisation((organisation) =>
    setValue('hostOrganisationId', organisation.id, { shouldDirty: true, shouldValidate: true }),
  );

  const interpreterWarnings = useItemFindings(item.id).filter((finding) => finding.kind === 'interpreter-missing');
  // useWatch re-renders for these fields only (not on every keystroke in the agenda or minutes).
  const [hostOrganisationId, languageText, interpreterMemberId, interpreterContactId] = useWatch({
    control,
    name: ['hostOrganisationId', 'counterpartLanguage', 'interpreterMemberId', 'interpreterContactId'],
  });
  const languages = parseLanguages(languageText ?? '');
  const attending = item.allMembers ? workspace.members.length : item.participantIds.length;
  const time = timeRange(item);
  const place = [item.location.venue, item.location.city].filter(Boolean).join(', ');

  return (
    <article className="detail-panel meeting-editor" aria-labelledby="meeting-title" data-testid="meeting-editor" data-item-id={item.id}>
      <header className="meeting-editor-header">
        <div className="detail-heading">
          <div className="badge-row">
            <Badge tone="accent">{t(`meetings:kind.${item.kind === 'visit' ? 'visit' : 'meeting'}`)}</Badge>
          </div>
          <h2 id="meeting-title" className="detail-title">
            {item.title}
          </h2>
          <ul className="meeting-facts">
            <li>
              <CalendarDays aria-hidden />
              <time dateTime={item.startLocal}>{dates.longDate(item.startLocal.slice(0, 10))}</time>
            </li>
            <li>
              <Clock aria-hidden />
              <span>
                {time ?? t('meetings:list.allDay')} <span className="meeting-zone">{t('meetings:editor.localTime', { zone: item.startZone })}</span>
              </span>
            </li>
            {place ? (
              <li>
                <MapPin aria-hidden />
                <span>{place}</span>
              </li>
            ) : null}
            <li>
              <Users aria-hidden />
              <span>{item.allMembers ? t('meetings:editor.allMembers', { count: attending }) : t('meetings:editor.someMembers', { count: attending })}</span>
            </li>
          </ul>
        </div>
        <div className="detail-actions">
          <SaveStatus state={saveState} />
          <Link href={paths.trip(tripId, 'programme', item.id)} className="btn btn-ghost btn-sm">
            <ArrowUpRight aria-hidden className="btn-icon" />
            {t('meetings:editor.openInProgramme')}
          </Link>
        </div>
      </header>

      <form noValidate onSubmit={(event) => event.preventDefault()} className="meeting-form" aria-label={t('meetings:editor.formLabel')}>
        <section className="meeting-section" aria-labelledby="meeting-who-title">
          <header className="meeting-section-header">
            <h3 id="meeting-who-title" className="meeting-section-title">
              {t('meetings:sections.who')}
            </h3>
          </header>
          <div className="form-row">
            <Controller
              control={control}
              name="hostOrganisationId"
              render={({ field }) => (
                <OrganisationSelect
                  label={t('meetings:fields.hostOrganisation')}
                  noneLabel={t('meetings:host.none')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  onCreateNew={newOrganisation.open}
                  error={errorOf('hostOrganisationId')}
                />
              )}
            />
            {hostOrganisationId ? null : (
              <TextField
                label={t('meetings:fields.hostFreeText')}
                hint={t('meetings:hints.hostFreeText')}
                autoComplete="off"
                error={errorOf('hostOrganisation')}
                {...register('hostOrganisation')}
              />
            )}
          </div>
          <Controller
            control={control}
            name="counterpartIds"
            render={({ field }) => (
              <CounterpartsField value={field.value} onChange={field.onChange} known={contacts} organisations={organisations} />
            )}
          />
          <div className="form-row">
            <TextField
              label={t('meetings:fields.counterpartLanguage')}
              hint={
                languages.length > 0
                  ? languages.map((tag) => languageName(tag, dates.language)).join(', ')
                  : t('meetings:hints.counterpartLanguage')
              }
              autoComplete="off"
              spellCheck={false}
              error={errorOf('counterpartLanguage')}
              {...register('counterpartLanguage')}
            />
            <InterpreterField
              memberId={interpreterMemberId}
              contactId={interpreterContactId}
              members={workspace.members}
              known={contacts}
              onChange={({ memberId, contactId }) => {
                setValue('interpreterMemberId', memberId, { shouldDirty: true, shouldValidate: true });
                setValue('interpreterContactId', contactId, { shouldDirty: true, shouldValidate: true });
              }}
            />
          </div>
          {interpreterWarnings.map((finding) => (
            <div key={finding.id} className="callout callout-warning" role="note" data-testid="interpreter-warning">
              <TriangleAlert aria-hidden className="callout-icon" />
              <p>{finding.message[dates.language]}</p>
            </div>
          ))}
        </section>

        <section className="meeting-section" aria-labelledby="meeting-prep-title">
          <header className="meeting-section-header">
            <h3 id="meeting-prep-title" className="meeting-section-title">
              {t('meetings:sections.preparation')}
            </h3>
          </header>
          <TextArea label={t('meetings:fields.agenda')} rows={5} error={errorOf('agenda')} {...register('agenda')} />
          <SecondLanguageSection filled={getValues('translation.agenda').trim() !== ''}>
            <TextArea label={t('common:secondLanguage.agenda')} rows={3} error={errorOf('translation.agenda')} {...register('translation.agenda')} />
          </SecondLanguageSection>
          <div className="internal-block" data-testid="talking-points">
            <div className="internal-block-header">
              <Lock aria-hidden className="internal-block-icon" />
              <span className="internal-block-label">{t('meetings:internal.label')}</span>
              <span className="internal-block-note">{t('meetings:internal.note')}</span>
            </div>
            <TextArea
              label={t('meetings:fields.talkingPoints')}
              rows={4}
              error={errorOf('talkingPoints')}
              {...register('talkingPoints')}
            />
          </div>
          <div className="form-row">
            <TextField label={t('meetings:fields.giftsGiven')} autoComplete="off" error={errorOf('giftsGiven')} {...register('giftsGiven')} />
            <TextField
              label={t('meetings:fields.giftsReceived')}
              autoComplete="off"
              error={errorOf('giftsReceived')}
              {...register('giftsReceived')}
            />
          </div>
          <div className="form-row">
            <TextField label={t('meetings:fields.dressCode')} autoComplete="off" error={errorOf('dressCode')} {...register('dressCode')} />
            <TextField
              label={t('meetings:fields.onlineUrl')}
              hint={t('meetings:hints.onlineUrl')}
              type="url"
              inputMode="url"
              placeholder="https://"
              autoComplete="off"
              spellCheck={false}
              error={errorOf('onlineUrl')}
              {...register('onlineUrl')}
            />
          </div>
        </section>

        <section className="meeting-section" aria-labelledby="meeting-after-title">
          <header className="meeting-section-header">
            <h3 id="meeting-after-title" className="meeting-section-title">
              {t('meetings:sections.afterwards')}
            </h3>
          </header>
          <TextArea label={t('meetings:fields.minutes')} rows={7} error={errorOf('minutes')} {...register('minutes')} />
          <TextArea
            label={t('meetings:fields.agreements')}
            hint={t('meetings:hints.agreements')}
            rows={2}
            error={errorOf('agreements')}
            {...register('agreements')}
          />
        </section>

        <FollowUpsField form={form} />
      </form>
      {newOrganisation.dialog}
    </article>
  );
}
