import { useCallback, useState } from 'react';
import { Building2, Plus, UsersRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useNavigate } from '../../navigation/Link';
import { paths } from '../../navigation/routes';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { TabPanel, Tabs } from '../../ui/Tabs';
import { useOptionalTripWorkspace } from '../../navigation/workspaceContext';
import { useAddressBookChanges } from '../sync';
import { ContactCreateDialog } from './ContactCreateDialog';
import { OrganisationCreateDialog } from './OrganisationCreateDialog';
import { OrganisationsPane } from './OrganisationsPane';
import { PeoplePane, type ContactScope } from './PeoplePane';
import '../../ui/panel.css';
import './contacts.css';

type View = 'people' | 'organisations';
const TABS_ID = 'address-book';

/**
 * The address book shared by all trips: people (with native-script names beside Latin ones) and
 * organisations. The same screen is a trip's Contacts tab — where it can show the trip's own
 * contacts and link a contact to the trip's items — and the global address book at #/contacts.
 * The selected contact is in the address (…/contacts/:contactId), so search hits and reloads
 * land on it.
 */
export function ContactsScreen() {
  const { t } = useTranslation('contacts');
  const trip = useOptionalTripWorkspace();
  const params = useParams<{ contactId?: string }>();
  const navigate = useNavigate();
  const selectedId = trip ? trip.focusId : (params.contactId ?? null);
  const tripId = trip?.tripId;
  useAddressBookChanges();

  const [view, setView] = useState<View>('people');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'contact' | 'organisation' | null>(null);
  const [scope, setScope] = useState<ContactScope>(() => {
    const contacts = trip?.workspace.contacts ?? [];
    const focusInTrip = !selectedId || contacts.some((c) => c.id === selectedId);
    return contacts.length > 0 && focusInTrip ? 'trip' : 'all';
  });

  const selectContact = useCallback(
    (contactId: string | null) => {
      const to = tripId ? paths.trip(tripId, 'contacts', contactId ?? undefined) : paths.addressBook(contactId ?? undefined);
      navigate(to, { replace: true });
    },
    [navigate, tripId],
  );

  return (
    <div className="screen address-book split-screen" data-testid="contacts-screen">
      <ScreenHeader
        title={trip ? t('title') : t('addressBookTitle')}
        description={trip ? t('description.trip') : t('description.global')}
        actions={
          view === 'people' ? (
            <Button variant="primary" icon={Plus} onClick={() => setDialog('contact')}>
              {t('newContact')}
            </Button>
          ) : (
            <Button variant="primary" icon={Plus} onClick={() => setDialog('organisation')}>
              {t('newOrganisation')}
            </Button>
          )
        }
      />
      <Tabs<View>
        label={t('tabs.label')}
        idPrefix={TABS_ID}
        value={view}
        onChange={setView}
        tabs={[
          { value: 'people', label: t('tabs.people'), icon: UsersRound },
          { value: 'organisations', label: t('tabs.organisations'), icon: Building2 },
        ]}
      />
      <TabPanel idPrefix={TABS_ID} value={view}>
        {view === 'people' ? (
          <PeoplePane selectedId={selectedId} onSelect={selectContact} scope={scope} onScopeChange={setScope} />
        ) : (
          <OrganisationsPane
            selectedId={organisationId}
            onSelect={setOrganisationId}
            onOpenContact={(contactId) => {
              setView('people');
              if (trip) setScope('all');
              selectContact(contactId);
            }}
          />
        )}
      </TabPanel>

      {dialog === 'contact' ? (
        <ContactCreateDialog
          onClose={() => setDialog(null)}
          onCreated={(contact) => selectContact(contact.id)}
        />
      ) : null}
      {dialog === 'organisation' ? (
        <OrganisationCreateDialog onClose={() => setDialog(null)} onCreated={(organisation) => setOrganisationId(organisation.id)} />
      ) : null}
    </div>
  );
}

/** #/contacts[/:contactId]: the address book outside any trip. */
export function AddressBookPage() {
  return (
    <div className="page page-fill">
      <ContactsScreen />
    </div>
  );
}
