import type { Contact, ContactRole, Organisation } from '../../../../shared/domain/contact';

/** A contact as its form holds it: the fields of ContactCreate / ContactPatch, all present. */
export interface ContactFormValues {
  name: string;
  nativeName: string;
  title: string;
  organisationId: string | null;
  role: ContactRole;
  phone: string;
  email: string;
  messaging: string;
  address: string;
  languages: string;
  notes: string;
}

export function emptyContactForm(overrides: Partial<ContactFormValues> = {}): ContactFormValues {
  return {
    name: '',
    nativeName: '',
    title: '',
    organisationId: null,
    role: 'other',
    phone: '',
    email: '',
    messaging: '',
    address: '',
    languages: '',
    notes: '',
    ...overrides,
  };
}

export function contactToForm(contact: Contact): ContactFormValues {
  const { name, nativeName, title, organisationId, role, phone, email, messaging, address, languages, notes } = contact;
  return { name, nativeName, title, organisationId, role, phone, email, messaging, address, languages, notes };
}

/** An organisation as its form holds it (OrganisationCreate / OrganisationPatch fields). */
export interface OrganisationFormValues {
  name: string;
  nativeName: string;
  city: string;
  country: string;
  address: string;
  addressLocal: string;
  phone: string;
  website: string;
  notes: string;
}

export function emptyOrganisationForm(overrides: Partial<OrganisationFormValues> = {}): OrganisationFormValues {
  return {
    name: '',
    nativeName: '',
    city: '',
    country: '',
    address: '',
    addressLocal: '',
    phone: '',
    website: '',
    notes: '',
    ...overrides,
  };
}

export function organisationToForm(organisation: Organisation): OrganisationFormValues {
  const { name, nativeName, city, country, address, addressLocal, phone, website, notes } = organisation;
  return { name, nativeName, city, country, address, addressLocal, phone, website, notes };
}
