import type { Migration } from '../migrate.ts';

/**
 * What the agency sent, per counsel the person may act for. Written only by sync. Each table
 * keeps the whole resource as JSON plus the columns that are queried, with an integer row id and
 * a unique (counsel, agency id): random text keys as primary keys make bulk writes slow.
 */
export const agencyTables: Migration = {
  version: 1,
  name: 'agency tables',
  up(db) {
    db.exec(`
      CREATE TABLE sync_cursor (
        counsel_id TEXT PRIMARY KEY,
        cursor TEXT,
        last_synced_at TEXT,
        server_time TEXT
      ) STRICT;

      -- Who the signed-in person is and whom they may act for, as of the last sync (readable offline).
      CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL
      ) STRICT;

      CREATE TABLE counsel (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;

      CREATE TABLE appointment (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        group_id TEXT NOT NULL,
        individual_id TEXT NOT NULL,
        started_on TEXT NOT NULL,
        ended_on TEXT,
        released_on TEXT,
        visible_until TEXT,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
      CREATE INDEX appointment_by_individual ON appointment (counsel_id, individual_id);
      CREATE INDEX appointment_by_group ON appointment (counsel_id, group_id);

      CREATE TABLE appointment_group (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        main_individual_id TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;

      CREATE TABLE individual (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        individual_number TEXT NOT NULL,
        name TEXT NOT NULL,
        citizenship TEXT NOT NULL,
        -- Normalized individnummer, name and citizenship for the list filter (shared text-filter).
        search TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
      CREATE INDEX individual_number ON individual (counsel_id, individual_number);
      CREATE INDEX individual_name ON individual (counsel_id, sort_name);

      CREATE TABLE document (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        appointment_id TEXT NOT NULL,
        individual_id TEXT NOT NULL,
        group_id TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        direction TEXT NOT NULL,
        published_at TEXT NOT NULL,
        registered_on TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        claim_id TEXT,
        search TEXT NOT NULL,
        sort_title TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
      CREATE INDEX document_group ON document (counsel_id, group_id);
      CREATE INDEX document_individual ON document (counsel_id, individual_id, published_at);
      CREATE INDEX document_appointment ON document (counsel_id, appointment_id);
      CREATE INDEX document_sha256 ON document (sha256);

      CREATE TABLE claim (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        group_id TEXT NOT NULL,
        status TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
      CREATE INDEX claim_group ON claim (counsel_id, group_id);

      CREATE TABLE booking (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        date TEXT NOT NULL,
        start TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
      CREATE INDEX booking_date ON booking (counsel_id, date, start);

      CREATE TABLE availability (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        date TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
      CREATE INDEX availability_date ON availability (counsel_id, date);

      CREATE TABLE payment_account (rid INTEGER PRIMARY KEY, counsel_id TEXT NOT NULL, agency_id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (counsel_id, agency_id)) STRICT;
      CREATE TABLE assistant (rid INTEGER PRIMARY KEY, counsel_id TEXT NOT NULL, agency_id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (counsel_id, agency_id)) STRICT;
      CREATE TABLE workplace (rid INTEGER PRIMARY KEY, counsel_id TEXT NOT NULL, agency_id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (counsel_id, agency_id)) STRICT;
      CREATE TABLE rate (rid INTEGER PRIMARY KEY, counsel_id TEXT NOT NULL, agency_id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (counsel_id, agency_id)) STRICT;
      CREATE TABLE notification (
        rid INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        agency_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (counsel_id, agency_id)
      ) STRICT;
    `);
  },
};
