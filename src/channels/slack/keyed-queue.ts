/**
 * Work taken in from Slack, done after the acknowledgement: in order per key (a Slack channel, so a
 * conversation's messages are read in the order they were written). Tasks may wait on I/O (file
 * downloads) side by side; their synchronous engine turns pass one at a time through `turn()`, one
 * per turn of the event loop, so new requests are read and acknowledged between two turns and
 * acknowledgements never queue behind a backlog of engine work.
 */
export interface KeyedQueue {
  push(key: string, task: () => Promise<void> | void): void;
  /** Resolves when it is this caller's go for a synchronous stretch of work. */
  turn(): Promise<void>;
  /** Resolves when everything pushed so far is done (tests, shutdown). */
  idle(): Promise<void>;
  readonly pending: number;
}

export function createKeyedQueue(onError: (error: unknown) => void): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  const waiting: Array<() => void> = [];
  let scheduled = false;

  const release = () => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(release);
  };
  const turn = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      schedule();
    });

  return {
    push(key, task) {
      pending += 1;
      const run = (tails.get(key) ?? Promise.resolve())
        .then(task)
        .catch(onError)
        .finally(() => {
          pending -= 1;
          if (tails.get(key) === run) tails.delete(key);
        });
      tails.set(key, run);
    },
    turn,
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    get pending() {
      return pending;
    },
  };
}
