/**
 * The clock's store functions (issue 22) run against both databases with the same assertions (issue
 * 24 §1): scheduled jobs upserted by key, read due in order, claimed, finished and failed; the scheduler
 * lease; escalation pages with their recipients; the planner's bulk reads and chunked job writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type NewCase } from '../../../src/store/case-store.ts';
import {
  allPages,
  getPage,
  insertPage,
  type NewPage,
  openPagesOfCase,
  pagesOfCase,
  updatePage,
} from '../../../src/store/page-store.ts';
import { readPlanFacts, upsertCaseJobs } from '../../../src/store/plan-store.ts';
import {
  allJobs,
  claimableJob,
  dueJobs,
  failJob,
  finishJob,
  jobByKey,
  nextDueAt,
  readLease,
  releaseLease,
  upsertJob,
  writeLease,
} from '../../../src/store/schedule-store.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { DIALECTS, type StoreDbs, storeDbs } from './support/store-dbs.ts';

let dbs: StoreDbs;
beforeAll(async () => {
  dbs = await storeDbs();
});
afterAll(async () => {
  await dbs?.close();
});

const T = (hh: string) => `2026-11-23T${hh}:00.000Z`;
const aCase = (over: Partial<NewCase> = {}): NewCase => ({
  type: 'technical',
  state: 'open',
  severity: 'critical',
  soldTo: 'ACME-1',
  endUser: 'ACME-1',
  pauses: [],
  createdAt: T('14:00'),
  updatedAt: T('14:00'),
  ...over,
});

describe.each(DIALECTS)('the clock store on %s (issue 24 §1)', (dialect) => {
  it('issue 22 §1: jobs are upserted by key, read due earliest first, and re-planned with their payload', async () => {
    const db = await dbs.open(dialect);
    // The case triggers plan jobs of their own: the jobs below use keys of their own.
    await upsertJob(db, { kind: 'test', key: 'k:late', dueAt: T('16:00'), payload: { n: 1 } }, T('14:00'));
    await upsertJob(db, { kind: 'test', key: 'k:early', dueAt: T('15:00'), payload: { n: 2 } }, T('14:00'));
    await upsertJob(db, { kind: 'test', key: 'k:none', dueAt: null }, T('14:00'));
    expect((await dueJobs(db, T('15:30'), 10)).map((j) => j.key)).toEqual(['k:early']);
    expect((await dueJobs(db, T('17:00'), 10)).map((j) => j.key)).toEqual(['k:early', 'k:late']);
    expect((await dueJobs(db, T('17:00'), 1)).map((j) => j.key)).toEqual(['k:early']);
    expect(await nextDueAt(db)).toBe(T('15:00'));
    expect((await jobByKey(db, 'k:none'))!.state).toBe('done');
    // A re-plan replaces the due and the payload and forgets the failures.
    await upsertJob(db, { kind: 'test', key: 'k:late', dueAt: T('14:30'), payload: { n: 3, to: ['a'] } }, T('14:10'));
    const late = (await jobByKey(db, 'k:late'))!;
    expect([late.dueAt, late.state, late.payload]).toEqual([T('14:30'), 'pending', { n: 3, to: ['a'] }]);
    expect(await nextDueAt(db)).toBe(T('14:30'));
    expect((await allJobs(db)).filter((j) => j.kind === 'test')).toHaveLength(3);
  });

  it('issue 22 §1: a job is claimable only while pending and due; finished, failed and retried as told', async () => {
    const db = await dbs.open(dialect);
    await upsertJob(db, { kind: 'test', key: 'k:1', dueAt: T('15:00') }, T('14:00'));
    const job = (await jobByKey(db, 'k:1'))!;
    expect(await claimableJob(db, job.id, T('14:59'))).toBeUndefined();
    expect((await claimableJob(db, job.id, T('15:00')))!.key).toBe('k:1');
    await inTransaction(db, () => failJob(db, job.id, 'smtp down', T('15:05'), T('15:00')));
    let now = (await jobByKey(db, 'k:1'))!;
    expect([now.state, now.attempts, now.lastError, now.dueAt]).toEqual(['pending', 1, 'smtp down', T('15:05')]);
    await failJob(db, job.id, 'still down', null, T('15:05'));
    now = (await jobByKey(db, 'k:1'))!;
    expect([now.state, now.attempts, now.dueAt]).toEqual(['failed', 2, T('15:05')]);
    expect(await claimableJob(db, job.id, T('18:00'))).toBeUndefined();
    await finishJob(db, job.id, T('16:00'), T('15:10'));
    now = (await jobByKey(db, 'k:1'))!;
    expect([now.state, now.attempts, now.lastError, now.dueAt]).toEqual(['pending', 0, null, T('16:00')]);
    await finishJob(db, job.id, null, T('16:00'));
    expect((await jobByKey(db, 'k:1'))!.state).toBe('done');
  });

  it('issue 22 §1: the scheduler lease is written, renewed, read and given up only by its holder', async () => {
    const db = await dbs.open(dialect);
    expect(await readLease(db, 'scheduler')).toBeUndefined();
    const lease = { holder: 'a', acquiredAt: T('14:00'), heartbeatAt: T('14:00'), expiresAt: T('14:05') };
    await writeLease(db, 'scheduler', lease);
    await writeLease(db, 'scheduler', { ...lease, heartbeatAt: T('14:01'), expiresAt: T('14:06') });
    expect(await readLease(db, 'scheduler')).toEqual({ ...lease, heartbeatAt: T('14:01'), expiresAt: T('14:06') });
    await releaseLease(db, 'scheduler', 'b');
    expect((await readLease(db, 'scheduler'))!.expiresAt).toBe(T('14:06'));
    await releaseLease(db, 'scheduler', 'a');
    expect((await readLease(db, 'scheduler'))!.expiresAt).toBe('');
  });

  it('issue 22 §2: pages keep their recipients and ladder position; only the changed columns change', async () => {
    const db = await dbs.open(dialect);
    const c = await createCase(db, aCase());
    const page: NewPage = {
      caseId: c.id,
      target: 'response',
      level: 'at-risk',
      dueKey: `clock:${T('14:00')}`,
      thresholdAt: T('14:20'),
      due: T('14:30'),
      ladderLevel: 'manager',
      recipients: ['manager.emea@vendor.example'],
      firstSentAt: T('14:20'),
      sentAt: T('14:20'),
      state: 'open',
    };
    const first = await inTransaction(db, () => insertPage(db, page));
    const second = await insertPage(db, { ...page, level: 'breached', thresholdAt: T('14:30') });
    expect(first.id).toBeLessThan(second.id);
    expect(await getPage(db, first.id)).toEqual(first);
    await updatePage(db, first.id, {
      rung: 1,
      ladderLevel: 'head',
      recipients: ['manager.emea@vendor.example', 'head@vendor.example'],
      repageCount: 0,
      totalRepages: 1,
      nextRepageAt: T('15:00'),
      sentAt: T('14:40'),
    });
    await updatePage(db, second.id, { state: 'cancelled', closedReason: 'target met' });
    const updated = (await getPage(db, first.id))!;
    expect(updated).toEqual({
      ...first,
      rung: 1,
      ladderLevel: 'head',
      recipients: ['manager.emea@vendor.example', 'head@vendor.example'],
      totalRepages: 1,
      nextRepageAt: T('15:00'),
      sentAt: T('14:40'),
    });
    expect((await pagesOfCase(db, c.id)).map((p) => p.id)).toEqual([first.id, second.id]);
    expect((await openPagesOfCase(db, c.id)).map((p) => p.id)).toEqual([first.id]);
    expect((await allPages(db)).map((p) => p.state)).toEqual(['open', 'cancelled']);
    // The same due never pages twice (pages_once), on both.
    await expect(insertPage(db, page)).rejects.toThrow();
  });

  it('issue 22 §1: the planner reads every case with timed work in bulk and writes one job row per case', async () => {
    const db = await dbs.open(dialect);
    const open = await createCase(db, aCase({ pauses: [{ from: T('14:00'), to: T('14:10') }], region: 'emea' }));
    const waiting = await createCase(db, aCase({ state: 'waiting-on-customer' }));
    const closed = await createCase(db, aCase({ state: 'resolved' }));
    const facts = await readPlanFacts(db);
    const byId = new Map(facts.cases.map((r) => [r[0], r]));
    expect([...byId.keys()].sort()).toEqual([open.id, waiting.id].sort());
    const pauses = byId.get(open.id)![12];
    expect(typeof pauses === 'string' ? JSON.parse(pauses) : pauses).toEqual([{ from: T('14:00'), to: T('14:10') }]);
    expect(byId.get(open.id)![3]).toBe('emea');
    expect(facts.pages).toEqual([]);
    await inTransaction(db, () =>
      upsertCaseJobs(db, T('14:30'), [
        [open.id, T('15:00'), 'pending'],
        [waiting.id, '', 'pending'],
        [closed.id, '', 'done'],
      ]),
    );
    const jobs = new Map((await allJobs(db)).map((j) => [j.key, j]));
    expect([jobs.get(`case:${open.id}`)!.dueAt, jobs.get(`case:${open.id}`)!.state]).toEqual([T('15:00'), 'pending']);
    expect(jobs.get(`case:${waiting.id}`)!.dueAt).toBe('');
    expect(jobs.get(`case:${closed.id}`)!.state).toBe('done');
    await upsertCaseJobs(db, T('14:40'), [[open.id, T('16:00'), 'pending']]);
    expect((await jobByKey(db, `case:${open.id}`))!.dueAt).toBe(T('16:00'));
  });
});
