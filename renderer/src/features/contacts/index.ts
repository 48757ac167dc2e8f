export { ContactsScreen, AddressBookPage } from './ContactsScreen';
export { ContactPicker } from './ContactPicker';
export { NativeName } from './NativeName';
export { OrganisationSelect, useNewOrganisation } from './OrganisationSelect';
export { ROLE_ICONS } from './labels';
export { useContactSearch, useOrganisationIndex } from './queries';
