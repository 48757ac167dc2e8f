import { useEffect, useRef, useState } from 'react';
import { CircleCheck, IdCard } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { DEFAULT_MEMBER_SIDE, MemberCreate, type Member, type MemberSide } from '../../../../shared/domain/member';
import type { Trip } from '../../../../shared/domain/trip';
import { useMutation } from '../../api/mutation';
import { useFieldErrors } from '../../forms/fieldErrors';
import { FormProblem } from '../../forms/FormProblem';
import { useCreateDialogSubmit } from '../../forms/useCreateDialogSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { Button } from '../../ui/Button';
import { FormDialog } from '../../ui/Dialog';
import { Select, TextField } from '../../ui/fields';
import { defaultOrganisationFor, emptyMemberCreateForm, type MemberCreateFormValues } from './formValues';
import { DELEGATION_ROLES, nativeNameLanguage } from './options';
import { SideField } from './SideField';

/**
 * Add a member: the essentials (name, title, organisation, role, contact), validated as you
 * type. After Add the dialog says who was added and offers Add another (focused, so typing a
 * delegation is name, Enter, Enter, name, Enter…) or the full details of the one just added.
 * The organisation and the side carry over to the next member. On an incoming trip the form
 * asks for the side (visitor by default); choosing Host swaps the organisation and the role to
 * the hosts' defaults unless they were already changed by hand.
 */
export function MemberCreateDialog({
  trip,
  onClose,
  onEditDetails,
}: {
  trip: Trip;
  onClose: () => void;
  onEditDetails: (id: string) => void;
}) {
  const { t } = useTranslation(['members', 'common']);
  const tripId = trip.id;
  const create = useMutation('members:create');
  const form = useZodForm<MemberCreateFormValues>(MemberCreate, {
    defaultValues: emptyMemberCreateForm(tripId, defaultOrganisationFor(trip, DEFAULT_MEMBER_SIDE), DEFAULT_MEMBER_SIDE),
  });
  const changeSide = (side: MemberSide) => {
    const before = form.getValues();
    const untouched = emptyMemberCreateForm(tripId, defaultOrganisationFor(trip, before.side), before.side);
    const next = emptyMemberCreateForm(tripId, defaultOrganisationFor(trip, side), side);
    form.setValue('side', side, { shouldDirty: true });
    if (before.organisation === untouched.organisation) form.setValue('organisation', next.organisation);
    if (before.role === untouched.role) form.setValue('role', next.role);
  };
  const errorOf = useFieldErrors(form);
  const [added, setAdded] = useState<Member[]>([]);
  const [showingAdded, setShowingAdded] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const nativeName = form.watch('nativeName');
  const last = added.at(-1);

  const busy = create.pending || form.formState.isSubmitting;

  // After an add, Add another takes the focus (once the button is enabled again): Enter goes on.
  useEffect(() => {
    if (showingAdded && !busy) {
      panelRef.current?.closest('dialog')?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
  }, [showingAdded, busy]);

  const { submit, problem } = useCreateDialogSubmit(form, {
    save: (values) => create.mutate(values),
    onSaved: (member) => {
      setAdded((list) => [...list, member]);
      setShowingAdded(true);
    },
    fixFieldsMessage: t('form.fixFields'),
  });

  const addAnother = () => {
    const { organisation, side } = form.getValues();
    form.reset(emptyMemberCreateForm(tripId, organisation, side));
    setShowingAdded(false);
    requestAnimationFrame(() => form.setFocus('name'));
  };

  return (
    <FormDialog
      open
      onClose={onClose}
      title={added.length ? t('create.titleAnother') : t('create.title')}
      description={t('create.description')}
      // After an add the form still holds that member until Add another: nothing unsaved then.
      unsaved={!showingAdded && form.formState.isDirty}
      discardQuestion={t('create.discard')}
      submitLabel={showingAdded ? t('create.addAnother') : t('create.submit')}
      cancelLabel={added.length ? t('common:actions.done') : undefined}
      submitting={busy}
      onSubmit={() => (showingAdded ? addAnother() : void submit())}
    >
      {showingAdded && last ? (
        <div className="member-added" ref={panelRef} role="status">
          <CircleCheck aria-hidden className="member-added-icon" />
          <div>
            <p className="member-added-title">{t('create.added', { name: last.name, position: last.precedence })}</p>
            <p className="secondary">{t('create.addedCount', { count: added.length })}</p>
            <Button size="sm" icon={IdCard} className="member-added-details" onClick={() => onEditDetails(last.id)}>
              {t('create.editDetails', { name: last.name })}
            </Button>
          </div>
        </div>
      ) : (
        <>
          {trip.direction === 'incoming' ? (
            <Controller
              control={form.control}
              name="side"
              render={({ field }) => <SideField value={field.value} onChange={changeSide} error={errorOf('side')} />}
            />
          ) : null}
          <div className="form-row">
            <TextField label={t('fields.name')} required autoComplete="off" error={errorOf('name')} {...form.register('name')} />
            <TextField
              label={t('fields.nativeName')}
              hint={t('form.nativeNameHint')}
              autoComplete="off"
              lang={nativeNameLanguage(nativeName)}
              error={errorOf('nativeName')}
              {...form.register('nativeName')}
            />
          </div>
          <div className="form-row">
            <TextField label={t('fields.title')} error={errorOf('title')} {...form.register('title')} />
            <TextField label={t('fields.organisation')} error={errorOf('organisation')} {...form.register('organisation')} />
          </div>
          <div className="form-row">
            <Select label={t('fields.role')} error={errorOf('role')} {...form.register('role')}>
              {DELEGATION_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </Select>
            <TextField label={t('fields.party')} hint={t('form.partyHint')} error={errorOf('party')} {...form.register('party')} />
          </div>
          <div className="form-row">
            <TextField label={t('fields.email')} type="email" autoComplete="off" error={errorOf('email')} {...form.register('email')} />
            <TextField label={t('fields.phone')} type="tel" autoComplete="off" error={errorOf('phone')} {...form.register('phone')} />
          </div>
          <p className="form-note">{t('create.moreLater')}</p>
          <FormProblem message={problem} />
        </>
      )}
    </FormDialog>
  );
}
