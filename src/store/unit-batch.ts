/**
 * Fewer round trips for a PostgreSQL unit of work (issue 24, Speed: "statements of one unit of work
 * batched or combined"). Two things, both scoped to ONE unit (one transaction), never longer:
 *
 * - **Writes sent later.** A write whose result the unit does not read back (a timeline event, an audit
 *   entry, the conversation's and the inbound row's final state) is held in the unit and sent with the
 *   unit's next statement: held writes go out as one statement — one multi-row INSERT per table, joined
 *   by a data-modifying CTE chain (`WITH w0 AS (INSERT …), w1 AS (UPDATE …) SELECT 1`) — just before
 *   whatever the connection sends next (a read, another write, SAVEPOINT, COMMIT). So every statement
 *   still sees every earlier write of its unit, a failed write still fails its unit (at that next
 *   statement, or at COMMIT), and a rolled-back savepoint drops what it held. Two statements of one
 *   chain see the same snapshot, not each other, so a write joins the chain only when no held write
 *   touches its table, or both are INSERTs (then they become one multi-row INSERT, rows in call order).
 *   Values are parameters, always; the text is rendered from a column list cached per table, as drizzle
 *   would build it (held-writes.ts); nothing is built from customer text.
 * - **Reads made once.** A directory read (contracts, products, staff) asked again within the unit
 *   returns the unit's first answer; a directory write in the unit forgets them. Nothing outlives the
 *   unit, so a grant revoked by another process counts from the next unit on, as without the memo.
 *
 * SQLite has no round trips: there every write runs at once and nothing is remembered (`batchOf` → none).
 */
