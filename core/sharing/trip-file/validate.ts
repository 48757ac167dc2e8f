import type { FieldIssue } from '../../../shared/api/result';
import { compareLocal } from '../../../shared/time/zoned';
import { ServiceError } from '../../services/errors';
import { sha256Hex } from '../../services/blobs';
import { TRIP_FILE_FORMAT, TRIP_FILE_VERSION, TripFileSchema, type TripFile } from './format';
import { parseJsonSafely } from './safe-json';

/**
 * Read a `.delegation` file's text into a checked TripFile, or throw ServiceError('invalid_input')
 * with a message that says what is wrong. Nothing here touches the database: the whole file is
 * validated (limits, JSON, format and version, every field, references between entities) before
 * an import looks at local data.
 */
export function readTripFile(text: string): TripFile {
  const json = parseJsonSafely(text);
  checkEnvelope(json);
  const parsed = TripFileSchema.safeParse(json);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: issue.message,
      })),
    );
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length) throw invalid(problems);
  return parsed.data;
}

/** Format and version first, so a newer file gets "update the app", not a list of odd fields. */
function checkEnvelope(json: unknown): void {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const found = json === null ? 'null' : Array.isArray(json) ? 'a list' : `a ${typeof json}`;
    throw new ServiceError('invalid_input', `Not a Delegation Planner trip file: it holds ${found}, not a trip`);
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== TRIP_FILE_FORMAT) {
    throw new ServiceError(
      'invalid_input',
      `Not a Delegation Planner trip file: its format is ${format === undefined ? 'missing' : JSON.stringify(String(format).slice(0, 60))}, expected "${TRIP_FILE_FORMAT}"`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ServiceError('invalid_input', `The trip file has no valid version number (found ${JSON.stringify(version ?? null)})`);
  }
  if (version > TRIP_FILE_VERSION) {
    throw new ServiceError(
      'invalid_input',
      `This trip file was made by a newer version of Delegation Planner (trip file version ${version}; this app reads version ${TRIP_FILE_VERSION}). Update Delegation Planner to import it.`,
    );
  }
}

