/**
 * The store functions the engine calls, run against both databases with the same assertions (issue 24
 * §1): cases and their events, conversations, inbound messages taken once by `takeInbound` even when
 * two callers race, approvals, the audit log (append-only), customer notices, and the metrics' gauges.
 * JSON columns come back as the values written, on both (a jsonb read as text was issue 24's known bug).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvalById,
  approvedForPair,
  decideApproval,
  insertApproval,
  issuedTempLicenses,
} from '../../../src/store/approval-store.ts';
import { appendAudit, tailAudit } from '../../../src/store/audit-log.ts';
import {
  addCaseEvent,
  allCases,
  caseEvents,
  casesForPairs,
  createCase,
  findCaseByNumber,
  getCaseById,
  latestCase,
  mayBeWithdrawn,
  type NewCase,
  STAFF_TOLD,
  updateCase,
  withdrawCase,
} from '../../../src/store/case-store.ts';
import { getOrCreateConversationOfSender, saveConversation } from '../../../src/store/conversation-store.ts';
import type { Db } from '../../../src/store/database.ts';
import { tablesOf } from '../../../src/store/dialect.ts';
import { findInbound, repliesToInbound, setInboundOutcome, takeInbound } from '../../../src/store/inbound-store.ts';
import { noticesOfCase, recordNotice } from '../../../src/store/notice-store.ts';
import {
  lastBackup,
  outboxBacklog,
  outstandingPages,
  recordBackup,
} from '../../../src/store/operations-metrics-store.ts';
import { insertPage } from '../../../src/store/page-store.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { DIALECTS, rawSql, type StoreDbs, storeDbs } from './support/store-dbs.ts';

let dbs: StoreDbs;
beforeAll(async () => {
  dbs = await storeDbs();
});
afterAll(async () => {
  await dbs?.close();
});

const NOW = '2026-11-23T14:00:00.000Z';
const aCase = (over: Partial<NewCase> = {}): NewCase => ({
  type: 'technical',
  state: 'open',
  severity: 'high',
  soldTo: 'ACME-1',
  endUser: 'ACME-1',
  pauses: [],
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});
const inbound = (key: string) => ({
  channel: 'email',
  dedupeKey: key,
  sender: 'email:ana@acme.example',
  subject: 'Calls drop',
  receivedAt: NOW,
  decision: 'processing',
});

describe.each(DIALECTS)('the store on %s (issue 24 §1)', (dialect) => {
  it('issue 24 §1: cases get their number from the row id, and their JSON columns come back as written', async () => {
    const db = await dbs.open(dialect);
    const first = await createCase(db, aCase({ pauses: [{ from: NOW, to: '2026-11-23T15:00:00.000Z' }] }));
    const second = await createCase(db, aCase({ soldTo: 'GLOBEX-1', endUser: 'INITECH-9' }));
    expect(first.number).toBe('01000001');
    expect(second.number).toBe('01000002');
    expect((await getCaseById(db, first.id))!.pauses).toEqual([{ from: NOW, to: '2026-11-23T15:00:00.000Z' }]);
    expect((await findCaseByNumber(db, '01000002'))!.id).toBe(second.id);
    expect((await updateCase(db, first.id, { severity: 'critical', mustCallIn: true })).mustCallIn).toBe(true);
    expect((await latestCase(db))!.id).toBe(second.id);
    await addCaseEvent(db, {
      caseId: first.id,
      at: NOW,
      kind: 'note',
      actor: 'system',
      details: { rung: 1, to: ['a'] },
    });
    expect((await caseEvents(db, first.id)).map((e) => e.details)).toEqual([{ rung: 1, to: ['a'] }]);
  });

  it('issue 18 §1 on both: casesForPairs finds the cases of exactly the pairs asked, newest first', async () => {
    const db = await dbs.open(dialect);
    const a = await createCase(db, aCase({ soldTo: 'S1', endUser: 'E1' }));
    await createCase(db, aCase({ soldTo: 'S1', endUser: 'E2' }));
    const c = await createCase(db, aCase({ soldTo: 'S2', endUser: 'E1' }));
    // "S1" + "E1" must not match "S1E" + "1" or any crossed pair.
    await createCase(db, aCase({ soldTo: 'S1E', endUser: '1' }));
    const found = await casesForPairs(db, [
      { soldTo: 'S1', endUser: 'E1' },
      { soldTo: 'S2', endUser: 'E1' },
    ]);
    expect(found.map((r) => r.id)).toEqual([c.id, a.id]);
    expect(await casesForPairs(db, [])).toEqual([]);
  });

  it('issue 21 §10 on both: a collecting case withdrawn is in no list, its number is not reused and its record stays', async () => {
    const db = await dbs.open(dialect);
    const draft = await createCase(db, aCase({ state: 'collecting', soldTo: 'W1', endUser: 'W1' }));
    const told = await createCase(db, aCase({ state: 'collecting', soldTo: 'W1', endUser: 'W1' }));
    const started = await createCase(
      db,
      aCase({ state: 'collecting', clockStartedAt: NOW, soldTo: 'W1', endUser: 'W1' }),
    );
    await addCaseEvent(db, { caseId: told.id, at: NOW, kind: STAFF_TOLD, actor: 'system' });
    expect(await mayBeWithdrawn(db, draft)).toBe(true);
    // Staff told of it, or its clock started: no longer the contact's to withdraw.
    expect(await mayBeWithdrawn(db, told)).toBe(false);
    expect(await mayBeWithdrawn(db, started)).toBe(false);
    expect(await mayBeWithdrawn(db, await updateCase(db, draft.id, { state: 'open' }))).toBe(false);
    await updateCase(db, draft.id, { state: 'collecting' });
    const last = await createCase(db, aCase({ soldTo: 'W1', endUser: 'W1' }));
    expect((await withdrawCase(db, (await getCaseById(db, last.id))!, NOW, 'slack:U1')).state).toBe('withdrawn');
    await withdrawCase(db, (await getCaseById(db, draft.id))!, NOW, 'slack:U1');
    const pair = [{ soldTo: 'W1', endUser: 'W1' }];
    expect((await casesForPairs(db, pair)).map((c) => c.id)).toEqual([started.id, told.id]);
    expect((await allCases(db)).map((c) => c.id)).not.toContain(draft.id);
    expect((await allCases(db, { withdrawn: true })).map((c) => c.id)).toContain(draft.id);
    expect((await latestCase(db))!.id).toBe(started.id);
    expect((await findCaseByNumber(db, draft.number))!.state).toBe('withdrawn');
    expect((await caseEvents(db, draft.id)).map((e) => e.text)).toEqual([expect.stringMatching(/^withdrawn: /)]);
    expect((await createCase(db, aCase())).id).toBeGreaterThan(last.id);
  });

  it('issue 18 §1 on both: a second sender in a thread gets a conversation of their own; dialogue JSON round-trips', async () => {
    const db = await dbs.open(dialect);
    const key = { channel: 'slack', threadKey: 'C1:1700000000.000100' };
    const ana = await getOrCreateConversationOfSender(db, { ...key, senderKey: 'slack:U1' }, NOW);
    const again = await getOrCreateConversationOfSender(db, { ...key, senderKey: 'slack:U1' }, NOW);
    const ben = await getOrCreateConversationOfSender(db, { ...key, senderKey: 'slack:U2' }, NOW);
    expect(again.id).toBe(ana.id);
    expect(ben.id).not.toBe(ana.id);
    await saveConversation(
      db,
      ana.id,
      { dialogue: { kind: 'open-case', asked: ['severity'] }, caseId: null, contactId: null },
      NOW,
    );
    const saved = await getOrCreateConversationOfSender(db, { ...key, senderKey: 'slack:U1' }, NOW);
    expect(saved.dialogue).toEqual({ kind: 'open-case', asked: ['severity'] });
  });

  it('issue 24 §2: takeInbound — the same Message-ID taken by two callers at once is taken once, the other sees it', async () => {
    const [a, b] = await dbs.openPair(dialect);
    const take = (db: Db) =>
      inTransaction(db, async () => {
        const result = await takeInbound(db, inbound('<same@acme.example>'));
        if (result.taken) await setInboundOutcome(db, result.taken.id, 'processed', null, null);
        return result;
      });
    const results = await Promise.all([take(a), take(b), take(a), take(b)]);
    const taken = results.filter((r) => r.taken);
    expect(taken).toHaveLength(1);
    for (const r of results.filter((x) => x.seen)) {
      expect(r.seen!.id).toBe(taken[0]!.taken!.id);
      expect(r.seen!.decision).toBe('processed');
    }
    expect((await findInbound(a, 'email', '<same@acme.example>'))!.id).toBe(taken[0]!.taken!.id);
  });

  it('issue 24 §2: a key taken in a unit that rolls back is free again; a PIN never reaches a stored subject', async () => {
    const db = await dbs.open(dialect);
    await expect(
      inTransaction(db, async () => {
        await takeInbound(db, { ...inbound('<rolled@acme.example>'), subject: 'my PIN is 482913' });
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    const again = await inTransaction(db, () =>
      takeInbound(db, { ...inbound('<rolled@acme.example>'), subject: 'my PIN is 482913' }),
    );
    expect(again.taken).toBeDefined();
    expect(again.taken!.subject).not.toContain('482913');
    expect((await findInbound(db, 'email', '<rolled@acme.example>'))!.subject).not.toContain('482913');
    expect(await repliesToInbound(db, again.taken!.id)).toEqual([]);
  });

  it('DOMAIN.md §6 on both: approvals get AP- references; issued temporary files are found by case and by pair', async () => {
    const db = await dbs.open(dialect);
    const c = await createCase(db, aCase({ soldTo: 'S9', endUser: 'E9' }));
    const approval = await insertApproval(db, {
      kind: 'temp-license',
      decision: 'approve',
      state: 'pending',
      caseId: c.id,
      details: { reasons: ['production down'], expiresInDays: 30 },
      createdAt: NOW,
    });
    expect(approval.reference).toMatch(/^AP-\d{6}$/);
    expect(await approvedForPair(db, 'S9', 'E9')).toBe(false);
    await decideApproval(db, approval.id, {
      state: 'approved',
      decidedBy: null,
      decidedAt: NOW,
      expiresOn: '2026-12-23',
    });
    expect(await approvedForPair(db, 'S9', 'E9')).toBe(true);
    expect(await approvedForPair(db, 'S9', 'E1')).toBe(false);
    expect((await approvalById(db, approval.id))!.details).toEqual({ reasons: ['production down'], expiresInDays: 30 });
    expect(await issuedTempLicenses(db, c.id)).toEqual([
      { id: approval.id, decidedAt: NOW, createdAt: NOW, expiresOn: '2026-12-23' },
    ]);
  });

  it('issue 18 §3 on both: the audit log keeps details as written, never a PIN, and refuses UPDATE and DELETE', async () => {
    const db = await dbs.open(dialect);
    await inTransaction(db, async () => {
      await appendAudit(db, { at: NOW, actor: 'system', action: 'case.open', subject: '01000001', details: { n: 1 } });
      await appendAudit(db, { at: NOW, actor: 'cli:root', action: 'contact.set-pin', subject: 'PIN 482913 set' });
    });
    const tail = await tailAudit(db, 10);
    expect(tail.map((e) => [e.action, e.details])).toEqual([
      ['case.open', { n: 1 }],
      ['contact.set-pin', {}],
    ]);
    expect(tail[1]!.subject).not.toContain('482913');
    await expect(rawSql(db, `UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow();
    await expect(rawSql(db, 'DELETE FROM audit_log')).rejects.toThrow();
    expect(await tailAudit(db, 10)).toHaveLength(2);
  });

  it('issue 22 on both: a customer notice key is recorded once', async () => {
    const db = await dbs.open(dialect);
    const c = await createCase(db, aCase());
    expect(await recordNotice(db, c.id, `reminder:${c.id}:1`, NOW)).toBe(true);
    expect(await recordNotice(db, c.id, `reminder:${c.id}:1`, '2026-11-24T00:00:00.000Z')).toBe(false);
    expect(await noticesOfCase(db, c.id)).toEqual(new Map([[`reminder:${c.id}:1`, new Date(NOW)]]));
  });

  it('issue 23 on both: the metrics read the outbox backlog, open pages and the last backup', async () => {
    const db = await dbs.open(dialect);
    const c = await createCase(db, aCase());
    const { outbox } = tablesOf(db);
    const row = (channel: string, state: 'pending' | 'sent', createdAt: string) => ({
      channel,
      recipient: 'x@acme.example',
      audience: 'customer' as const,
      text: 'hello',
      state,
      attempts: 0,
      nextAttemptAt: createdAt,
      createdAt,
    });
    await db
      .insert(outbox)
      .values([
        row('email', 'pending', '2026-11-23T10:00:00.000Z'),
        row('email', 'pending', '2026-11-23T09:00:00.000Z'),
        row('email', 'sent', '2026-11-23T08:00:00.000Z'),
        row('slack', 'pending', NOW),
      ]);
    expect((await outboxBacklog(db)).sort((x, y) => x.channel.localeCompare(y.channel))).toEqual([
      { channel: 'email', depth: 2, oldestCreatedAt: '2026-11-23T09:00:00.000Z' },
      { channel: 'slack', depth: 1, oldestCreatedAt: NOW },
    ]);
    const page = { caseId: c.id, target: 'response', level: 'at-risk', ladderLevel: 'manager', due: NOW } as const;
    await insertPage(db, { ...page, dueKey: 'k1', thresholdAt: NOW, firstSentAt: NOW, sentAt: NOW, state: 'open' });
    await insertPage(db, {
      ...page,
      dueKey: 'k2',
      thresholdAt: NOW,
      firstSentAt: '2026-11-23T13:00:00.000Z',
      sentAt: NOW,
      state: 'open',
    });
    await insertPage(db, {
      ...page,
      dueKey: 'k3',
      thresholdAt: NOW,
      firstSentAt: NOW,
      sentAt: NOW,
      state: 'cancelled',
    });
    expect(await outstandingPages(db)).toEqual([{ level: 'at-risk', count: 2, oldestAt: '2026-11-23T13:00:00.000Z' }]);
    expect(await lastBackup(db)).toBeNull();
    await recordBackup(db, { at: '2026-11-22T00:00:00.000Z', path: '/b/1.db', bytes: 4096, cases: 1 });
    await recordBackup(db, { at: NOW, path: '/b/2.db', bytes: 8192, cases: 2 });
    expect(await lastBackup(db)).toEqual({ at: NOW, path: '/b/2.db', bytes: 8192, cases: 2 });
  });
});
