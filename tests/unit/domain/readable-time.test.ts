// Instants as a customer reads them (issue 21): the region's zone, its British short name where it has
// one, else the American one, else the offset; the year only when it is not the current one. One
// formatting per instant (bench:clock: describing a page's due was a tenth of a tick's CPU).
import { describe, expect, it } from 'vitest';
import { readableDate, readableInstant } from '../../../src/domain/readable-time.ts';

const now = new Date('2026-11-23T14:00:00Z');

describe('readableInstant', () => {
  it('issue 21: names the British zone in winter and summer (CET, CEST, GMT, BST)', () => {
    expect(readableInstant('2026-12-07T11:00:00Z', 'Europe/Berlin', now)).toBe('Mon 7 Dec, 12:00 CET');
    expect(readableInstant('2026-07-06T11:00:00Z', 'Europe/Berlin', now)).toBe('Mon 6 Jul, 13:00 CEST');
    expect(readableInstant('2026-12-07T11:00:00Z', 'Europe/London', now)).toBe('Mon 7 Dec, 11:00 GMT');
    expect(readableInstant('2026-07-06T11:00:00Z', 'Europe/London', now)).toBe('Mon 6 Jul, 12:00 BST');
  });

  it('issue 21: falls back to the American name, then to the offset', () => {
    expect(readableInstant('2026-12-07T17:00:00Z', 'America/New_York', now)).toBe('Mon 7 Dec, 12:00 EST');
    expect(readableInstant('2026-07-06T16:00:00Z', 'America/New_York', now)).toBe('Mon 6 Jul, 12:00 EDT');
    expect(readableInstant('2026-12-07T04:00:00Z', 'Asia/Singapore', now)).toBe('Mon 7 Dec, 12:00 GMT+8');
  });

  it('issue 21: shows the year only when it is not the current one in that zone', () => {
    expect(readableInstant('2027-01-04T11:00:00Z', 'Europe/Berlin', now)).toBe('Mon 4 Jan 2027, 12:00 CET');
    expect(readableInstant('2027-01-04T11:00:00Z', 'Europe/Berlin')).toBe('Mon 4 Jan, 12:00 CET');
    // New Year's Eve 23:30 UTC is already next year in Berlin, not yet in New York.
    const newYearsEve = new Date('2026-12-31T23:30:00Z');
    expect(readableInstant('2027-01-01T11:00:00Z', 'Europe/Berlin', newYearsEve)).toBe('Fri 1 Jan, 12:00 CET');
    expect(readableInstant('2027-01-01T17:00:00Z', 'America/New_York', newYearsEve)).toBe('Fri 1 Jan 2027, 12:00 EST');
  });

  it('the current year is the one of the `now` and zone of each call, whatever was asked before', () => {
    const later = new Date('2027-03-01T12:00:00Z');
    const at = '2027-01-04T11:00:00Z';
    expect(readableInstant(at, 'Europe/Berlin', now)).toBe('Mon 4 Jan 2027, 12:00 CET');
    expect(readableInstant(at, 'Europe/Berlin', later)).toBe('Mon 4 Jan, 12:00 CET');
    expect(readableInstant(at, 'Europe/Berlin', now)).toBe('Mon 4 Jan 2027, 12:00 CET');
    const newYearsEve = new Date('2026-12-31T23:30:00Z');
    expect(readableInstant(at, 'Europe/Berlin', newYearsEve)).toBe('Mon 4 Jan, 12:00 CET');
    expect(readableInstant(at, 'America/New_York', newYearsEve)).toBe('Mon 4 Jan 2027, 06:00 EST');
    expect(readableInstant(at, 'Europe/Berlin', newYearsEve)).toBe('Mon 4 Jan, 12:00 CET');
  });
});

describe('readableDate', () => {
  it("a license file's expiry as a calendar date", () => {
    expect(readableDate('2026-12-23')).toBe('Wed 23 Dec 2026');
  });
});
