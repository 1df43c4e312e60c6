/**
 * Several statements in ONE round trip on a node-postgres connection (issue 24, Speed, round 9): the
 * extended protocol's Parse/Bind/Describe/Execute for each, in order, then a single Sync — one write to
 * the socket, one wait for the answers. node-postgres sends a query only once the previous one has been
 * answered, so without this every statement of a unit costs a round trip (BEGIN and COMMIT included).
 *
 * Semantics are those of the statements sent one by one inside a transaction: they run in order, each
 * sees the ones before it, and the first that fails ends the pipeline — PostgreSQL skips the rest up to
 * the Sync, and they fail with the same error (sent one by one, they would have failed with "current
 * transaction is aborted"). A pipeline is meant for the statements of a unit of work, inside BEGIN …
 * COMMIT (unit-pipeline.ts); outside a transaction block, a Sync-ended pipeline is one implicit
 * transaction.
 *
 * Named statements are parsed once per connection, as node-postgres parses them: the pipeline parses a
 * name the connection has not parsed yet and records it in node-postgres' own books once PostgreSQL
 * confirms that parse (its ParseComplete), so a parse that failed is tried again next time and one that
 * succeeded is never sent twice.
 */
import { createRequire } from 'node:module';
import pg from 'pg';

/** node-postgres' own conversion of a parameter to its wire form (Dates, JSON, arrays, Buffers). */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => string | Buffer | null;
};

/** The parts of node-postgres' connection a pipeline writes to (`pg.Connection`, typed loosely there). */
interface Wire {
  on(event: 'parseComplete', listener: () => void): void;
  off(event: 'parseComplete', listener: () => void): void;
  stream: { cork?: () => void; uncork?: () => void };
  /** node-postgres' books: the named statements this connection has parsed, and those in flight. */
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  parse(query: { text: string; name?: string }): void;
  bind(config: { statement?: string; values: Array<string | Buffer | null> }): void;
  describe(message: { type: 'P'; name: string }): void;
  execute(config: { portal: string }): void;
  sync(): void;
}

/** A statement of a pipeline: what node-postgres' `client.query(config)` takes. */
export interface PipelinedStatement {
  text: string;
  values?: unknown[];
  name?: string;
  rowMode?: 'array';
  types?: unknown;
}

/** node-postgres' Query as the pipeline drives it (its result-building handlers, unchanged). */
interface SubQuery {
  text: string;
  name?: string;
  values?: unknown[];
  callback: (error: Error | null, result?: pg.QueryResult) => void;
  _result: { _types?: unknown };
  handleRowDescription(message: unknown): void;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: unknown): void;
  handleError(error: Error, connection: unknown): void;
  handleReadyForQuery(connection: unknown): void;
}

/**
 * A node-postgres submittable (`client.query(pipeline)`) running `statements` in one round trip; each
 * statement's answer (or error) settles the promise of the same index in `results`.
 */
export class StatementPipeline {
  readonly results: Array<Promise<pg.QueryResult>>;
  private readonly queries: SubQuery[];
  /** The statement whose answers are arriving. */
  private current = 0;
  /** Per Parse sent, in order: the name it parses (null: unnamed); and how many PostgreSQL confirmed. */
  private readonly parses: Array<string | null> = [];
  private parsed = 0;
  private wire: Wire | undefined;
  private readonly onParsed = () => this.recordParse();

  constructor(client: pg.PoolClient, statements: readonly PipelinedStatement[]) {
    const types = { getTypeParser: client.getTypeParser.bind(client) };
    const settled: Array<Promise<pg.QueryResult>> = [];
    this.queries = statements.map((statement) => {
      const query = new pg.Query({ ...statement } as pg.QueryConfig) as unknown as SubQuery;
      // As client.query does for a query of its own: the connection's type parsers unless it has some.
      if (!query._result._types) query._result._types = types;
      settled.push(
        new Promise<pg.QueryResult>((resolve, reject) => {
          query.callback = (error, result) => (error ? reject(error) : resolve(result!));
        }),
      );
      return query;
    });
    this.results = settled;
  }

  /** The statements' texts, in order (for logs and tests). */
  get texts(): string[] {
    return this.queries.map((query) => query.text);
  }

  /** Called by node-postgres when the pipeline's turn on the connection comes: writes it all at once. */
  submit(connection: Wire): Error | null {
    let values: Array<Array<string | Buffer | null>>;
    try {
      // Converted first: a value node-postgres cannot send fails the pipeline before a byte is written.
      values = this.queries.map((query) => (query.values ?? []).map((value) => prepareValue(value)));
    } catch (error) {
      return error as Error;
    }
    connection.stream.cork?.();
    try {
      this.queries.forEach((query, i) => {
        this.sendParse(connection, query);
        connection.bind({ ...(query.name ? { statement: query.name } : {}), values: values[i]! });
        connection.describe({ type: 'P', name: '' });
        connection.execute({ portal: '' });
      });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    if (this.parses.some((name) => name !== null)) {
      this.wire = connection;
      connection.on('parseComplete', this.onParsed);
    }
    return null;
  }

  /** A Parse unless the query is a name the connection has parsed (or has a parse of in flight). */
  private sendParse(connection: Wire, query: SubQuery): void {
    const name = query.name;
    if (!name) {
      this.parses.push(null);
      connection.parse({ text: query.text });
      return;
    }
    if (connection.parsedStatements[name] === query.text) return;
    if (connection.submittedNamedStatements[name] === query.text) return;
    this.parses.push(name);
    connection.submittedNamedStatements[name] = query.text;
    connection.parse({ text: query.text, name });
  }

  /** PostgreSQL parsed the next of our statements: a named one is known to the connection from now on. */
  private recordParse(): void {
    const name = this.parses[this.parsed++];
    if (!name || !this.wire) return;
    this.wire.parsedStatements[name] = this.queries.find((query) => query.name === name)!.text;
    delete this.wire.submittedNamedStatements[name];
  }

  /** The pipeline is answered: a name whose parse PostgreSQL never confirmed is not parsed. */
  private closeBooks(): void {
    if (!this.wire) return;
    this.wire.off('parseComplete', this.onParsed);
    for (const name of this.parses.slice(this.parsed)) if (name) delete this.wire.submittedNamedStatements[name];
    this.wire = undefined;
  }

  handleRowDescription(message: unknown): void {
    this.queries[this.current]?.handleRowDescription(message);
  }

  handleDataRow(message: unknown): void {
    this.queries[this.current]?.handleDataRow(message);
  }

  handleCommandComplete(message: unknown, connection: unknown): void {
    this.queries[this.current]?.handleCommandComplete(message, connection);
    this.current += 1;
  }

  handleEmptyQuery(): void {
    this.current += 1;
  }

  handlePortalSuspended(): void {
    // Never asked for: every Execute takes all rows.
  }

  handleCopyInResponse(): void {
    // A COPY is not pipelined: a unit's statements hold none.
  }

  handleCopyData(): void {
    // As above.
  }

  /** The statement being answered failed: those before it are done, it and the rest fail with its error. */
  handleError(error: Error, connection: unknown): void {
    this.closeBooks();
    this.queries.forEach((query, i) => {
      if (i < this.current) query.handleReadyForQuery(connection);
      else query.handleError(error, connection);
    });
  }

  handleReadyForQuery(connection: unknown): void {
    this.closeBooks();
    for (const query of this.queries) query.handleReadyForQuery(connection);
  }
}
