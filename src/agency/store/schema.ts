/**
 * The demo agency's tables. Rows that travel in the feed as a whole keep their entity JSON in a
 * `data` column next to the columns the rules query, so an upsert never rebuilds a resource from
 * scattered tables. `changes` is the feed itself: one row per live resource (plus tombstones),
 * pre-serialised, replaced on every change so a full sync reads each resource once.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE persons (
  id TEXT PRIMARY KEY, name TEXT, personnummer TEXT NOT NULL UNIQUE,
  is_counsel INTEGER NOT NULL DEFAULT 0, status TEXT, phone TEXT, email TEXT
) STRICT;
CREATE TABLE delegations (
  counsel_id TEXT NOT NULL, assistant_id TEXT NOT NULL, added_on TEXT NOT NULL,
  PRIMARY KEY (counsel_id, assistant_id)
) STRICT;
CREATE TABLE workplaces (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, name TEXT NOT NULL, street TEXT NOT NULL,
  postcode TEXT NOT NULL, city TEXT NOT NULL, extra TEXT
) STRICT;
CREATE TABLE payment_accounts (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, org_number TEXT NOT NULL, org_name TEXT,
  account_type TEXT NOT NULL, account_number TEXT NOT NULL
) STRICT;
CREATE TABLE account_register (
  account_type TEXT NOT NULL, account_number TEXT NOT NULL, org_number TEXT NOT NULL, org_name TEXT NOT NULL,
  PRIMARY KEY (account_type, account_number)
) STRICT;
CREATE TABLE addresses (street TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, search TEXT NOT NULL) STRICT;

CREATE TABLE groups (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, main_individual_id TEXT NOT NULL, created_on TEXT NOT NULL,
  withdrawn INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE individuals (
  id TEXT PRIMARY KEY, individual_number TEXT NOT NULL, name TEXT NOT NULL, birth_date TEXT NOT NULL,
  citizenship TEXT NOT NULL, phone TEXT, email TEXT, address TEXT, protected INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE appointments (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, group_id TEXT NOT NULL, individual_id TEXT NOT NULL,
  started_on TEXT NOT NULL, workplace_id TEXT, ended_on TEXT, released_on TEXT, appeal_handed_on TEXT,
  decided_on TEXT, notified_on TEXT, outcome TEXT, decision_document_id TEXT,
  withdrawn INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX appointments_group ON appointments (group_id);
CREATE INDEX appointments_counsel ON appointments (counsel_id, withdrawn);

CREATE TABLE documents (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, appointment_id TEXT NOT NULL,
  sha256 TEXT NOT NULL, size INTEGER NOT NULL, data TEXT NOT NULL
) STRICT;
CREATE INDEX documents_appointment ON documents (appointment_id);

CREATE TABLE claims (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, group_id TEXT NOT NULL, status TEXT NOT NULL,
  withdrawn INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL
) STRICT;
CREATE INDEX claims_group ON claims (group_id);
CREATE INDEX claims_status ON claims (status);

CREATE TABLE bookings (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, date TEXT NOT NULL, appointment_id TEXT, data TEXT NOT NULL
) STRICT;
CREATE TABLE availability (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, date TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL
) STRICT;
CREATE INDEX availability_day ON availability (counsel_id, date);
CREATE TABLE notifications (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, appointment_id TEXT, document_id TEXT, claim_id TEXT,
  data TEXT NOT NULL
) STRICT;
CREATE INDEX notifications_appointment ON notifications (appointment_id);

CREATE TABLE uploads (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, person_id TEXT NOT NULL, file_name TEXT NOT NULL,
  size INTEGER NOT NULL, sha256 TEXT NOT NULL, offset INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL,
  pages INTEGER, created_at TEXT NOT NULL
) STRICT;
CREATE TABLE submissions (
  id TEXT PRIMARY KEY, counsel_id TEXT NOT NULL, kind TEXT NOT NULL, appointment_id TEXT, claim_id TEXT,
  idempotency_key TEXT, received_at TEXT NOT NULL, by_person TEXT NOT NULL, files TEXT NOT NULL
) STRICT;

CREATE TABLE idempotency (
  key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL,
  body BLOB NOT NULL, created_at TEXT NOT NULL
) STRICT;
CREATE TABLE idempotency_counters (key TEXT PRIMARY KEY, received INTEGER NOT NULL, applied INTEGER NOT NULL) STRICT;

CREATE TABLE auth_codes (
  code_hash TEXT PRIMARY KEY, person_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, challenge TEXT NOT NULL,
  scope TEXT, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE token_families (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0) STRICT;
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY, family_id TEXT NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE access_tokens (
  token_hash TEXT PRIMARY KEY, family_id TEXT NOT NULL, person_id TEXT NOT NULL, expires_at INTEGER NOT NULL
) STRICT;

-- AUTOINCREMENT: a replaced row must never give its seq back, or a client at that cursor would
-- miss the new version.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, counsel TEXT NOT NULL, audience INTEGER NOT NULL,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, json TEXT NOT NULL
);
CREATE INDEX changes_page ON changes (counsel, seq);
CREATE UNIQUE INDEX changes_key ON changes (counsel, entity, entity_id);
`;
