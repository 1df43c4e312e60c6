/**
 * The escalation ladder (issue 22, policy.escalation.ladder): a page goes to the first rung; while
 * nobody acknowledges it, it is sent again every `repeatEveryMinutes`, `repeats` times, then goes one
 * rung up. At the top, after its repeats, it stays open (acknowledgeable) and is not sent again.
 *
 * | at the send just made        | next send                               |
 * |------------------------------|-----------------------------------------|
 * | repeats left at this rung    | same rung, +repeatEveryMinutes          |
 * | none left, a rung above      | next rung (count 0), +repeatEveryMinutes|
 * | none left, top rung          | none                                    |
 */
import type { LadderRung } from '../policy/schema.ts';

export interface LadderPosition {
  rung: number;
  /** Repeats already made at this rung. */
  repageCount: number;
}

const MINUTE_MS = 60_000;

/** Adds minutes of the page's countable time (wall time by default). */
export type AddMinutes = (from: Date, minutes: number) => Date;

const wallTime: AddMinutes = (from, minutes) => new Date(from.getTime() + minutes * MINUTE_MS);

/** When the page is next sent after a send at `sentAt`, or null when the ladder is spent. */
export function nextSendAfter(
  ladder: ReadonlyArray<LadderRung>,
  position: LadderPosition,
  sentAt: Date,
  after: AddMinutes = wallTime,
): Date | null {
  const rung = ladder[position.rung];
  if (!rung) return null;
  const more = position.repageCount < rung.repeats || position.rung + 1 < ladder.length;
  return more ? after(sentAt, rung.repeatEveryMinutes) : null;
}

/** The position of the next send: a repeat at this rung, or the first send one rung up. */
export function nextPosition(
  ladder: ReadonlyArray<LadderRung>,
  position: LadderPosition,
): LadderPosition & { climbed: boolean } {
  const rung = ladder[position.rung];
  if (rung && position.repageCount < rung.repeats) {
    return { rung: position.rung, repageCount: position.repageCount + 1, climbed: false };
  }
  return { rung: Math.min(position.rung + 1, ladder.length - 1), repageCount: 0, climbed: true };
}
