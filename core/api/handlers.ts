import type Database from 'better-sqlite3';
import type { AsyncOperationName, OperationName, OperationResult, ParsedInput } from '../../shared/api/contract';
import * as contacts from '../services/contacts';
import { duplicateTrip } from '../services/duplicate';
import * as attachments from '../services/attachments';
import * as gifts from '../services/gifts';
import { giftsCsv } from '../sharing/gifts-csv';
import * as groups from '../services/groups';
import * as items from '../services/items';
import * as meetings from '../services/meetings';
import * as members from '../services/members';
import * as organisations from '../services/organisations';
import { searchAll } from '../services/search';
import * as trips from '../services/trips';
import { getFirstScreen, getWorkspace } from '../services/workspace';
import { restoreFromTrash } from '../services/trash';
import type { Deferred } from './deferred';
import { programmeHtml, programmePdf, warmUpPrinter } from './documents';
import * as sharing from '../sharing';
import { runChecks } from '../../shared/checks';
import { createBackup, listBackups, restoreNamedBackup } from '../db/backup';
import { getSettings, setLogo, updateSettings } from '../services/settings';
import { seedDemo } from '../demo';
import * as budget from '../services/budget';
import * as perDiem from '../services/per-diem';
import { budgetCsv, perDiemCsv } from '../sharing/budget-csv';
import { perDiemPdf } from './per-diem-pdf';
import { demoStatus, removeDemo } from '../demo/manage';
import { previewPurge, purgeExpired } from '../services/privacy/retention';
import { findPerson } from '../services/privacy/person';
import { encryptDatabase, encryptionStatus, erasePersonOperation, exportPerson } from './privacy';
import { setSensitive, shareWithTeam, tripSyncStatus } from '../sync/operations';
import { switchAddressBookSharing } from '../sync/address-book-sharing';
import { getTeam, setTeam, teamView } from '../sync/team-settings';
import { reportPresence } from '../sync/awareness';
import { plannerOf, setPlannerName } from '../sync/planner';
import { changesOfTrip, markSeen } from '../sync/row-changes';

/** Async operations (contract mode 'async') finish their work after the transaction: see deferred.ts. */
type Handlers = {
  [K in OperationName]: (
    db: Database.Database,
    input: ParsedInput<K>,
  ) => K extends AsyncOperationName ? Deferred<OperationResult<K>> : OperationResult<K>;
};

