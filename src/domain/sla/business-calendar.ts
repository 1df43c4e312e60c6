/**
 * A region's business calendar (DOMAIN.md §8): open on the policy's weekdays between `open` and
 * `close` in the contract's time zone, closed on the holiday country's public holidays and on the
 * policy's extra closure days.
 *
 * Why it is built this way: the SLA engine asks thousands of questions per second, so each local
 * day's opening and closing instants are computed once (with Luxon, which knows every DST rule) and
 * kept as epoch milliseconds in 512-day chunks, filled lazily. All arithmetic then works on plain
 * numbers; holidays are generated once per year and country.
 */
import { IANAZone } from 'luxon';
import { type OffsetAt, offsetTimeline } from './zone-offsets.ts';

/** What the SLA engine needs from a calendar; `calendarFor` builds the real one. */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Length of one business day in minutes ("N business days" = N × this, DOMAIN.md §8); 600 when absent. */
  readonly businessDayMinutes?: number;
  /** Inside business hours: open ≤ at < close on an open day. */
  isOpen(at: Date): boolean;
  /** `at` itself when open, else the next opening instant. */
  nextOpening(at: Date): Date;
  /** The instant at which `minutes` of business time have elapsed since `start` (outside hours: from the next opening). */
  addBusinessMinutes(start: Date, minutes: number): Date;
  /** Business minutes inside [from, to); 0 when `to` is not after `from`. */
  businessMinutesBetween(from: Date, to: Date): number;
}

