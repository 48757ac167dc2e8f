-- user_version 15

-- index attachments_by_blob
CREATE INDEX attachments_by_blob ON attachments(sha256);

-- index attachments_by_item
CREATE INDEX attachments_by_item ON attachments(item_id) WHERE item_id IS NOT NULL;

-- index attachments_by_member
CREATE INDEX attachments_by_member ON attachments(member_id) WHERE member_id IS NOT NULL;

-- index attachments_by_trip
CREATE INDEX attachments_by_trip ON attachments(trip_id, created_at);

-- index contacts_by_name
CREATE INDEX contacts_by_name ON contacts(name COLLATE NOCASE);

-- index contacts_by_organisation
CREATE INDEX contacts_by_organisation ON contacts(organisation_id);

-- index cost_lines_by_item
CREATE INDEX cost_lines_by_item ON cost_lines(item_id);

-- index cost_lines_by_member
CREATE INDEX cost_lines_by_member ON cost_lines(member_id);

-- index cost_lines_by_source
CREATE INDEX cost_lines_by_source ON cost_lines(funding_source_id);

-- index cost_lines_by_trip
CREATE INDEX cost_lines_by_trip ON cost_lines(trip_id, date);

-- index deletions_by_trip
CREATE INDEX deletions_by_trip ON deletions(trip_id);

-- index follow_ups_by_item
CREATE INDEX follow_ups_by_item ON follow_ups(item_id, position);

-- index funding_sources_by_trip
CREATE INDEX funding_sources_by_trip ON funding_sources(trip_id);

-- index gifts_by_contact
CREATE INDEX gifts_by_contact ON gifts(contact_id) WHERE contact_id IS NOT NULL;

-- index gifts_by_item
CREATE INDEX gifts_by_item ON gifts(item_id) WHERE item_id IS NOT NULL;

-- index gifts_by_organisation
CREATE INDEX gifts_by_organisation ON gifts(organisation_id) WHERE organisation_id IS NOT NULL;

-- index gifts_by_photo
CREATE INDEX gifts_by_photo ON gifts(photo_attachment_id) WHERE photo_attachment_id IS NOT NULL;

-- index gifts_by_trip
CREATE INDEX gifts_by_trip ON gifts(trip_id, gift_date);

-- index item_contacts_by_contact
CREATE INDEX item_contacts_by_contact ON item_contacts(contact_id);

-- index item_participants_by_member
CREATE INDEX item_participants_by_member ON item_participants(member_id);

-- index items_by_trip
CREATE INDEX items_by_trip ON items(trip_id, start_instant, sort_order);

-- index meeting_counterparts_by_contact
CREATE INDEX meeting_counterparts_by_contact ON meeting_counterparts(contact_id);

-- index meetings_by_host_organisation
CREATE INDEX meetings_by_host_organisation ON meetings(host_organisation_id) WHERE host_organisation_id IS NOT NULL;

-- index meetings_by_interpreter_contact
CREATE INDEX meetings_by_interpreter_contact ON meetings(interpreter_contact_id) WHERE interpreter_contact_id IS NOT NULL;

-- index meetings_by_interpreter_member
CREATE INDEX meetings_by_interpreter_member ON meetings(interpreter_member_id) WHERE interpreter_member_id IS NOT NULL;

-- index member_group_members_by_member
CREATE INDEX member_group_members_by_member ON member_group_members(member_id);

-- index member_groups_by_trip
CREATE INDEX member_groups_by_trip ON member_groups(trip_id);

-- index members_by_trip
CREATE INDEX members_by_trip ON members(trip_id, precedence);

-- index privacy_log_by_time
CREATE INDEX privacy_log_by_time ON privacy_log(ran_at);

-- index row_changes_by_trip
CREATE INDEX row_changes_by_trip ON row_changes(trip_id, unseen);

-- index search_entries_by_title
CREATE INDEX search_entries_by_title ON search_entries(kind, title_key, entity_id);

-- index shared_versions_by_trip
CREATE INDEX shared_versions_by_trip ON shared_versions(trip_id);

-- index sync_outbox_by_trip
CREATE INDEX sync_outbox_by_trip ON sync_outbox(trip_id, id);

-- index trash_by_time
CREATE INDEX trash_by_time ON trash(deleted_at);

