import type { LucideIcon } from 'lucide-react';
import { BedDouble, Building2, Car, Compass, Flag, Landmark, Languages, Siren, Stamp, User } from 'lucide-react';
import { ContactRole } from '../../../../shared/domain/contact';

/** Roles in the order the pickers list them. */
export const CONTACT_ROLES: readonly ContactRole[] = ContactRole.options;

/** One icon per role: the list shows at a glance who is a host, an interpreter or a driver. */
export const ROLE_ICONS: Record<ContactRole, LucideIcon> = {
  host: Landmark,
  interpreter: Languages,
  embassy: Flag,
  consulate: Stamp,
  company: Building2,
  guide: Compass,
  driver: Car,
  hotel: BedDouble,
  emergency: Siren,
  other: User,
};
