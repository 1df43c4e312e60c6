/** Every network step of the doctor has a deadline, and says which step missed it. */
export class StepTimeout extends Error {
  constructor(
    readonly step: string,
    readonly ms: number,
  ) {
    super(`${step}: no answer within ${formatSeconds(ms)} (timed out)`);
  }
}

export const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Resolves with `work`, or rejects with StepTimeout after `ms` and calls `abandon` (close the socket)
 * so nothing is left hanging; a late rejection of `work` is ignored.
 */
export function withTimeout<T>(step: string, ms: number, work: Promise<T>, abandon: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        abandon();
      } finally {
        reject(new StepTimeout(step, ms));
      }
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A network error as a phrase: "connection refused by 127.0.0.1:9", "host not found", … */
export function describeNetworkError(error: unknown, where: string): string {
  if (error instanceof StepTimeout) return `${where} did not answer within ${formatSeconds(error.ms)} (timed out)`;
  // fetch reports "fetch failed" and keeps the socket's error as its cause.
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && (error as Error).message === 'fetch failed') return describeNetworkError(cause, where);
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) return `connection refused by ${where}`;
  if (code === 'ENOTFOUND' || /ENOTFOUND|EAI_AGAIN/.test(message)) return `host of ${where} not found (DNS)`;
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) return `${where} did not answer in time (timed out)`;
  if (/certificate|self[- ]signed|CERT_|unable to verify/i.test(message)) return `TLS certificate refused: ${message}`;
  return message;
}
