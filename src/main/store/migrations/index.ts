import type { Migration } from '../migrate.ts';
import { agencyTables } from './001-agency-tables.ts';
import { localFiles } from './002-local-files.ts';
import { visitsAndNotices } from './003-visits-and-notices.ts';
import { outbox } from './004-outbox.ts';

/** In order; a released migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [agencyTables, localFiles, visitsAndNotices, outbox];