import { getTableName, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from './database.ts';
import { dialectOf, pgUnits, postgresOf } from './dialect.ts';
import { renderInsert, renderUpdate, type Table, type UpdateOf } from './held-writes.ts';
import type { PgDb } from './postgres/postgres-database.ts';
import { nameOfText } from './postgres/statement-names.ts';
import type { PipelinedStatement } from './postgres/statement-pipeline.ts';
import { UnitPipeline } from './postgres/unit-pipeline.ts';

interface HeldInsert {
  kind: 'insert';
  table: Table;
  name: string;
  rows: Array<Record<string, unknown>>;
}
interface HeldUpdate {
  kind: 'update';
  table: Table;
  name: string;
  update: UpdateOf;
}

export class UnitBatch {
  private held: Array<HeldInsert | HeldUpdate> = [];
  /** Reads remembered for the unit, each with the tables its answer comes from. */
  readonly memo = new Map<string, { tables: readonly string[]; value: unknown }>();

  constructor(
    private readonly tx: PgDb,
    /** The connection's query as attachBatch hooks it (held writes first, in the unit's pipeline). */
    private readonly send: (query: { text: string; values: unknown[] }) => Promise<unknown>,
  ) {}

  get pending(): number {
    return this.held.length;
  }

  async insert(table: Table, name: string, row: Record<string, unknown>): Promise<void> {
    this.forget(name);
    const same = this.held.find((h) => h.name === name);
    if (same?.kind === 'insert') {
      same.rows.push(row);
      return;
    }
    if (same) await this.flush();
    this.held.push({ kind: 'insert', table, name, rows: [row] });
  }

  async update(table: Table, name: string, update: UpdateOf): Promise<void> {
    this.forget(name);
    if (this.held.some((h) => h.name === name)) await this.flush();
    this.held.push({ kind: 'update', table, name, update });
  }

  /**
   * What is held, as one statement (undefined when nothing is), and forgotten: the caller sends it
   * before anything else on the connection.
   */
  take(): HeldStatement | undefined {
    if (this.held.length === 0) return undefined;
    const values: unknown[] = [];
    const writes = this.takeRendered(values);
    return named(writes.length === 1 ? writes[0]! : `WITH ${chain(writes)} SELECT 1`, values);
  }

  /** What is held, each write's text (its parameters appended to `values`), and forgotten. */
  private takeRendered(values: unknown[]): string[] {
    const held = this.held;
    this.held = [];
    return held.map((h) =>
      h.kind === 'insert'
        ? renderInsert(this.tx, h.table, h.rows, values)
        : renderUpdate(this.tx, h.table, h.update, values),
    );
  }

  /**
   * The next statement with what is held in front of it as data-modifying CTEs, when that is the same
   * as sending the two one after the other: the statement is a plain SELECT/INSERT/UPDATE/DELETE (no
   * WITH of its own) and names none of the held writes' tables, so the one snapshot they share cannot
   * hide a held row from it. Undefined otherwise (the caller then sends the held writes first).
   */
  takeInFrontOf(text: string, values: unknown[]): HeldStatement | undefined {
    if (!/^\s*(select|insert|update|delete)\s/i.test(text)) return undefined;
    const lower = text.toLowerCase();
    if (this.held.some((h) => new RegExp(`\\b${h.name}\\b`).test(lower))) return undefined;
    // The held part's parameters go after the statement's own.
    const all = [...values];
    const held = chain(this.takeRendered(all));
    return named(`WITH ${held} ${text}`, all);
  }

  /** Sends what is held now (a unit that needs it on the database before a statement of its own). */
  async flush(): Promise<void> {
    const held = this.take();
    if (held) await this.send(held);
  }

  /**
   * A read of fixed text on the unit's connection, past drizzle (no query built per call): what is
   * held goes first, in the same round trip. With `name`, it is parsed once per connection.
   */
  read(query: { name?: string; text: string; values: unknown[] }): Promise<unknown> {
    return this.send(query);
  }

  /** Before a rollback (of the unit or a savepoint): held writes are not sent, remembered reads forgotten. */
  drop(): void {
    this.held = [];
    this.memo.clear();
  }

  /** A statement the unit sends: what it writes makes the remembered reads of those tables stale. */
  noteStatement(text: string): void {
    if (this.memo.size === 0) return;
    for (const match of text.matchAll(WRITES)) this.forget(match[2]!.toLowerCase());
  }

  /** Forgets the remembered reads that depend on `table`. */
  forget(table: string): void {
    for (const [key, entry] of this.memo) if (entry.tables.includes(table)) this.memo.delete(key);
  }
}

/** Held writes as one statement: named by its text (statement-names.ts), so parsed once per connection. */
interface HeldStatement {
  name?: string;
  text: string;
  values: unknown[];
}

function named(text: string, values: unknown[]): HeldStatement {
  const name = nameOfText('held', text);
  return name === undefined ? { text, values } : { name, text, values };
}

/** Held writes as data-modifying CTEs: `"w0" AS (…), "w1" AS (…)`. */
function chain(writes: string[]): string {
  return writes.map((write, i) => `"w${i}" AS (${write})`).join(', ');
}

/** Every table a statement writes, wherever in its text (a CTE, ON CONFLICT … DO UPDATE included). */
const WRITES = /\b(insert\s+into|update|delete\s+from)\s+"?([a-z_][a-z0-9_]*)"?/gi;

/** The batch of the PostgreSQL unit the caller is in; none on SQLite or outside a unit. */
export function batchOf(db: object): UnitBatch | undefined {
  if (dialectOf(db) !== 'postgres') return undefined;
  return pgUnits.getStore()?.get(postgresOf(db as Db))?.batch as UnitBatch | undefined;
}

/** A read remembered for the unit: its key and the tables its answer comes from (unit-memo-keys.ts). */
export interface MemoKey {
  key: string;
  tables: readonly string[];
}

/**
 * Per unit: `load` once per key, remembered until the unit ends or writes one of the key's tables; each
 * caller gets `copy` of the remembered answer (callers may change what they are given). On SQLite, and
 * outside a unit, simply `load()` — nothing added to SQLite's hot path but this check.
 */
export function readOncePerUnit<T>(db: Db, memo: MemoKey, load: () => Promise<T>, copy: (value: T) => T): Promise<T> {
  const batch = batchOf(db);
  if (!batch) return load();
  return rememberedOrLoaded(batch, memo, load, copy);
}

async function rememberedOrLoaded<T>(batch: UnitBatch, memo: MemoKey, load: () => Promise<T>, copy: (value: T) => T) {
  const known = batch.memo.get(memo.key);
  if (known) return copy(known.value as T);
  const value = await load();
  batch.memo.set(memo.key, { tables: memo.tables, value });
  return copy(value);
}

/** Copies for readOncePerUnit: a row (or none), a list. */
export const copyRow = <R extends object>(row: R | undefined): R | undefined => row && { ...row };
export const copyList = <E>(list: E[]): E[] => [...list];

/** Remembers `value` under `memo` for the rest of the unit (a combined read, or a row a write returned). */
export function rememberInUnit(db: Db, memo: MemoKey, value: unknown): void {
  batchOf(db)?.memo.set(memo.key, { tables: memo.tables, value });
}

type Send = (...args: unknown[]) => Promise<unknown>;
interface Hooked {
  batch: UnitBatch | undefined;
  send: Send;
  pipe: UnitPipeline;
}
const hooked = new WeakMap<pg.PoolClient, Hooked>();

/** Sent with the next statement (unit-pipeline.ts): nothing waits on them, and they change no table. */
const DEFERRABLE = /^\s*(begin|savepoint|release)\b/i;

/**
 * A batch for the unit `tx` runs on `client`, which sends the batch's held writes before each of its
 * statements, and the unit's statements in as few round trips as it allows (unit-pipeline.ts), until
 * `detachBatch`. The hook is installed once per pooled connection. Attach before the unit's BEGIN.
 */
export function attachBatch(client: pg.PoolClient, tx: PgDb): UnitBatch {
  let state = hooked.get(client);
  if (!state) {
    const send = client.query.bind(client) as Send;
    const slot: Hooked = { batch: undefined, send, pipe: new UnitPipeline(client, send) };
    state = slot;
    hooked.set(client, slot);
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const batch = slot.batch;
      if (!batch) return send(...args);
      const statement = statementOf(args);
      if (!statement) {
        // A callback, a submittable: node-postgres' own path, after everything the unit queued.
        slot.pipe.flush();
        return send(...args);
      }
      return sendInUnit(batch, slot.pipe, statement);
    };
  }
  // The batch's own statements (its reads, a flush) take the unit's path too: after BEGIN, with the rest.
  const hook = client.query.bind(client) as Send;
  const batch = new UnitBatch(tx, (query) => hook(query));
  state.batch = batch;
  state.pipe.reset();
  return batch;
}

