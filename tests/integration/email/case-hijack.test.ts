// Issue 18 §1 (critical): a `[Case N]` subject (or any thread key) is only a hint. A stranger who writes
// with a case's tag does not join the case: their conversation is not linked to it, the bot's replies to
// them are not written into its history, and a staff reply on the case goes to its contact — never to
// whoever wrote last. Run through the whole mail path (parse, threading, engine) on the demo directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext, performStaffAction } from '../../../src/services/engine/index.ts';
import { caseEvents, findCaseByNumber } from '../../../src/store/case-store.ts';
import { openDatabase, schema } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, rawMail } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-hijack-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

describe('issue 18 §1: a case tag in the subject does not tie a stranger to the case', async () => {
  const db = openDatabase(':memory:', { image: await demoImage() });
  let clock = new Date('2026-11-23T14:00:00Z');
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => clock });
  const settings = ingestSettings(attachmentDir, 100);
  let n = 0;
  const mail = (from: string, subject: string, body: string, dmarc?: 'pass') => {
    clock = new Date(clock.getTime() + 60_000);
    n += 1;
    return ingestMessage(
      ctx,
      settings,
      rawMail({ from, subject, body, messageId: `<hijack-${n}@mail.example>`, ...(dmarc ? { dmarc } : {}) }),
    );
  };
  const ana = (subject: string, body: string) => mail('Ana Ruiz <ana@acme.example>', subject, body, 'pass');

  const opened = await ana(
    'SIP Server drops calls',
    'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913',
  );
  const number = opened.case!;
  const tag = `[Case ${number}] SIP Server drops calls`;
  for (const answer of ['medium', 'It started after the dial plan change yesterday', 'About 20 agents are affected']) {
    await ana(tag, answer);
  }
  const caseId = (await findCaseByNumber(db, number))!.id;

  it('the case opened for Ana, as the attack needs', async () => {
    expect(await findCaseByNumber(db, number)).toMatchObject({ state: 'open', soldTo: 'acme' });
  });

  it('a stranger writing with the tag gets the answer an untagged mail gets, and nothing of the case', async () => {
    const untagged = await mail('Mallory <mallory@evil.example>', 'SIP Server drops calls', 'Any news on this?');
    const tagged = await mail('Mallory <mallory@evil.example>', tag, 'Any news on this?');
    const forged = await mail('Mallory <mallory@evil.example>', `Re: ${tag}`, 'Any news on this?', 'pass');
    expect(tagged.case).toBeNull();
    expect(forged.case).toBeNull();
    expect(tagged.replies.map((r) => r.text)).toEqual(untagged.replies.map((r) => r.text));
    expect(forged.replies.map((r) => r.text)).toEqual(untagged.replies.map((r) => r.text));
    expect(JSON.stringify([tagged, forged])).not.toMatch(/acme|SIP Server 9\.0|Premium|medium/i);
  });

  it('the stranger’s conversations are not linked to the case, and the bot’s replies to them are not in its history', async () => {
    const strangers = db
      .select()
      .from(schema.conversations)
      .where(eq(schema.conversations.senderKey, 'mallory@evil.example'))
      .all();
    expect(strangers.length).toBeGreaterThan(0);
    expect(strangers.map((c) => c.caseId)).toEqual(strangers.map(() => null));
    const toMallory = db.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'mallory@evil.example')).all();
    expect(toMallory.map((r) => r.caseId)).toEqual(toMallory.map(() => null));
    const history = (await caseEvents(db, caseId)).map((e) => e.text ?? '');
    for (const reply of toMallory) expect(history).not.toContain(reply.text);
    expect((await caseEvents(db, caseId)).map((e) => e.actor)).not.toContain('email:mallory@evil.example');
  });

  it('once Ana’s thread has moved on to a new case, a staff reply on her case still goes to Ana only', async () => {
    // Announced as another issue, it is split into a case of its own at once (one issue per case).
    const split = await ana(tag, 'I have another issue: reports are slow in Genesys Info Mart 8.5');
    expect(split.case).not.toBe(number);
    clock = new Date(clock.getTime() + 60_000);
    const result = await performStaffAction(ctx, {
      from: 'U09ANALYST',
      action: 'reply',
      target: number,
      text: 'Please send us the SIP logs of one dropped call.',
      at: clock,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.replies.map((r) => [r.channel, r.recipient])).toEqual([['email', 'ana@acme.example']]);
    const rows = db.select().from(schema.outbox).where(eq(schema.outbox.caseId, caseId)).all();
    expect(rows.map((r) => r.recipient)).not.toContain('mallory@evil.example');
  });
});

describe('issue 18 §2: a contact of another company cannot rewrite or cancel a case that collects its details', async () => {
  const db = openDatabase(':memory:', { image: await demoImage() });
  let clock = new Date('2026-11-23T14:00:00Z');
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => clock });
  const settings = ingestSettings(attachmentDir, 100);
  let n = 0;
  const mail = (from: string, subject: string, body: string) => {
    clock = new Date(clock.getTime() + 60_000);
    n += 1;
    return ingestMessage(
      ctx,
      settings,
      rawMail({ from, subject, body, messageId: `<foreign-${n}@mail.example>`, dmarc: 'pass' }),
    );
  };
  const snapshot = async (number: string) => {
    const { updatedAt: _ignored, ...row } = (await findCaseByNumber(db, number))!;
    return row;
  };
  const actorsOn = async (number: string) =>
    (await caseEvents(db, (await findCaseByNumber(db, number))!.id)).map((e) => e.actor);

  const ana = await mail(
    'ana@acme.example',
    'SIP Server drops calls',
    'Our production SIP Server 9.0 drops calls\nPIN: 482913',
  );

  it('Ana’s case collects its details, as the attack needs', async () => {
    expect(await findCaseByNumber(db, ana.case!)).toMatchObject({ state: 'collecting', soldTo: 'acme' });
  });

  it('answers from Globex under Acme’s case tag change nothing of it, and "cancel" does not close it', async () => {
    const before = await snapshot(ana.case!);
    const tag = `[Case ${ana.case}] SIP Server drops calls`;
    const carla = await mail(
      'carla@globex.example',
      tag,
      'Our SIP Server 9.0 crashes every hour in production, severity high\nPIN: 615283',
    );
    await mail('carla@globex.example', tag, 'It started after the upgrade last night');
    await mail('carla@globex.example', tag, 'About 50 agents are affected');
    await mail('carla@globex.example', tag, 'cancel');
    expect(await snapshot(ana.case!)).toEqual(before);
    expect(await actorsOn(ana.case!)).not.toContain('contact:carla@globex.example');
    expect(carla.case).not.toBe(ana.case);
    expect(carla.replies.map((r) => r.text).join('\n')).not.toContain(ana.case!);
  });

  it('"a new issue, not part of case N" is never said to a contact who may not see case N', async () => {
    const tag = `[Case ${ana.case}] SIP Server drops calls`;
    const asked = await mail(
      'carla@globex.example',
      tag,
      'I have another issue: our Interaction Server crashes hourly',
    );
    const unknown = await mail(
      'carla@globex.example',
      '[Case 09999999] SIP Server drops calls',
      'I have another issue: our Interaction Server crashes hourly',
    );
    expect(asked.replies.map((r) => r.text).join('\n')).not.toMatch(/not part of case|01000001/);
    // Identical but for the number of the new case each one opens for Carla.
    const text = (r: typeof asked) => r.replies.map((x) => x.text.replace(/\b\d{8}\b/g, '<her new case>'));
    expect(text(asked)).toEqual(text(unknown));
  });
});