-- table attachments
CREATE TABLE attachments (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
member_id TEXT REFERENCES members(id) ON DELETE CASCADE,
item_id TEXT REFERENCES items(id) ON DELETE CASCADE,
file_name TEXT NOT NULL,
media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
size INTEGER NOT NULL,
sha256 TEXT NOT NULL REFERENCES blobs(sha256),
sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0,
CHECK (member_id IS NULL OR item_id IS NULL)
) STRICT;

-- table blobs
CREATE TABLE blobs (
sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
size INTEGER NOT NULL CHECK (size >= 0),
content BLOB NOT NULL CHECK (length(content) = size),
created_at TEXT NOT NULL
) STRICT;

-- table contacts
CREATE TABLE contacts (
id TEXT PRIMARY KEY NOT NULL,
name TEXT NOT NULL,
native_name TEXT NOT NULL DEFAULT '',
title TEXT NOT NULL DEFAULT '',
organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
role TEXT NOT NULL,
phone TEXT NOT NULL DEFAULT '',
email TEXT NOT NULL DEFAULT '',
messaging TEXT NOT NULL DEFAULT '',
address TEXT NOT NULL DEFAULT '',
languages TEXT NOT NULL DEFAULT '',
notes TEXT NOT NULL DEFAULT '',
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table cost_lines
CREATE TABLE cost_lines (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
category TEXT NOT NULL CHECK (category IN ('travel', 'accommodation', 'per_diem', 'interpreters', 'local_transport', 'gifts', 'venue', 'other')),
description TEXT NOT NULL DEFAULT '',
planned_minor INTEGER NOT NULL DEFAULT 0 CHECK (planned_minor >= 0),
actual_minor INTEGER CHECK (actual_minor >= 0),
currency TEXT NOT NULL CHECK (length(currency) = 3),
rate_to_sek TEXT NOT NULL DEFAULT '1',
payer TEXT NOT NULL CHECK (payer IN ('municipality', 'grant', 'host')),
funding_source_id TEXT REFERENCES funding_sources(id) ON DELETE SET NULL,
member_id TEXT REFERENCES members(id) ON DELETE SET NULL,
item_id TEXT REFERENCES items(id) ON DELETE SET NULL,
date TEXT,
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table deletions
CREATE TABLE deletions (
entity_id TEXT PRIMARY KEY NOT NULL,
entity_type TEXT NOT NULL,
trip_id TEXT,
deleted_at TEXT NOT NULL
) STRICT;

-- table follow_ups
CREATE TABLE follow_ups (
id TEXT PRIMARY KEY NOT NULL,
item_id TEXT NOT NULL REFERENCES meetings(item_id) ON DELETE CASCADE,
text TEXT NOT NULL,
owner TEXT NOT NULL DEFAULT '',
due_date TEXT,
done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
position INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table funding_sources
CREATE TABLE funding_sources (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
name TEXT NOT NULL,
reference TEXT NOT NULL DEFAULT '',
amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
currency TEXT NOT NULL CHECK (length(currency) = 3),
rate_to_sek TEXT NOT NULL DEFAULT '1',
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table gifts
CREATE TABLE gifts (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
gift_date TEXT,
item_id TEXT REFERENCES items(id) ON DELETE SET NULL,
contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
description TEXT NOT NULL,
-- Estimated value in öre (SEK minor units): integers, so sums never round.
value_ore INTEGER CHECK (value_ore IS NULL OR value_ore >= 0),
holder TEXT NOT NULL DEFAULT '',
photo_attachment_id TEXT REFERENCES attachments(id) ON DELETE SET NULL,
notes TEXT NOT NULL DEFAULT '',
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table item_contacts
CREATE TABLE item_contacts (
item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
position INTEGER NOT NULL DEFAULT 0,
PRIMARY KEY (item_id, contact_id)
) STRICT, WITHOUT ROWID;

-- table item_participants
CREATE TABLE item_participants (
item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
PRIMARY KEY (item_id, member_id)
) STRICT, WITHOUT ROWID;

-- table items
CREATE TABLE items (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
kind TEXT NOT NULL,
title TEXT NOT NULL,
start_local TEXT NOT NULL,
start_zone TEXT NOT NULL,
end_local TEXT,
end_zone TEXT NOT NULL,
all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
-- Derived from start_local + start_zone when written; lets SQL order a trip's programme.
start_instant INTEGER NOT NULL,
venue TEXT NOT NULL DEFAULT '',
address TEXT NOT NULL DEFAULT '',
address_local TEXT NOT NULL DEFAULT '',
city TEXT NOT NULL DEFAULT '',
description TEXT NOT NULL DEFAULT '',
details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
public_notes TEXT NOT NULL DEFAULT '',
internal_notes TEXT NOT NULL DEFAULT '',
all_members INTEGER NOT NULL DEFAULT 1 CHECK (all_members IN (0, 1)),
sort_order INTEGER NOT NULL DEFAULT 0,
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
, translation TEXT NOT NULL DEFAULT '{"title":"","venue":"","description":""}' CHECK (json_valid(translation)), state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'cancelled')), outcome TEXT NOT NULL DEFAULT '', seating TEXT CHECK (seating IS NULL OR json_valid(seating))) STRICT;

-- table meeting_counterparts
CREATE TABLE meeting_counterparts (
item_id TEXT NOT NULL REFERENCES meetings(item_id) ON DELETE CASCADE,
contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
position INTEGER NOT NULL DEFAULT 0,
PRIMARY KEY (item_id, contact_id)
) STRICT, WITHOUT ROWID;

-- table meetings
CREATE TABLE meetings (
item_id TEXT PRIMARY KEY NOT NULL REFERENCES items(id) ON DELETE CASCADE,
host_organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
host_organisation TEXT NOT NULL DEFAULT '',
counterpart_language TEXT NOT NULL DEFAULT '',
interpreter_member_id TEXT REFERENCES members(id) ON DELETE SET NULL,
interpreter_contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
agenda TEXT NOT NULL DEFAULT '',
talking_points TEXT NOT NULL DEFAULT '',
gifts_given TEXT NOT NULL DEFAULT '',
gifts_received TEXT NOT NULL DEFAULT '',
dress_code TEXT NOT NULL DEFAULT '',
minutes TEXT NOT NULL DEFAULT '',
online_url TEXT NOT NULL DEFAULT '',
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
, translation TEXT NOT NULL DEFAULT '{"agenda":""}' CHECK (json_valid(translation)), agreements TEXT NOT NULL DEFAULT '') STRICT;

-- table member_group_members
CREATE TABLE member_group_members (
group_id TEXT NOT NULL REFERENCES member_groups(id) ON DELETE CASCADE,
member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
PRIMARY KEY (group_id, member_id)
) STRICT, WITHOUT ROWID;

-- table member_groups
CREATE TABLE member_groups (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
name TEXT NOT NULL,
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table members
CREATE TABLE members (
id TEXT PRIMARY KEY NOT NULL,
trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
name TEXT NOT NULL,
native_name TEXT NOT NULL DEFAULT '',
title TEXT NOT NULL DEFAULT '',
organisation TEXT NOT NULL DEFAULT '',
party TEXT NOT NULL DEFAULT '',
role TEXT NOT NULL,
precedence INTEGER NOT NULL,
email TEXT NOT NULL DEFAULT '',
phone TEXT NOT NULL DEFAULT '',
passport_number TEXT NOT NULL DEFAULT '',
passport_expiry TEXT,
nationality TEXT NOT NULL DEFAULT '',
visa_status TEXT NOT NULL,
visa_expiry TEXT,
dietary_needs TEXT NOT NULL DEFAULT '',
accessibility_needs TEXT NOT NULL DEFAULT '',
emergency_contact TEXT NOT NULL DEFAULT '',
notes TEXT NOT NULL DEFAULT '',
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
, side TEXT NOT NULL DEFAULT 'visitor' CHECK (side IN ('visitor', 'host')), translation TEXT NOT NULL DEFAULT '{"title":"","organisation":""}' CHECK (json_valid(translation)), sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'x')), date_of_birth TEXT) STRICT;

-- table organisations
CREATE TABLE organisations (
id TEXT PRIMARY KEY NOT NULL,
name TEXT NOT NULL,
native_name TEXT NOT NULL DEFAULT '',
city TEXT NOT NULL DEFAULT '',
country TEXT NOT NULL DEFAULT '',
address TEXT NOT NULL DEFAULT '',
address_local TEXT NOT NULL DEFAULT '',
phone TEXT NOT NULL DEFAULT '',
website TEXT NOT NULL DEFAULT '',
notes TEXT NOT NULL DEFAULT '',
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table per_diem_rates
CREATE TABLE per_diem_rates (
country TEXT NOT NULL CHECK (length(country) = 2),
year INTEGER NOT NULL,
amount_sek_minor INTEGER NOT NULL CHECK (amount_sek_minor >= 0),
source TEXT NOT NULL DEFAULT '',
updated_at TEXT NOT NULL,
PRIMARY KEY (country, year)
) STRICT, WITHOUT ROWID;

-- table privacy_erasures
CREATE TABLE privacy_erasures (
entity_id TEXT PRIMARY KEY NOT NULL,
entity_type TEXT NOT NULL CHECK (entity_type IN ('member', 'contact')),
erased_at TEXT NOT NULL
) STRICT;

-- table privacy_log
CREATE TABLE privacy_log (
id INTEGER PRIMARY KEY,
action TEXT NOT NULL CHECK (action IN ('purge', 'erase')),
trigger TEXT NOT NULL,
ran_at TEXT NOT NULL,
trips INTEGER NOT NULL DEFAULT 0,
members INTEGER NOT NULL DEFAULT 0,
contacts INTEGER NOT NULL DEFAULT 0
) STRICT;

-- table row_changes
CREATE TABLE row_changes (
entity_id TEXT PRIMARY KEY NOT NULL,
entity_type TEXT NOT NULL CHECK (entity_type IN ('trip', 'member', 'group', 'item')),
trip_id TEXT NOT NULL,
changed_by TEXT NOT NULL,
changed_by_laptop TEXT NOT NULL,
changed_at TEXT NOT NULL,
unseen INTEGER NOT NULL DEFAULT 0 CHECK (unseen IN (0, 1))
) STRICT;

-- table search_entries
CREATE TABLE search_entries (
kind TEXT NOT NULL CHECK (kind IN ('trip', 'member', 'item', 'contact')),
entity_id TEXT NOT NULL,
-- fold() of the title (trip title, member or contact name, item title): ranks hits whose
-- title starts with the query first, and orders the address book.
title_key TEXT NOT NULL,
-- fold() of what 'search:global' matches in.
global_text TEXT NOT NULL,
-- fold() of what 'contacts:list' matches in (also role, e-mail and phone); '' for other kinds.
list_text TEXT NOT NULL DEFAULT '',
-- updated_at and revision of the row(s) the texts were made from.
source_version TEXT NOT NULL,
PRIMARY KEY (kind, entity_id)
) STRICT, WITHOUT ROWID;

-- table settings
CREATE TABLE settings (
key TEXT PRIMARY KEY NOT NULL,
value TEXT NOT NULL CHECK (json_valid(value)),
updated_at TEXT NOT NULL
) STRICT;

-- table shared_versions
CREATE TABLE shared_versions (
entity_type TEXT NOT NULL CHECK (entity_type IN ('trip', 'member', 'member_group', 'item', 'meeting', 'contact', 'organisation')),
entity_id TEXT NOT NULL,
trip_id TEXT,
revision INTEGER NOT NULL,
updated_at TEXT NOT NULL,
-- When this version was first shared, and how.
shared_at TEXT NOT NULL,
direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
PRIMARY KEY (entity_type, entity_id, revision, updated_at)
) STRICT, WITHOUT ROWID;

-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);

-- table sync_address_book
CREATE TABLE sync_address_book (
id INTEGER PRIMARY KEY CHECK (id = 1),
server_url TEXT NOT NULL,
state BLOB NOT NULL,
last_error TEXT,
synced_at TEXT,
created_at TEXT NOT NULL
) STRICT;

-- table sync_doc_updates
CREATE TABLE sync_doc_updates (
trip_id TEXT NOT NULL REFERENCES sync_docs(trip_id) ON DELETE CASCADE,
seq INTEGER NOT NULL,
update_data BLOB NOT NULL,
PRIMARY KEY (trip_id, seq)
) STRICT;

-- table sync_docs
CREATE TABLE sync_docs (
trip_id TEXT PRIMARY KEY NOT NULL,
server_url TEXT NOT NULL,
state BLOB NOT NULL,
shared_by_me INTEGER NOT NULL DEFAULT 0 CHECK (shared_by_me IN (0, 1)),
version INTEGER NOT NULL DEFAULT 0,
last_error TEXT,
synced_at TEXT,
created_at TEXT NOT NULL
) STRICT;

-- table sync_outbox
CREATE TABLE sync_outbox (
id INTEGER PRIMARY KEY AUTOINCREMENT,
trip_id TEXT NOT NULL REFERENCES sync_docs(trip_id) ON DELETE CASCADE,
update_data BLOB NOT NULL,
created_at TEXT NOT NULL
) STRICT;

-- table trash
CREATE TABLE trash (
id TEXT PRIMARY KEY NOT NULL,
entity_type TEXT NOT NULL,
entity_id TEXT NOT NULL,
trip_id TEXT,
snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
deleted_at TEXT NOT NULL
) STRICT;

-- table trips
CREATE TABLE trips (
id TEXT PRIMARY KEY NOT NULL,
title TEXT NOT NULL,
direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
purpose TEXT NOT NULL DEFAULT '',
sending_organisation TEXT NOT NULL DEFAULT '',
hosting_organisation TEXT NOT NULL DEFAULT '',
destinations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(destinations)),
start_date TEXT NOT NULL,
end_date TEXT NOT NULL,
home_time_zone TEXT NOT NULL,
status TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'completed', 'cancelled')),
funding_reference TEXT NOT NULL DEFAULT '',
notes TEXT NOT NULL DEFAULT '',
archived_at TEXT,
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
revision INTEGER NOT NULL DEFAULT 0, visitors_time_zone TEXT, cost_coverage TEXT NOT NULL DEFAULT '', report_results TEXT NOT NULL DEFAULT '', report_lessons TEXT NOT NULL DEFAULT '', report_next_steps TEXT NOT NULL DEFAULT '',
CHECK (start_date <= end_date)
) STRICT;

