/**
 * A database file holding something in every part a move must carry: the demo directory, cases opened on
 * the terminal, by mail and on Slack (with their outbox rows, audit entries, conversations, verifications),
 * Slack events, a mailbox checkpoint past 2^31, the scheduler's jobs, lease and pages, and a backup record.
 * Made through the engine as the channels would, plus the few store calls a channel makes itself.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../src/services/engine/index.ts';
import { createClockScheduler } from '../../src/services/schedule/index.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createMailCheckpointStore } from '../../src/store/mail-checkpoint-store.ts';
import { recordSlackEvent } from '../../src/store/slack-event-store.ts';
import { demoImage } from './replay.ts';

export async function variedDatabase(path: string): Promise<void> {
  writeFileSync(path, await demoImage());
  const db = openDatabase(path);
  let clock = new Date('2026-11-23T14:00:00.000Z');
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: () => clock });
  const later = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
    return clock;
  };
  try {
    const console = { kind: 'console' as const, email: 'ana@acme.example' };
    await handlePinForm(ctx, {
      channel: 'console',
      sender: console,
      email: 'ana@acme.example',
      pin: '482913',
      at: later(1),
      threadKey: 'console:ana',
    });
    await handleInbound(ctx, {
      channel: 'console',
      sender: console,
      threadKey: 'console:ana',
      text: 'Our production SIP Server 9.0 is down, no calls at all — «urgent» 🚨 "quoted"',
      attachments: [],
      receivedAt: later(1),
    });
    const slack = { kind: 'slack' as const, userId: 'U01BEN' };
    await handlePinForm(ctx, {
      channel: 'slack',
      sender: slack,
      email: 'ben@acme.example',
      pin: '739164',
      at: later(1),
      threadKey: 'D01BEN:1.000',
    });
    await handleInbound(ctx, {
      channel: 'slack',
      sender: slack,
      threadKey: 'D01BEN:1.000',
      text: 'Our production SIP Server is down since the upgrade',
      attachments: [],
      receivedAt: later(1),
      dedupeKey: 'slack:D01BEN:2.000',
    });
    await recordSlackEvent(db, {
      eventId: 'Ev01BEN',
      kind: 'message',
      channel: 'D01BEN',
      messageTs: '2.000',
      state: 'processed',
      reason: null,
      summary: {
        text: 'Our production SIP Server is down since the upgrade',
        user: 'U01BEN',
        nested: { b: 2, a: [1, 'x'] },
      },
      receivedAt: clock.toISOString(),
      retryNum: null,
    });
    await handleInbound(ctx, {
      channel: 'email',
      sender: { kind: 'email', address: 'erin@northwind.example', auth: 'pass' },
      threadKey: '<first@northwind.example>',
      subject: 'Licence question',
      text: 'PIN: 857302\nHello, how do I download SIP Server 9.0?',
      attachments: [],
      receivedAt: later(2),
      dedupeKey: '<first@northwind.example>',
    });
    await createMailCheckpointStore(db).set('INBOX', { uidValidity: 3_000_000_001, lastUid: 2_147_483_999 });
    db.$client
      .prepare('INSERT INTO backups (at, path, bytes, cases) VALUES (?, ?, ?, ?)')
      .run(clock.toISOString(), '/var/backups/caseline/monday.db', 5_000_000_000, 2);
    // A day later: the clock pages about the dues it passed.
    const scheduler = createClockScheduler(ctx, { holder: 'varied-database' });
    await scheduler.tick(later(24 * 60));
  } finally {
    db.$client.close();
  }
}
