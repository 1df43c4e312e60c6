/**
 * The directory facts of one turn in ONE query on PostgreSQL (issue 24, Speed): the sender's PIN
 * verification, the contact (by address, an alias, or the verification's contact), the contact's
 * grants with their pairs' company names, the contracts and products of those Sold Tos, every product
 * name under contract, the staff and their absences. Each answer is remembered for the unit under the key its own
 * reader (directory-reader.ts, verification-store.ts) looks for, so the engine's steps read them as
 * before, without a round trip each. Read in the unit's transaction, at its start: what another
 * process changes later counts from the next unit on, as it would have with the separate reads.
 */
import { getTableColumns } from 'drizzle-orm';
import type { ContractView } from '../domain/access.ts';
import type { AccessLevel } from '../domain/ids.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import type { ContactRow, PairGrant, StaffRow } from './directory-reader.ts';
import type { StoredAbsence } from './staff-absence-store.ts';
import { batchOf, rememberInUnit } from './unit-batch.ts';
import { memoKeys } from './unit-memo-keys.ts';

interface TurnStateRow {
  conversation: Record<string, unknown> | null;
  case_row: Record<string, unknown> | null;
  verification: VerificationJson | null;
  contact: ContactJson | null;
  grants: GrantJson[];
  contracts: Array<ContractView & { products: ContractView['products'] }>;
  product_names: string[];
  staff: StaffRow[];
  absences: StoredAbsence[];
}
interface VerificationJson {
  id: number;
  channel: string;
  senderKey: string;
  contactId: number;
  verifiedAt: string;
  expiresAt: string;
}
type ContactJson = ContactRow;
interface GrantJson {
  pairId: number;
  soldTo: string;
  endUser: string;
  supportOwner: string;
  relation: 'direct' | 'indirect';
  level: AccessLevel;
  soldToName: string;
  endUserName: string;
}

/**
 * Reads the turn's facts in one statement and remembers them for the unit; nothing on SQLite (no round
 * trips there) or outside a unit. `email` is the sender's address (mail, console); null for Slack, whose
 * contact is the one its verification names.
 */
export async function prefetchTurnState(
  db: Db,
  identity: { channel: string; senderKey: string; email: string | null; threadKey?: string },
): Promise<void> {
  const batch = batchOf(db);
  if (!batch) return;
  // Once per unit (the engine asks at the start of a turn, identifySender again): the readers' own
  // keys tell what is still remembered.
  const done = memoKeys.turnState(identity.channel, identity.senderKey);
  if (batch.memo.has(done.key)) return;
  const threadKey = identity.threadKey ?? null;
  const email = identity.email?.trim().toLowerCase() ?? null;
  const result = (await batch.read({
    name: TURN_STATE_STATEMENT,
    text: TURN_STATE_SQL,
    values: [threadKey, identity.channel, identity.senderKey, email],
  })) as { rows: TurnStateRow[] };
  const row = result.rows[0]!;
  rememberInUnit(db, done, true);
  if (threadKey !== null) {
    const conversation = row.conversation ? rowOf(tablesOf(db).conversations, row.conversation) : undefined;
    rememberInUnit(db, memoKeys.conversation(identity.channel, threadKey), conversation);
    if (row.case_row) {
      const caseRow = rowOf(tablesOf(db).cases, row.case_row) as { id: number };
      rememberInUnit(db, memoKeys.caseById(caseRow.id), caseRow);
    }
  }
  rememberInUnit(db, memoKeys.verification(identity.channel, identity.senderKey), row.verification ?? undefined);
  if (email !== null) rememberInUnit(db, memoKeys.contactByEmail(email), row.contact ?? undefined);
  if (row.contact) {
    rememberInUnit(db, memoKeys.contactById(row.contact.id), row.contact);
    rememberInUnit(db, memoKeys.grantsOf(row.contact.id), row.grants satisfies PairGrant[]);
    for (const soldTo of new Set(row.grants.map((g) => g.soldTo))) {
      rememberInUnit(
        db,
        memoKeys.contractsOf(soldTo),
        row.contracts.filter((c) => c.soldTo === soldTo),
      );
    }
  }
  rememberInUnit(db, memoKeys.productNames, row.product_names);
  rememberInUnit(db, memoKeys.allStaff, row.staff);
  rememberInUnit(db, memoKeys.allAbsences, row.absences);
}