-- trigger attachments_tombstone
CREATE TRIGGER attachments_tombstone AFTER DELETE ON attachments BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'attachment', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger attachments_untombstone
CREATE TRIGGER attachments_untombstone AFTER INSERT ON attachments BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger contacts_tombstone
CREATE TRIGGER contacts_tombstone AFTER DELETE ON contacts BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'contact', NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger contacts_untombstone
CREATE TRIGGER contacts_untombstone AFTER INSERT ON contacts BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger follow_ups_tombstone
CREATE TRIGGER follow_ups_tombstone AFTER DELETE ON follow_ups BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'follow_up', (SELECT trip_id FROM items WHERE id = OLD.item_id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger follow_ups_untombstone
CREATE TRIGGER follow_ups_untombstone AFTER INSERT ON follow_ups BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger gifts_tombstone
CREATE TRIGGER gifts_tombstone AFTER DELETE ON gifts BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'gift', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger gifts_untombstone
CREATE TRIGGER gifts_untombstone AFTER INSERT ON gifts BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger items_tombstone
CREATE TRIGGER items_tombstone AFTER DELETE ON items BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'item', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger items_untombstone
CREATE TRIGGER items_untombstone AFTER INSERT ON items BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger member_groups_tombstone
CREATE TRIGGER member_groups_tombstone AFTER DELETE ON member_groups BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'member_group', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger member_groups_untombstone
CREATE TRIGGER member_groups_untombstone AFTER INSERT ON member_groups BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger members_tombstone
CREATE TRIGGER members_tombstone AFTER DELETE ON members BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'member', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger members_untombstone
CREATE TRIGGER members_untombstone AFTER INSERT ON members BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger organisations_tombstone
CREATE TRIGGER organisations_tombstone AFTER DELETE ON organisations BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'organisation', NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger organisations_untombstone
CREATE TRIGGER organisations_untombstone AFTER INSERT ON organisations BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;

-- trigger trips_tombstone
CREATE TRIGGER trips_tombstone AFTER DELETE ON trips BEGIN
INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
VALUES (OLD.id, 'trip', OLD.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- trigger trips_untombstone
CREATE TRIGGER trips_untombstone AFTER INSERT ON trips BEGIN
DELETE FROM deletions WHERE entity_id = NEW.id;
END;