function sendInUnit(batch: UnitBatch, pipe: UnitPipeline, statement: PipelinedStatement): Promise<unknown> {
  const text = statement.text;
  if (/^\s*rollback\s*$/i.test(text)) {
    // What it held was never sent, and what it remembered may be the rolled-back state.
    batch.drop();
    return pipe.rollback(statement);
  }
  if (/^\s*rollback/i.test(text)) {
    batch.drop();
    return pipe.ask(statement);
  }
  if (DEFERRABLE.test(text)) {
    const held = batch.take();
    if (held) void pipe.defer(held);
    return pipe.defer(statement);
  }
  batch.noteStatement(text);
  const result = sendWithHeld(batch, pipe, statement);
  // PostgreSQL answers COMMIT in a transaction a failed statement aborted with ROLLBACK, and no error:
  // a unit whose code caught that failure would seem committed, and be lost. It fails instead.
  if (!/^\s*commit\b/i.test(text)) return result;
  return result.then((answer) => {
    if ((answer as { command?: string } | undefined)?.command === 'ROLLBACK') {
      throw new Error('a statement of the unit failed: the transaction was rolled back, not committed');
    }
    return answer;
  });
}

/** `statement` after (or with) the writes the batch holds. */
function sendWithHeld(batch: UnitBatch, pipe: UnitPipeline, statement: PipelinedStatement): Promise<unknown> {
  if (batch.pending === 0) return pipe.ask(statement);
  const merged = batch.takeInFrontOf(statement.text, statement.values ?? []);
  // Named by the merged text, not the statement's own name (that one is its text alone).
  if (merged) return pipe.ask({ ...statement, name: undefined, ...merged });
  // In one round trip, in this order.
  const held = pipe.ask(batch.take()!);
  const asked = pipe.ask(statement);
  return held.then(
    () => asked,
    (error: unknown) => {
      asked.catch(() => undefined);
      throw error;
    },
  );
}

/** node-postgres' `query(text | config, values?)` as one statement; undefined for any other call form. */
function statementOf(args: unknown[]): PipelinedStatement | undefined {
  if (args.length > 2 || typeof args[args.length - 1] === 'function') return undefined;
  const [first, values] = args as [unknown, unknown];
  if (typeof first === 'string') return { text: first, ...(Array.isArray(values) ? { values } : {}) };
  if (!first || typeof first !== 'object') return undefined;
  const config = first as PipelinedStatement & { submit?: unknown; callback?: unknown; rows?: unknown };
  if (typeof config.submit === 'function' || config.callback || config.rows || typeof config.text !== 'string') {
    return undefined;
  }
  return Array.isArray(values) ? { ...config, values } : config;
}

/** After the unit: the connection may already serve another unit, whose batch stays. */
export function detachBatch(client: pg.PoolClient, batch: UnitBatch): void {
  const state = hooked.get(client);
  if (state?.batch === batch) state.batch = undefined;
}

export type { SQL };

/**
 * Inserts `row` into `table`: held for the unit's next statement on PostgreSQL inside a unit, or by
 * `now` (the statement as it always ran) on SQLite and outside a unit.
 */
export async function insertLater(
  db: Db,
  table: object,
  row: Record<string, unknown>,
  now: () => Promise<void>,
): Promise<void> {
  const batch = batchOf(db);
  if (!batch) return now();
  return batch.insert(table as Table, tableName(table), row);
}

/**
 * An UPDATE whose result the unit does not read back, given as data (held-writes.ts's UpdateOf: the
 * columns set, the rows chosen by equality): held like insertLater's rows.
 */
export async function updateLater(db: Db, table: object, update: UpdateOf, now: () => Promise<void>) {
  const batch = batchOf(db);
  if (!batch) return now();
  return batch.update(table as Table, tableName(table), update);
}

function tableName(table: object): string {
  return getTableName(table as Table);
}