/**
 * The combined read's text, fixed: $1 the thread key (null: no conversation), $2 the channel, $3 the
 * sender key, $4 the sender's address (null: the verification's contact). Sent as a named statement, so
 * PostgreSQL parses it once per connection and, after its first runs, reuses one generic plan: planning
 * it afresh each turn cost the database more CPU than running it (round 7: 2.0 of 2.5 ms a message).
 * Parameters only; nothing in it is built from text.
 */
export const TURN_STATE_STATEMENT = 'caseline_turn_state_1';
export const TURN_STATE_SQL = `
    WITH conv AS (
      SELECT * FROM conversations WHERE $1::text IS NOT NULL AND channel = $2::text AND thread_key = $1::text
    ), kase AS (
      SELECT * FROM cases WHERE id = (SELECT case_id FROM conv)
    ), v AS (
      SELECT * FROM verifications WHERE channel = $2::text AND sender_key = $3::text
    ), who AS (
      SELECT CASE WHEN $4::text IS NULL THEN (SELECT contact_id FROM v)
                  ELSE coalesce((SELECT id FROM contacts WHERE email = $4::text),
                                (SELECT contact_id FROM contact_emails WHERE email = $4::text)) END AS id
    ), c AS (
      SELECT * FROM contacts WHERE id = (SELECT id FROM who)
    ), g AS (
      SELECT p.id AS pair_id, p.sold_to, p.end_user, p.support_owner, p.relation, ag.level,
             coalesce(s.name, p.sold_to) AS sold_to_name, coalesce(e.name, p.end_user) AS end_user_name
        FROM access_grants ag JOIN account_pairs p ON p.id = ag.pair_id
        LEFT JOIN companies s ON s.id = p.sold_to LEFT JOIN companies e ON e.id = p.end_user
       WHERE ag.contact_id = (SELECT id FROM c)
    )
    SELECT
      (SELECT to_jsonb(conv) FROM conv) AS conversation,
      (SELECT to_jsonb(kase) FROM kase) AS case_row,
      (SELECT jsonb_build_object('id', id, 'channel', channel, 'senderKey', sender_key, 'contactId', contact_id,
                                 'verifiedAt', verified_at, 'expiresAt', expires_at) FROM v) AS verification,
      (SELECT jsonb_build_object('id', id, 'email', email, 'name', name, 'phone', phone,
                                 'slackUserId', slack_user_id, 'designated', designated, 'pinHash', pin_hash,
                                 'failedPinAttempts', failed_pin_attempts, 'lockedUntil', locked_until) FROM c)
        AS contact,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('pairId', pair_id, 'soldTo', sold_to, 'endUser', end_user,
                                 'supportOwner', support_owner, 'relation', relation, 'level', level,
                                 'soldToName', sold_to_name, 'endUserName', end_user_name) ORDER BY pair_id), '[]')
         FROM g) AS grants,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', k.id, 'soldTo', k.sold_to, 'tier', k.tier,
                                 'region', k.region, 'timeZone', k.time_zone, 'holidayCountry', k.holiday_country,
                                 'status', k.status, 'startDate', k.start_date, 'endDate', k.end_date,
                                 'pilot', k.pilot,
                                 'products', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', cp.name,
                                                     'versions', cp.versions) ORDER BY cp.id), '[]')
                                                FROM contract_products cp WHERE cp.contract_id = k.id))
                                 ORDER BY k.id), '[]')
         FROM contracts k WHERE k.sold_to IN (SELECT sold_to FROM g)) AS contracts,
      (SELECT coalesce(jsonb_agg(DISTINCT name), '[]') FROM contract_products) AS product_names,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'slackUserId', slack_user_id, 'email', email,
                                 'name', name, 'roles', roles, 'regions', regions) ORDER BY id), '[]')
         FROM staff) AS staff,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('staffId', staff_id, 'startsAt', starts_at, 'endsAt', ends_at,
                                 'coverStaffId', cover_staff_id, 'setBy', set_by, 'setAt', set_at)
                                 ORDER BY staff_id), '[]')
         FROM staff_absences) AS absences`;

/** A row given by to_jsonb (column names) as drizzle gives it (property names). */
function rowOf(table: object, json: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [property, column] of Object.entries(
    getTableColumns(table as never) as Record<string, { name: string }>,
  )) {
    row[property] = json[column.name];
  }
  return row;
}
