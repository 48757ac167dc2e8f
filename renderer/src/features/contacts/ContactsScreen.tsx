import { BookUser } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useAppStateSignal } from '../../app/readiness';
import { PlaceholderScreen, useOptionalTripWorkspace } from '../workspace';

/**
 * Placeholder: the address book with organisations. The same screen is a trip's Contacts tab
 * (the trip's contacts first) and the global address book at #/contacts.
 */
export function ContactsScreen() {
  const { t } = useTranslation('contacts');
  const trip = useOptionalTripWorkspace();
  return (
    <PlaceholderScreen title={t('title')} icon={BookUser} heading={t('placeholder.heading')}>
      {trip ? t('placeholder.tripBody', { count: trip.workspace.contacts.length }) : t('placeholder.body')}
    </PlaceholderScreen>
  );
}

/** #/contacts[/:contactId]: the address book outside any trip. */
export function AddressBookPage() {
  const params = useParams<{ contactId?: string }>();
  useAppStateSignal('success');
  return (
    <div className="page" data-contact-id={params.contactId}>
      <ContactsScreen />
    </div>
  );
}