/** References between the file's entities, duplicate ids, and rules the schemas cannot see alone. */
export function integrityProblems(file: TripFile): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const add = (path: (string | number)[], message: string) => {
    if (problems.length < 50) problems.push({ path, message });
  };

  // Every id names one thing (a meeting's details share their item's id by design).
  const owners = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const where = path.join('.');
    const earlier = owners.get(id);
    if (earlier) add(path, `Duplicate id ${id} (also used by ${earlier})`);
    else owners.set(id, where);
  };
  claim(file.trip.id, ['trip', 'id']);
  file.members.forEach((m, i) => claim(m.id, ['members', i, 'id']));
  file.groups.forEach((g, i) => claim(g.id, ['groups', i, 'id']));
  file.items.forEach((it, i) => claim(it.id, ['items', i, 'id']));
  file.contacts.forEach((c, i) => claim(c.id, ['contacts', i, 'id']));
  file.organisations.forEach((o, i) => claim(o.id, ['organisations', i, 'id']));
  file.meetings.forEach((m, i) => m.followUps.forEach((f, j) => claim(f.id, ['meetings', i, 'followUps', j, 'id'])));
  file.attachments?.forEach((a, i) => claim(a.id, ['attachments', i, 'id']));

  const members = new Set(file.members.map((m) => m.id));
  const items = new Map(file.items.map((it) => [it.id, it]));
  const contacts = new Set(file.contacts.map((c) => c.id));
  const organisations = new Set(file.organisations.map((o) => o.id));
  const tripId = file.trip.id;

  const refs = (ids: readonly string[], known: Set<string>, path: (string | number)[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, k) => {
      if (!known.has(id)) add([...path, k], `Refers to ${what} ${id}, which is not in the file`);
      if (seen.has(id)) add([...path, k], `Lists ${what} ${id} twice`);
      seen.add(id);
    });
  };
  const ref = (id: string | null, known: Set<string>, path: (string | number)[], what: string) => {
    if (id !== null && !known.has(id)) add(path, `Refers to ${what} ${id}, which is not in the file`);
  };

  if (file.trip.startDate > file.trip.endDate) add(['trip', 'endDate'], 'The trip ends before it starts');

  file.members.forEach((m, i) => {
    if (m.tripId !== tripId) add(['members', i, 'tripId'], 'Belongs to another trip than the file’s');
    if ((m.passportNumber !== undefined) !== file.includesPassports) {
      add(['members', i, 'passportNumber'], file.includesPassports ? 'Missing (the file says it includes passports)' : 'Present although the file says it has no passport numbers');
    }
    // Sex and date of birth may be missing from a file with passports (written before they existed).
    if (!file.includesPassports && (m.sex !== undefined || m.dateOfBirth !== undefined)) {
      add(['members', i, m.sex !== undefined ? 'sex' : 'dateOfBirth'], 'Present although the file says it has no passport data');
    }
  });
  file.groups.forEach((g, i) => {
    if (g.tripId !== tripId) add(['groups', i, 'tripId'], 'Belongs to another trip than the file’s');
    refs(g.memberIds, members, ['groups', i, 'memberIds'], 'member');
  });
  file.items.forEach((it, i) => {
    if (it.tripId !== tripId) add(['items', i, 'tripId'], 'Belongs to another trip than the file’s');
    if (it.allMembers && it.participantIds.length) add(['items', i, 'participantIds'], 'Must be empty when allMembers is true');
    refs(it.participantIds, members, ['items', i, 'participantIds'], 'member');
    refs(it.contactIds, contacts, ['items', i, 'contactIds'], 'contact');
    if (it.endLocal && compareLocal(it.startLocal, it.startZone, it.endLocal, it.endZone) > 0) {
      add(['items', i, 'endLocal'], 'The end is before the start');
    }
  });
  const meetingItems = new Set<string>();
  file.meetings.forEach((m, i) => {
    if (!items.has(m.itemId)) add(['meetings', i, 'itemId'], `Refers to item ${m.itemId}, which is not in the file`);
    if (meetingItems.has(m.itemId)) add(['meetings', i, 'itemId'], `A second set of meeting details for item ${m.itemId}`);
    meetingItems.add(m.itemId);
    refs(m.counterpartIds, contacts, ['meetings', i, 'counterpartIds'], 'contact');
    ref(m.interpreterMemberId, members, ['meetings', i, 'interpreterMemberId'], 'member');
    ref(m.interpreterContactId, contacts, ['meetings', i, 'interpreterContactId'], 'contact');
    ref(m.hostOrganisationId, organisations, ['meetings', i, 'hostOrganisationId'], 'organisation');
  });
  file.contacts.forEach((c, i) => ref(c.organisationId, organisations, ['contacts', i, 'organisationId'], 'organisation'));

  file.attachments?.forEach((a, i) => {
    if (a.tripId !== tripId) add(['attachments', i, 'tripId'], 'Belongs to another trip than the file’s');
    if (a.memberId && a.itemId) add(['attachments', i, 'itemId'], 'Belongs to a member and an item at once');
    ref(a.memberId, members, ['attachments', i, 'memberId'], 'member');
    ref(a.itemId, new Set(items.keys()), ['attachments', i, 'itemId'], 'item');
    // The size was bounded by the schema, so decoding here is bounded too.
    const bytes = Buffer.from(a.content, 'base64');
    if (bytes.length !== a.size) add(['attachments', i, 'content'], `Holds ${bytes.length} bytes but declares ${a.size}`);
    else if (sha256Hex(bytes) !== a.sha256) add(['attachments', i, 'sha256'], 'The contents do not match their checksum: damaged or altered');
  });

  const tombstones = new Set<string>();
  file.tombstones.forEach((t, i) => {
    if (owners.has(t.entityId)) add(['tombstones', i, 'entityId'], `Marks ${t.entityId} as deleted, but the file also contains it`);
    if (tombstones.has(t.entityId)) add(['tombstones', i, 'entityId'], `Lists the deletion of ${t.entityId} twice`);
    tombstones.add(t.entityId);
  });
  return problems;
}

function invalid(issues: FieldIssue[]): ServiceError {
  const first = issues[0]!;
  const where = first.path.length ? `${formatPath(first.path)}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  return new ServiceError('invalid_input', `The trip file is not valid: ${where}${first.message}${more}`, issues.slice(0, 50));
}

/** items.3.startLocal → items[3].startLocal: reads like the path into the JSON. */
function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
