/**
 * The reader works on a text with its typos corrected; the free-text values it returns are cut from what the
 * contact wrote (issue 21).
 */
import type { Reading, Slots } from './reading.ts';
import { tidy } from './text.ts';

const WRITTEN: ReadonlyArray<keyof Slots> = [
  'description',
  'circumstances',
  'businessImpact',
  'shipTo',
  'reason',
  'release',
  'os',
];

/** Spans read on a corrected text whose length changed, moved back onto the written one. */
export function toWrittenSpans(
  slots: Slots,
  products: Reading['products'],
  issues: Array<{ start: number; end: number }>,
  toWritten: (position: number) => number,
): void {
  for (const slot of Object.values(slots) as Array<{ span?: [number, number] }>)
    if (slot?.span) slot.span = [toWritten(slot.span[0]), toWritten(slot.span[1])];
  for (const product of products) product.span = [toWritten(product.span[0]), toWritten(product.span[1])];
  for (const issue of issues) {
    issue.start = toWritten(issue.start);
    issue.end = toWritten(issue.end);
  }
}

/** Free-text values as the contact wrote them (typos included), from the same spans. */
export function restoreWritten(slots: Slots, original: string): void {
  for (const name of WRITTEN) {
    const slot = slots[name] as { value: string; span?: [number, number] } | undefined;
    if (!slot?.span) continue;
    const written = tidy(original.slice(slot.span[0], slot.span[1]));
    if (written) slot.value = written;
  }
}
