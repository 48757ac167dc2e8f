export { ContactsScreen, AddressBookPage } from './ContactsScreen';
