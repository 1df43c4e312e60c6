/**
 * Work taken in from Slack, done after the acknowledgement: in order per key (a Slack channel, so a
 * conversation's messages are read in the order they were written), each task on a later turn of the
 * event loop, so acknowledgements and new requests are never held up behind the engine.
 */
export interface KeyedQueue {
  push(key: string, task: () => Promise<void> | void): void;
  /** Resolves when everything pushed so far is done (tests, shutdown). */
  idle(): Promise<void>;
  readonly pending: number;
}

export function createKeyedQueue(onError: (error: unknown) => void): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    push(key, task) {
      pending += 1;
      const run = (tails.get(key) ?? Promise.resolve())
        .then(nextTurn)
        .then(task)
        .catch(onError)
        .finally(() => {
          pending -= 1;
          if (tails.get(key) === run) tails.delete(key);
        });
      tails.set(key, run);
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    get pending() {
      return pending;
    },
  };
}
