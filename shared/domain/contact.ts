import { z } from 'zod';
import { Email, Id, Line, RequiredLine, Text, Timestamps } from './primitives';

export const ContactRole = z.enum([
  'host',
  'interpreter',
  'embassy',
  'consulate',
  'company',
  'guide',
  'driver',
  'hotel',
  'emergency',
  'other',
]);
export type ContactRole = z.infer<typeof ContactRole>;

const organisationFields = {
  name: RequiredLine(200),
  /** Name in native script, e.g. 济南市人民政府. */
  nativeName: Line(200),
  city: Line(120),
  country: Line(2),
  address: Line(500),
  addressLocal: Line(500),
  phone: Line(60),
  website: Line(500),
  notes: Text(),
};

export const OrganisationCreate = z.object({
  name: organisationFields.name,
  nativeName: organisationFields.nativeName.default(''),
  city: organisationFields.city.default(''),
  country: organisationFields.country.default(''),
  address: organisationFields.address.default(''),
  addressLocal: organisationFields.addressLocal.default(''),
  phone: organisationFields.phone.default(''),
  website: organisationFields.website.default(''),
  notes: organisationFields.notes.default(''),
});
export type OrganisationCreate = z.input<typeof OrganisationCreate>;
export const OrganisationPatch = z.object(organisationFields).partial();
export type OrganisationPatch = z.input<typeof OrganisationPatch>;
export const Organisation = z.object({ id: Id, ...organisationFields, ...Timestamps });
export type Organisation = z.infer<typeof Organisation>;

const contactFields = {
  /** Name in Latin script, e.g. "Wang Wei". */
  name: RequiredLine(200),
  /** Name in native script, e.g. 王伟. */
  nativeName: Line(200),
  title: Line(200),
  organisationId: Id.nullable(),
  role: ContactRole,
  phone: Line(60),
  email: Email,
  /** Messaging handle with its service, e.g. "WeChat: wangwei_jn". */
  messaging: Line(200),
  address: Line(500),
  /** Languages spoken (BCP 47 tags, comma-separated), e.g. "zh, en". */
  languages: Line(100),
  notes: Text(),
};

export const ContactCreate = z.object({
  name: contactFields.name,
  nativeName: contactFields.nativeName.default(''),
  title: contactFields.title.default(''),
  organisationId: contactFields.organisationId.default(null),
  role: contactFields.role.default('other'),
  phone: contactFields.phone.default(''),
  email: contactFields.email.default(''),
  messaging: contactFields.messaging.default(''),
  address: contactFields.address.default(''),
  languages: contactFields.languages.default(''),
  notes: contactFields.notes.default(''),
});
export type ContactCreate = z.input<typeof ContactCreate>;
export const ContactPatch = z.object(contactFields).partial();
export type ContactPatch = z.input<typeof ContactPatch>;
export const Contact = z.object({ id: Id, ...contactFields, ...Timestamps });
export type Contact = z.infer<typeof Contact>;
