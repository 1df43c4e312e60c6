// Threading by the case number in the subject (issue 6, Threading): a fresh mail tagged `[Case N]` —
// or a reply from a client that drops In-Reply-To — goes on with its sender's own dialogue about that
// case, so an answer to our question reaches the question; another sender does not join that dialogue.
// And a reply whose client dropped In-Reply-To, with no tag (issue 21, a controlled order completed over
// several mails): "Re: <subject>" from the address we last wrote to under that subject goes on with that
// conversation while it waits for answers; another address, or a conversation that waits for nothing, does not.
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

/** A fresh demo store on the mail path: `mail` ingests one message, `dialogueOf` reads a thread's dialogue. */
async function mailPath(idPrefix: string) {
  const db = openDatabase(':memory:', { image: await demoImage() });
  const ctx = createEngineContext({
    db,
    policy: DEFAULT_POLICY,
    staffChannel: 'email',
    now: () => new Date('2026-11-23T14:00:00Z'),
  });
  const settings = ingestSettings(attachmentDir);
  const mail = (from: string, n: number, subject: string, body: string) =>
    ingestMessage(
      ctx,
      settings,
      rawMail({ from, subject, messageId: `<${idPrefix}-${n}@acme.example>`, dmarc: 'pass', body }),
    );
  const dialogueOf = (threadKey: string) =>
    db.select().from(schema.conversations).where(eq(schema.conversations.threadKey, threadKey)).get()?.dialogue;
  return { mail, dialogueOf };
}

describe('a mail tagged with a case number in its subject', async () => {
  const { mail, dialogueOf } = await mailPath('tag');

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

describe('a reply without In-Reply-To, threaded by its subject', async () => {
  const { mail, dialogueOf } = await mailPath('re');

  const ordered = await mail(
    'Ben Ode <ben@acme.example>',
    1,
    'Solaris DVD',
    'PIN: 739164\n\nplease send us the SIP Server 8.5.104.12 DVD for Solaris 11 by courier, the plant network is air-gapped.\n\nBen',
  );
  const benThread = 'email:<re-1@acme.example>';

  it('issue 21: the order waits for its address', () => {
    expect(ordered.replies.at(-1)?.text).toMatch(/Where should the courier deliver it/);
    expect(dialogueOf(benThread)).toMatchObject({ kind: 'controlled-software' });
  });

  it('issue 21: "Re:" from another address starts its own conversation', async () => {
    await mail('Ana Ruiz <ana@acme.example>', 2, 'Re: Solaris DVD', 'Acme Corp, 8 Avenue Foch, 69006 Lyon');
    expect(dialogueOf('email:<re-2@acme.example>')).toBeDefined();
    expect(dialogueOf(benThread)).toMatchObject({ kind: 'controlled-software' });
  });

  it('issue 21: "AW:" from the same address answers the order, which opens its case', async () => {
    const answer = await mail(
      'Ben Ode <ben@acme.example>',
      3,
      'AW: Solaris DVD',
      'Ship to: Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon, +33 4 55 55 55 55\n\n> Where should the courier deliver it?',
    );
    expect(answer.replies.at(-1)?.text).toMatch(/is open for your controlled software order/);
    expect(dialogueOf('email:<re-3@acme.example>')).toBeUndefined();
    expect(dialogueOf(benThread)).toMatchObject({ kind: 'idle' });
  });

  it('issue 21: once nothing is awaited, a later "Re:" starts afresh', async () => {
    await mail('Ben Ode <ben@acme.example>', 4, 'Re: Solaris DVD', 'thanks!');
    expect(dialogueOf('email:<re-4@acme.example>')).toBeDefined();
  });
});
