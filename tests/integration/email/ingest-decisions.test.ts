// The decision `caseline ingest --json` reports (issue 6): a message about a case that was already open
// when it arrived is a case update; a reply while the case is still collecting its details (the
// severity question) is part of starting it, not an update.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { createMailOutboxStore } from '../../../src/store/mail-outbox-store.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, MAIL_FROM, mailFromAna } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-decisions-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const NOW = new Date('2026-11-23T14:00:00Z');

describe('the decision reported for a mail about a case', () => {
  it('is a new conversation while the case collects its details, and a case update once it is open', async () => {
    const db = openDatabase(':memory:', { image: await demoImage() });
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => NOW });
    const settings = ingestSettings(attachmentDir);
    const outbox = createMailOutboxStore(db, { from: MAIL_FROM, messageIdSecret: settings.messageIdSecret });
    /** Our newest mail to Ana, as the outbox sends it (with its signed Message-ID). */
    const lastMailToAna = async () => {
      const mails = (await outbox.claimDue(NOW, 100)).filter((m) => m.to.includes('ana@acme.example'));
      return mails[mails.length - 1]!.messageId;
    };
    const fromAna = (n: number, body: string, inReplyTo?: string) =>
      mailFromAna('SIP Server drops calls', n, body, inReplyTo);

    const first = await ingestMessage(
      ctx,
      settings,
      fromAna(1, 'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913'),
    );
    expect(first).toMatchObject({ decision: 'new-conversation', reason: 'collecting' });

    // Each answer goes to the question before it, in our last mail's thread, until the case opens.
    const answers = [
      'medium',
      'It started after we upgraded the SIP Server last night.',
      'About 200 agents cannot take calls reliably.',
    ];
    let reply = first;
    for (const [n, answer] of answers.entries()) {
      if (reply.reason !== 'collecting') break;
      reply = await ingestMessage(ctx, settings, fromAna(n + 2, answer, await lastMailToAna()));
      expect(reply, answer).toMatchObject({ decision: 'new-conversation', case: first.case });
    }
    expect(reply.reason).not.toBe('collecting');

    const update = await ingestMessage(
      ctx,
      settings,
      fromAna(9, 'Please raise the severity to high, all our agents are affected now.', await lastMailToAna()),
    );
    // The severity a contact asks for is applied, the analyst told (README "Understanding", issue 21 §3).
    expect(update).toMatchObject({ decision: 'case-update', reason: 'severity-changed', case: first.case });
  });
});
