import { Building2, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { OrganisationPatch, type Organisation } from '../../../../shared/domain/contact';
import { useMutation } from '../../api/mutation';
import { useAutosaveForm } from '../../forms/useAutosaveForm';
import { Button } from '../../ui/Button';
import { SaveStatus } from '../../ui/SaveStatus';
import { useAddressBookActions } from './actions';
import { organisationToForm, type OrganisationFormValues } from './formValues';
import { ROLE_ICONS } from './labels';
import { NativeName } from './NativeName';
import { OrganisationFormFields } from './OrganisationFormFields';
import { useOrganisationContacts } from './queries';

/** An organisation in the panel: every field saved as you type, who works there, Delete with Undo. */
export function OrganisationEditor({
  organisation,
  onDeleted,
  onOpenContact,
}: {
  organisation: Organisation;
  onDeleted: () => void;
  onOpenContact: (contactId: string) => void;
}) {
  const { t } = useTranslation(['contacts', 'common']);
  // A rename changes how contacts are found and shown: re-read them too.
  const update = useMutation('organisations:update');
  const actions = useAddressBookActions();
  const people = useOrganisationContacts(organisation.id);
  const { form, saveState, flush } = useAutosaveForm<OrganisationFormValues>({
    schema: OrganisationPatch,
    values: organisationToForm(organisation),
    save: (patch) => update.mutate({ id: organisation.id, patch }),
  });

  const remove = async () => {
    await flush();
    if (await actions.deleteOrganisation(organisation)) onDeleted();
  };

  return (
    <article className="detail-panel" aria-labelledby="organisation-panel-name" data-testid="organisation-panel">
      <header className="detail-header">
        <div className="detail-avatar" aria-hidden>
          <Building2 />
        </div>
        <div className="detail-heading">
          <h2 id="organisation-panel-name" className="detail-title">
            <span>{organisation.name}</span> <NativeName text={organisation.nativeName} country={organisation.country} />
          </h2>
          <p className="detail-subtitle">{[organisation.city, organisation.country].filter(Boolean).join(', ') || '\u00a0'}</p>
        </div>
        <div className="detail-actions">
          <SaveStatus state={saveState} />
          <Button variant="ghost" size="sm" icon={Trash2} onClick={() => void remove()} className="btn-danger-ghost">
            {t('contacts:organisationPanel.delete')}
          </Button>
        </div>
      </header>

      <section className="contact-links" aria-labelledby="organisation-people-title">
        <h3 id="organisation-people-title" className="form-section-title">
          {t('contacts:organisationPanel.people', { count: people.data?.total ?? 0 })}
        </h3>
        {people.data && people.data.contacts.length > 0 ? (
          <ul className="contact-link-list">
            {people.data.contacts.map((contact) => {
              const Icon = ROLE_ICONS[contact.role];
              return (
                <li key={contact.id} className="contact-link">
                  <Icon aria-hidden className="contact-link-icon" />
                  <div className="contact-link-text">
                    <button type="button" className="link-button contact-link-title" onClick={() => onOpenContact(contact.id)}>
                      {contact.name}
                      {contact.nativeName ? (
                        <>
                          {' '}
                          <NativeName text={contact.nativeName} country={organisation.country} />
                        </>
                      ) : null}
                    </button>
                    <span className="contact-link-meta">
                      {[contact.title, t(`contacts:role.${contact.role}`)].filter(Boolean).join(' · ')}
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="form-note">{t('contacts:organisationPanel.nobody')}</p>
        )}
      </section>

      <form noValidate onSubmit={(event) => event.preventDefault()} className="detail-form" aria-label={t('contacts:organisationPanel.formLabel')}>
        <OrganisationFormFields form={form} />
      </form>
    </article>
  );
}
