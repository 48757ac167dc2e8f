/**
 * Every UI string, per language and per namespace. One namespace per feature so that the
 * engineers of parallel features never edit the same file; shared words live in `common`.
 * English is the reference for key types (i18next.d.ts); tests/web/i18n.test.ts checks that
 * every key exists in both languages.
 */
import enCommon from './en/common.json';
import enTrips from './en/trips.json';
import enOverview from './en/overview.json';
import enProgramme from './en/programme.json';
import enMembers from './en/members.json';
import enMeetings from './en/meetings.json';
import enContacts from './en/contacts.json';
import enChecks from './en/checks.json';
import enDocuments from './en/documents.json';
import enSearch from './en/search.json';
import enSettings from './en/settings.json';
import enBackups from './en/backups.json';
import enSharing from './en/sharing.json';
import enBudget from './en/budget.json';
import enPrivacy from './en/privacy.json';
import enGifts from './en/gifts.json';
import enAttachments from './en/attachments.json';
import enSync from './en/sync.json';
import svCommon from './sv/common.json';
import svTrips from './sv/trips.json';
import svOverview from './sv/overview.json';
import svProgramme from './sv/programme.json';
import svMembers from './sv/members.json';
import svMeetings from './sv/meetings.json';
import svContacts from './sv/contacts.json';
import svChecks from './sv/checks.json';
import svDocuments from './sv/documents.json';
import svSearch from './sv/search.json';
import svSettings from './sv/settings.json';
import svBackups from './sv/backups.json';
import svSharing from './sv/sharing.json';
import svBudget from './sv/budget.json';
import svPrivacy from './sv/privacy.json';
import svGifts from './sv/gifts.json';
import svAttachments from './sv/attachments.json';
import svSync from './sv/sync.json';

export const NAMESPACES = [
  'common',
  'trips',
  'overview',
  'programme',
  'members',
  'meetings',
  'contacts',
  'checks',
  'documents',
  'search',
  'settings',
  'backups',
  'sharing',
  'budget',
  'privacy',
  'gifts',
  'attachments',
  'sync',
] as const;

export const resources = {
  en: {
    common: enCommon,
    trips: enTrips,
    overview: enOverview,
    programme: enProgramme,
    members: enMembers,
    meetings: enMeetings,
    contacts: enContacts,
    checks: enChecks,
    documents: enDocuments,
    search: enSearch,
    settings: enSettings,
    backups: enBackups,
    sharing: enSharing,
    budget: enBudget,
    privacy: enPrivacy,
    gifts: enGifts,
    attachments: enAttachments,
    sync: enSync,
  },
  sv: {
    common: svCommon,
    trips: svTrips,
    overview: svOverview,
    programme: svProgramme,
    members: svMembers,
    meetings: svMeetings,
    contacts: svContacts,
    checks: svChecks,
    documents: svDocuments,
    search: svSearch,
    settings: svSettings,
    backups: svBackups,
    sharing: svSharing,
    budget: svBudget,
    privacy: svPrivacy,
    gifts: svGifts,
    attachments: svAttachments,
    sync: svSync,
  },
} as const;
