import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ContactPatch, type Contact } from '../../../../shared/domain/contact';
import { useMutation } from '../../api/mutation';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { SaveStatus } from '../../ui/SaveStatus';
import { useOptionalTripWorkspace } from '../../navigation/workspaceContext';
import { useAddressBookActions } from './actions';
import { ContactFormFields } from './ContactFormFields';
import { ContactLinks } from './ContactLinks';
import { contactToForm, type ContactFormValues } from './formValues';
import { ROLE_ICONS } from './labels';
import { NativeName } from './NativeName';
import { useNewOrganisation } from './OrganisationSelect';
import { PersonDataActions } from '../privacy';
import { useOrganisationIndex } from './queries';

/**
 * A contact in the panel beside the list: every field, saved as you type (no Save button), its
 * links to the open trip's programme, and Delete (with Undo). Mounted per contact (key), so
 * switching contacts saves what is pending first.
 */
export function ContactEditor({ contact, onDeleted }: { contact: Contact; onDeleted: () => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  const trip = useOptionalTripWorkspace();
  const update = useMutation('contacts:update');
  const actions = useAddressBookActions();
  const organisations = useOrganisationIndex();
  const { form, saveState, flush } = useAutosaveForm<ContactFormValues>({
    schema: ContactPatch,
    values: contactToForm(contact),
    save: (patch) => update.mutate({ id: contact.id, patch }),
  });
  const newOrganisation = useNewOrganisation((organisation) =>
    form.setValue('organisationId', organisation.id, { shouldDirty: true, shouldValidate: true }),
  );
  const organisation = contact.organisationId ? organisations.get(contact.organisationId) : undefined;
  const RoleIcon = ROLE_ICONS[contact.role];

  const remove = async () => {
    await flush();
    if (await actions.deleteContact(contact)) onDeleted();
  };

  return (
    <article className="detail-panel" aria-labelledby="contact-panel-name" data-testid="contact-panel" data-contact-id={contact.id}>
      <header className="detail-header">
        <div className="detail-avatar" aria-hidden>
          <RoleIcon />
        </div>
        <div className="detail-heading">
          <h2 id="contact-panel-name" className="detail-title">
            <span>{contact.name}</span> <NativeName text={contact.nativeName} country={organisation?.country} />
          </h2>
          <p className="detail-subtitle">
            {[contact.title, organisation?.name].filter(Boolean).join(' · ') || t('contacts:panel.noTitle')}
          </p>
          <div className="badge-row">
            <Badge tone="accent">{t(`contacts:role.${contact.role}`)}</Badge>
          </div>
        </div>
        <div className="detail-actions">
          <SaveStatus state={saveState} />
          <Button variant="ghost" size="sm" icon={Trash2} onClick={() => void remove()} className="btn-danger-ghost">
            {t('contacts:panel.delete')}
          </Button>
          <PersonDataActions id={contact.id} size="sm" onErased={onDeleted} />
        </div>
      </header>

      {trip ? <ContactLinks contactId={contact.id} /> : null}

      <form noValidate onSubmit={(event) => event.preventDefault()} className="detail-form" aria-label={t('contacts:panel.formLabel')}>
        <ContactFormFields form={form} onCreateOrganisation={newOrganisation.open} idPrefix="contact-panel" />
      </form>
      {newOrganisation.dialog}
    </article>
  );
}
