/**
 * A unit of work's statements on its connection in as few round trips as the unit allows (issue 24,
 * Speed, round 9), over statement-pipeline.ts:
 *
 * - **Statements no one waits on go with the next one.** BEGIN, SAVEPOINT, RELEASE SAVEPOINT and the
 *   unit's held writes (unit-batch.ts) are answered at once and sent in front of the unit's next
 *   statement, in the same round trip: BEGIN with the unit's first statement, the last held writes with
 *   COMMIT. Nothing changes for the unit: PostgreSQL runs them in the same order, before that statement;
 *   a BEGIN sent with the first statement opens the same transaction (a snapshot is taken by a unit's
 *   first statement, not by BEGIN); and one that fails fails the statements sent with it, so the unit
 *   fails as it would have at its next statement.
 * - **Statements asked in one turn go together.** Everything a unit asks before it next awaits (node's
 *   next tick) is one pipeline: the engine asks for its turn's reads together with the inbound key.
 * - **A unit that never reached the server rolls back without a round trip** (it failed before its
 *   first statement: there is nothing to undo).
 */
import type pg from 'pg';
import { type PipelinedStatement, StatementPipeline } from './statement-pipeline.ts';

type Send = (...args: unknown[]) => unknown;
type Answer = pg.QueryResult;

interface Queued {
  statement: PipelinedStatement;
  /** Absent for a statement answered at once (deferred). */
  settle?: { resolve: (answer: Answer) => void; reject: (error: unknown) => void };
}

/** What a statement answered at once is answered with: the command's tag, no rows. */
function answered(text: string): Answer {
  const command = (/^\s*(\w+)/.exec(text)?.[1] ?? '').toUpperCase();
  return { command, rowCount: null, oid: 0, rows: [], fields: [] } as unknown as Answer;
}

export class UnitPipeline {
  private queue: Queued[] = [];
  private scheduled = false;
  /** Whether any statement of the current unit has been written to the connection. */
  private reached = false;

  constructor(
    private readonly client: pg.PoolClient,
    /** The connection's own query (node-postgres'). */
    private readonly send: Send,
  ) {}

  /** A new unit on this connection (nothing of it sent yet). */
  reset(): void {
    this.queue = [];
    this.reached = false;
  }

  /** Answered now, sent in front of the next statement asked. */
  defer(statement: PipelinedStatement): Promise<Answer> {
    this.queue.push({ statement });
    return Promise.resolve(answered(statement.text));
  }

  /** Sent with whatever else the unit asks in this turn, and with what was deferred before it. */
  ask(statement: PipelinedStatement): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.queue.push({ statement, settle: { resolve, reject } });
      if (this.scheduled) return;
      this.scheduled = true;
      process.nextTick(() => {
        this.scheduled = false;
        this.flush();
      });
    });
  }

  /**
   * The unit's ROLLBACK: what was not sent is dropped (statements still waiting fail); when nothing of
   * the unit reached the server there is no transaction to roll back, and no round trip.
   */
  rollback(statement: PipelinedStatement): Promise<Answer> {
    const dropped = this.queue;
    this.queue = [];
    for (const item of dropped)
      item.settle?.reject(new Error('the unit was rolled back before this statement was sent'));
    if (!this.reached) return Promise.resolve(answered(statement.text));
    return this.ask(statement);
  }

  /** Writes everything queued now, in order (before a query the pipeline does not handle goes out). */
  flush(): void {
    const items = this.queue;
    if (items.length === 0) return;
    this.queue = [];
    this.reached = true;
    if (items.length === 1) {
      const [only] = items as [Queued];
      const sent = this.send(only.statement) as Promise<Answer>;
      if (only.settle) sent.then(only.settle.resolve, only.settle.reject);
      else sent.catch(() => undefined); // its failure aborts the transaction: the unit's next statement fails
      return;
    }
    const pipeline = new StatementPipeline(
      this.client,
      items.map((item) => item.statement),
    );
    this.send(pipeline);
    pipeline.results.forEach((result, i) => {
      const settle = items[i]!.settle;
      if (settle) result.then(settle.resolve, settle.reject);
      else result.catch(() => undefined); // the statements after it fail with its error
    });
  }
}
