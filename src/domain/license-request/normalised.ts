/** A value in the record's canonical form, how sure the reader is of it — or why it could not be had. */
export type Normalised<T> = { ok: true; value: T; confidence: number } | { ok: false; problem: string };