/** The core's implementation of every contract operation; a missing one is a type error. */
export const handlers: Handlers = {
  'trips:list': trips.listTrips,
  'trips:get': (db, { id }) => trips.getTrip(db, id),
  'trips:workspace': (db, { id, firstScreen }) => (firstScreen ? getFirstScreen(db, id) : getWorkspace(db, id)),
  'trips:create': (db, input) => trips.createTrip(db, input),
  'trips:update': trips.updateTrip,
  'trips:archive': trips.archiveTrip,
  'trips:delete': (db, { id }) => trips.deleteTrip(db, id),
  'trips:duplicate': duplicateTrip,

  'members:list': (db, { tripId }) => members.listMembers(db, tripId),
  'members:create': (db, input) => members.createMember(db, input),
  'members:update': members.updateMember,
  'members:delete': (db, { id }) => members.deleteMember(db, id),
  'members:reorder': members.reorderMembers,
  'members:copyFromTrip': members.copyMembers,

  'groups:list': (db, { tripId }) => groups.listGroups(db, tripId),
  'groups:create': (db, input) => groups.createGroup(db, input),
  'groups:update': groups.updateGroup,
  'groups:delete': (db, { id }) => groups.deleteGroup(db, id),

  'items:list': (db, { tripId }) => items.listItems(db, tripId),
  'items:get': (db, { id }) => items.getItem(db, id),
  'items:create': (db, input) => items.createItem(db, input),
  'items:update': items.updateItem,
  'items:delete': (db, { id }) => items.deleteItem(db, id),
  'items:reorder': items.reorderItems,

  'meetings:get': (db, { itemId }) => meetings.getMeeting(db, itemId),
  'meetings:update': meetings.updateMeeting,

  'organisations:list': (db) => organisations.listOrganisations(db),
  'organisations:create': (db, input) => organisations.createOrganisation(db, input),
  'organisations:update': organisations.updateOrganisation,
  'organisations:delete': (db, { id }) => organisations.deleteOrganisation(db, id),

  'contacts:list': contacts.listContacts,
  'contacts:get': (db, { id }) => contacts.getContact(db, id),
  'contacts:create': (db, input) => contacts.createContact(db, input),
  'contacts:update': contacts.updateContact,
  'contacts:delete': (db, { id }) => contacts.deleteContact(db, id),

  'gifts:list': (db, { tripId }) => gifts.listGifts(db, tripId),
  'gifts:register': gifts.giftRegister,
  'gifts:create': (db, input) => gifts.createGift(db, input),
  'gifts:update': gifts.updateGift,
  'gifts:delete': (db, { id }) => gifts.deleteGift(db, id),
  'gifts:csv': giftsCsv,

  'attachments:list': (db, { tripId }) => attachments.listAttachments(db, tripId),
  'attachments:add': (db, input) => attachments.addAttachment(db, input),
  'attachments:content': (db, { id }) => attachments.attachmentContent(db, id),
  'attachments:delete': (db, { id }) => attachments.deleteAttachment(db, id),

  'search:global': searchAll,
  'trash:restore': (db, { trashId }) => restoreFromTrash(db, trashId),

  'documents:html': programmeHtml,
  'documents:pdf': programmePdf,
  'documents:warmUp': () => warmUpPrinter(),

  'sharing:exportTrip': (db, { tripId, includePassports, includeAttachments }) =>
    sharing.exportTrip(db, tripId, { includePassports, includeAttachments }),
  'sharing:previewImport': (db, { content, ...options }) => sharing.previewImport(db, content, options),
  'sharing:applyImport': (db, { content, ...options }) => sharing.applyImport(db, content, options),
  'sharing:ics': (db, input) => sharing.calendarFile(db, input),
  'sharing:csv': (db, input) => sharing.csvFile(db, input),
  'sharing:vcard': (db, input) => sharing.vcardFiles(db, input, input.lang),

  // The backups folder is derived from the database file (<its folder>/backups): no transport
  // needs to know it. Restore replaces the rows inside this operation's transaction.
  'backups:list': (db) => listBackups(db),
  'backups:create': (db) => {
    const { path: _path, ...backup } = createBackup(db, 'manual');
    return backup;
  },
  'backups:restore': (db, { name }) => restoreNamedBackup(db, name),

  'checks:run': (db, { tripId, options }) => runChecks(getWorkspace(db, tripId), options),

  'budget:get': (db, { tripId }) => perDiem.getBudget(db, tripId),
  'budget:createSource': (db, input) => budget.createFundingSource(db, input),
  'budget:updateSource': budget.updateFundingSource,
  'budget:deleteSource': (db, { id }) => budget.deleteFundingSource(db, id),
  'budget:createLine': (db, input) => budget.createCostLine(db, input),
  'budget:updateLine': budget.updateCostLine,
  'budget:deleteLine': (db, { id }) => budget.deleteCostLine(db, id),
  'budget:csv': budgetCsv,

  'perDiem:rates': (db) => perDiem.listRates(db),
  'perDiem:saveRates': (db, { rates }) => perDiem.saveRates(db, rates),
  'perDiem:deleteRate': (db, { country, year }) => perDiem.deleteRate(db, country, year),
  'perDiem:sheet': (db, { tripId, memberId, rates }) => perDiem.tripPerDiem(db, tripId, memberId, rates),
  'perDiem:csv': perDiemCsv,
  'perDiem:pdf': perDiemPdf,

  'settings:get': (db) => getSettings(db),
  'settings:update': updateSettings,
  'settings:setLogo': (db, { image }) => setLogo(db, image),

  'privacy:purgePreview': (db) => previewPurge(db),
  'privacy:purge': (db, { trigger }) => purgeExpired(db, trigger),
  'privacy:findPerson': (db, query) => findPerson(db, query),
  'privacy:exportPerson': exportPerson,
  'privacy:erasePerson': erasePersonOperation,

  'database:encryptionStatus': (db) => encryptionStatus(db),
  'database:encrypt': encryptDatabase,
  'sync:status': (db, { tripId }) => tripSyncStatus(db, tripId),
  'sync:share': (db, { tripId, syncSensitive }) => shareWithTeam(db, tripId, syncSensitive),
  'sync:setSensitive': (db, { tripId, on }) => setSensitive(db, tripId, on),
  'sync:getTeam': (db) => teamView(db),
  'sync:setTeam': (db, team) => setTeam(db, team),
  'sync:setAddressBookSharing': (db, { on }) => {
    switchAddressBookSharing(db, getTeam(db), on);
    return teamView(db);
  },
  'sync:setPresence': (db, report) => reportPresence(db, report),
  'sync:changes': (db, { tripId }) => changesOfTrip(db, tripId),
  'sync:markSeen': (db, { tripId, ids }) => ({ unseen: markSeen(db, tripId, ids) }),
  'sync:getPlanner': (db) => ({ name: plannerOf(db).name }),
  'sync:setPlannerName': (db, { name }) => ({ name: setPlannerName(db, name).name }),

  'demo:status': (db) => demoStatus(db),
  'demo:load': (db) => {
    seedDemo(db);
    return demoStatus(db);
  },
  'demo:remove': (db) => {
    const { removedTrips } = removeDemo(db);
    return { ...demoStatus(db), removedTrips };
  },
};
