import type { z } from 'zod';
import type { FEED_ENTITY_SCHEMAS, FeedEntity } from '../../shared/agency/feed.ts';
import { DOCUMENT_CATEGORY_LABEL, DOCUMENT_KIND_INFO } from '../../shared/agency/documents.ts';
import { stockholmDate } from '../../shared/domain/dates.ts';
import { swedishSortKey } from '../../shared/domain/sort-key.ts';
import { searchText } from '../../shared/domain/text-filter.ts';
import type { Db } from '../store/database.ts';

type Value = string | number | null;
type Data<E extends FeedEntity> = z.output<(typeof FEED_ENTITY_SCHEMAS)[E]>;

interface TableSpec<E extends FeedEntity> {
  table: string;
  /** The queried columns of a resource; the whole resource is stored as JSON beside them. */
  columns: readonly string[];
  extract(data: Data<E>): Record<string, Value>;
}

function spec<E extends FeedEntity, C extends string = never>(
  table: string,
  columns: readonly C[] = [],
  extract: (data: Data<E>) => Record<C, Value> = () => ({}) as Record<C, Value>,
): TableSpec<E> {
  return { table, columns, extract };
}

/** Where each kind of the change feed is stored, and which of its fields are columns. */
export const ENTITY_TABLES: { [E in FeedEntity]: TableSpec<E> } = {
  counsel: spec('counsel'),
  appointment: spec('appointment', ['group_id', 'individual_id', 'started_on', 'ended_on', 'released_on', 'visible_until'], (a) => ({
    group_id: a.groupId,
    individual_id: a.individualId,
    started_on: a.startedOn,
    ended_on: a.endedOn,
    released_on: a.releasedOn,
    visible_until: a.visibleUntil,
  })),
  group: spec('appointment_group', ['main_individual_id'], (g) => ({ main_individual_id: g.mainIndividualId })),
  individual: spec('individual', ['individual_number', 'name', 'citizenship', 'search', 'sort_name'], (i) => ({
    individual_number: i.individualNumber,
    name: i.name,
    citizenship: i.citizenship,
    search: searchText([i.individualNumber, i.name, i.citizenship]),
    sort_name: swedishSortKey(i.name),
  })),
  document: spec(
    'document',
    [
      'appointment_id',
      'individual_id',
      'group_id',
      'title',
      'kind',
      'direction',
      'published_at',
      'registered_on',
      'size',
      'sha256',
      'claim_id',
      'search',
      'sort_title',
    ],
    (d) => ({
      appointment_id: d.appointmentId,
      individual_id: d.individualId,
      group_id: d.groupId,
      title: d.title,
      kind: d.kind,
      direction: d.direction,
      published_at: d.publishedAt,
      registered_on: d.registeredOn,
      size: d.size,
      sha256: d.sha256,
      claim_id: d.claimId,
      // What the list shows, so a filter finds a document by any of it ("Beslut", "2025-06").
      search: searchText([
        d.title,
        DOCUMENT_KIND_INFO[d.kind].label.sv,
        DOCUMENT_CATEGORY_LABEL[d.category].sv,
        stockholmDate(d.publishedAt),
        d.registeredOn,
      ]),
      sort_title: swedishSortKey(d.title),
    }),
  ),
  claim: spec('claim', ['group_id', 'status'], (c) => ({ group_id: c.groupId, status: c.status })),
  booking: spec('booking', ['date', 'start'], (b) => ({ date: b.date, start: b.start })),
  availability: spec('availability', ['date'], (a) => ({ date: a.date })),
  paymentAccount: spec('payment_account'),
  assistant: spec('assistant'),
  workplace: spec('workplace'),
  rate: spec('rate'),
  notification: spec('notification', ['created_at'], (n) => ({ created_at: n.createdAt })),
};

export const AGENCY_TABLES = [...new Set(Object.values(ENTITY_TABLES).map((s) => s.table))];

interface Statements {
  upsert: (counselId: string, id: string, data: unknown) => void;
  remove: (counselId: string, id: string) => void;
}

/** Prepared upsert and delete per kind, built once per connection. */
export function prepareEntityStatements(db: Db): Record<FeedEntity, Statements> {
  const out = {} as Record<FeedEntity, Statements>;
  for (const [entity, s] of Object.entries(ENTITY_TABLES) as [FeedEntity, TableSpec<FeedEntity>][]) {
    const cols = ['counsel_id', 'agency_id', ...s.columns, 'data'];
    const upsert = db.prepare(
      `INSERT INTO ${s.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})
       ON CONFLICT (counsel_id, agency_id) DO UPDATE SET ${[...s.columns, 'data'].map((c) => `${c} = excluded.${c}`).join(', ')}`,
    );
    const remove = db.prepare(`DELETE FROM ${s.table} WHERE counsel_id = ? AND agency_id = ?`);
    out[entity] = {
      upsert: (counselId, id, data) =>
        upsert.run({ counsel_id: counselId, agency_id: id, ...s.extract(data as never), data: JSON.stringify(data) }),
      remove: (counselId, id) => remove.run(counselId, id),
    };
  }
  return out;
}