export interface BusinessCalendarSpec {
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  open: string;
  close: string;
  /** Extra closure dates, `YYYY-MM-DD` in the calendar's zone. */
  extraClosures: readonly string[];
  /** Closed dates (`YYYY-MM-DD`) of a year: the public holidays. */
  holidayDates: (year: number) => ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const CHUNK_BITS = 9;
const CHUNK_DAYS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_DAYS - 1;
/** Ten years without a single open day means the calendar is misconfigured, not that the case waits. */
const MAX_CLOSED_DAYS = 3660;

const hhmmToMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export class RegionCalendar implements BusinessCalendar {
  readonly timeZone: string;
  readonly businessDayMinutes: number;
  private readonly zone: IANAZone;
  private readonly openDays: ReadonlySet<number>;
  private readonly openMinute: number;
  private readonly closeMinute: number;
  private readonly extraClosures: ReadonlySet<string>;
  private readonly holidayDates: (year: number) => ReadonlySet<string>;
  private readonly holidaysByYear = new Map<number, ReadonlySet<string>>();
  /** Per local day (days since 1970-01-01 in the zone): [midnight, open, close] epoch ms; NaN open/close = closed. */
  private readonly chunks = new Map<number, Float64Array>();
  private lastChunkIndex = Number.NaN;
  private lastChunk: Float64Array = new Float64Array(0);

  constructor(spec: BusinessCalendarSpec) {
    if (!IANAZone.isValidZone(spec.timeZone)) throw new RangeError(`unknown time zone "${spec.timeZone}"`);
    this.timeZone = spec.timeZone;
    this.zone = IANAZone.create(spec.timeZone);
    this.openDays = new Set(spec.days);
    this.openMinute = hhmmToMinutes(spec.open);
    this.closeMinute = hhmmToMinutes(spec.close);
    if (this.closeMinute <= this.openMinute) throw new RangeError('business hours must close after they open');
    this.businessDayMinutes = this.closeMinute - this.openMinute;
    this.extraClosures = new Set(spec.extraClosures);
    this.holidayDates = spec.holidayDates;
  }

  isOpen(at: Date): boolean {
    const t = at.getTime();
    const day = this.localDay(t);
    return t >= this.openAt(day) && t < this.closeAt(day);
  }

  nextOpening(at: Date): Date {
    return new Date(this.addBusinessMs(at.getTime(), 0));
  }

  addBusinessMinutes(start: Date, minutes: number): Date {
    if (!(minutes >= 0)) throw new RangeError(`business minutes must be ≥ 0, got ${minutes}`);
    return new Date(this.addBusinessMs(start.getTime(), minutes * MINUTE_MS));
  }

  businessMinutesBetween(from: Date, to: Date): number {
    return this.businessMsBetween(from.getTime(), to.getTime()) / MINUTE_MS;
  }

  /** Builds the day tables (and holiday lists) covering [from, to] now, e.g. at startup, instead of on first use. */
  prepare(from: Date, to: Date): void {
    const last = this.localDay(to.getTime()) + 1;
    for (let day = this.localDay(from.getTime()); day <= last; day += CHUNK_DAYS) this.chunk(day);
    this.chunk(last);
  }

  /**
   * Walks open intervals from `startMs` until `ms` of business time are used. `<=` makes a due that
   * falls exactly on closing time stay on that day (18:00, not 08:00 the next open day); a zero amount
   * outside hours gives the next opening (DOMAIN.md §8: the clock starts at the next opening).
   */
  addBusinessMs(startMs: number, ms: number): number {
    let remaining = ms;
    let day = this.localDay(startMs);
    for (let closedRun = 0; closedRun <= MAX_CLOSED_DAYS; day++) {
      const open = this.openAt(day);
      const close = this.closeAt(day);
      if (Number.isNaN(open)) {
        closedRun++;
        continue;
      }
      closedRun = 0;
      const from = Math.max(startMs, open);
      if (from >= close) continue;
      const available = close - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
    throw new RangeError(`the ${this.timeZone} calendar has no business hours for ten years`);
  }

  /** Business milliseconds inside [fromMs, toMs). */
  businessMsBetween(fromMs: number, toMs: number): number {
    if (!(toMs > fromMs)) return 0;
    let total = 0;
    for (let day = this.localDay(fromMs); this.midnightOf(day) < toMs; day++) {
      const open = this.openAt(day);
      if (Number.isNaN(open)) continue;
      const from = Math.max(fromMs, open);
      const close = this.closeAt(day);
      const to = Math.min(toMs, close);
      if (to > from) total += to - from;
    }
    return total;
  }

  /** The local day containing `t`: UTC day ± 1, since zone offsets stay within a day. */
  private localDay(t: number): number {
    const day = Math.floor(t / DAY_MS);
    if (t < this.midnightOf(day)) return day - 1;
    if (t >= this.midnightOf(day + 1)) return day + 1;
    return day;
  }

  private midnightOf(day: number): number {
    return this.chunk(day)[(day & CHUNK_MASK) * 3] as number;
  }

  private openAt(day: number): number {
    return this.chunk(day)[(day & CHUNK_MASK) * 3 + 1] as number;
  }

  private closeAt(day: number): number {
    return this.chunk(day)[(day & CHUNK_MASK) * 3 + 2] as number;
  }

  private chunk(day: number): Float64Array {
    const index = day >> CHUNK_BITS;
    if (index === this.lastChunkIndex) return this.lastChunk;
    let chunk = this.chunks.get(index);
    if (!chunk) {
      chunk = this.buildChunk(index);
      this.chunks.set(index, chunk);
    }
    this.lastChunkIndex = index;
    this.lastChunk = chunk;
    return chunk;
  }

  private buildChunk(index: number): Float64Array {
    const chunk = new Float64Array(CHUNK_DAYS * 3);
    const firstLocalMidnight = index * CHUNK_DAYS * DAY_MS;
    // Local wall times lie within a day of their instants, so two days of margin cover every offset needed.
    const offsetAt = offsetTimeline(
      this.zone,
      firstLocalMidnight - 2 * DAY_MS,
      firstLocalMidnight + (CHUNK_DAYS + 2) * DAY_MS,
    );
    for (let i = 0; i < CHUNK_DAYS; i++) {
      const localMidnight = firstLocalMidnight + i * DAY_MS;
      const civil = new Date(localMidnight);
      const isoWeekday = civil.getUTCDay() === 0 ? 7 : civil.getUTCDay();
      const isoDate = civil.toISOString().slice(0, 10);
      const closed =
        !this.openDays.has(isoWeekday) ||
        this.extraClosures.has(isoDate) ||
        this.holidaysOf(civil.getUTCFullYear()).has(isoDate);
      chunk[i * 3] = localToEpoch(localMidnight, offsetAt);
      chunk[i * 3 + 1] = closed ? Number.NaN : localToEpoch(localMidnight + this.openMinute * MINUTE_MS, offsetAt);
      chunk[i * 3 + 2] = closed ? Number.NaN : localToEpoch(localMidnight + this.closeMinute * MINUTE_MS, offsetAt);
    }
    return chunk;
  }

  private holidaysOf(year: number): ReadonlySet<string> {
    let dates = this.holidaysByYear.get(year);
    if (!dates) {
      dates = this.holidayDates(year);
      this.holidaysByYear.set(year, dates);
    }
    return dates;
  }
}

/**
 * Epoch ms of a wall-clock time (written as if it were UTC). Resolves like Luxon's own fixOffset:
 * a time inside a DST gap moves forward by the gap, an ambiguous (repeated) time takes the earlier instant.
 */
function localToEpoch(localMs: number, offsetAt: OffsetAt): number {
  const first = offsetAt(localMs);
  const guess = localMs - first * MINUTE_MS;
  const second = offsetAt(guess);
  if (first === second) return guess;
  const adjusted = guess - (second - first) * MINUTE_MS;
  const third = offsetAt(adjusted);
  if (second === third) return adjusted;
  return localMs - Math.min(second, third) * MINUTE_MS;
}
