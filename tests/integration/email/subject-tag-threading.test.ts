// Threading by the case number in the subject (issue 6, Threading): a fresh mail tagged `[Case N]` —
// or a reply from a client that drops In-Reply-To — goes on with its sender's own dialogue about that
// case, so an answer to our question reaches the question; another sender does not join that dialogue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase, schema } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, rawMail } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-subject-tag-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

describe('a mail tagged with a case number in its subject', async () => {
  const db = openDatabase(':memory:', { image: await demoImage() });
  const ctx = createEngineContext({
    db,
    policy: DEFAULT_POLICY,
    staffChannel: 'email',
    now: () => new Date('2026-11-23T14:00:00Z'),
  });
  const settings = ingestSettings(attachmentDir);
  const mail = (from: string, n: number, subject: string, body: string) =>
    ingestMessage(ctx, settings, rawMail({ from, subject, messageId: `<tag-${n}@acme.example>`, dmarc: 'pass', body }));
  const dialogueOf = (threadKey: string) =>
    db.select().from(schema.conversations).where(eq(schema.conversations.threadKey, threadKey)).get()?.dialogue;

  const opened = await mail(
    'Ana Ruiz <ana@acme.example>',
    1,
    'SIP Server drops calls',
    'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913',
  );
  const anaThread = 'email:<tag-1@acme.example>';

  it('answers the question its sender was asked about the case', async () => {
    expect(opened).toMatchObject({ decision: 'new-conversation', reason: 'collecting' });
    expect(opened.replies.at(-1)?.text).toMatch(/Which severity do you request/);

    const answer = await mail(
      'Ana Ruiz <ana@acme.example>',
      2,
      `[Case ${opened.case}] SIP Server drops calls`,
      'medium',
    );
    expect(answer).toMatchObject({ decision: 'new-conversation', reason: 'collecting', case: opened.case });
    expect(answer.replies.map((r) => r.text)).toEqual([expect.stringMatching(/What led to the problem/)]);
    // Everything still missing is asked in one message (issue 21): the circumstances among it.
    expect(dialogueOf(anaThread)).toMatchObject({ asked: expect.arrayContaining(['circumstances']) });
  });

  it('from another contact, starts a dialogue of that contact’s own', async () => {
    await mail('Ben Ode <ben@acme.example>', 3, `Re: [Case ${opened.case}] SIP Server drops calls`, 'high');
    // Rooted at his own mail, as under a tag that names no case (issue 18 §1).
    expect(dialogueOf('email:<tag-3@acme.example>')).toBeDefined();
    expect(dialogueOf(anaThread)).toMatchObject({ asked: expect.arrayContaining(['circumstances']) });
  });
});
