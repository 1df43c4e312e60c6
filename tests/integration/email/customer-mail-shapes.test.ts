// Mail as customers' clients write it (Outlook, Gmail, Apple Mail, phones; several languages), composed as
// real MIME and run through the mail path: signatures with closings, phones, disclaimers and the PIN under
// the name; quote headers of Japanese clients; calendar answers and read receipts; reply subjects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase, schema } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, MAIL_FROM, TRUSTED_ID } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-mail-shapes-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));
const settings = ingestSettings(attachmentDir);
const ANA = 'Ana Ruiz <ana@acme.example>';
const PROBLEM = 'Our production SIP Server 9.0 drops every call after 30 seconds since this morning.';

/** A mail as a client builds it, passing DMARC for its From domain at our trusted receiver. */
async function compose(options: Mail.Options): Promise<Buffer> {
  const domain = String(options.from).match(/@([^>\s]+)/)?.[1] ?? 'example';
  const headers = { 'Authentication-Results': `${TRUSTED_ID}; dmarc=pass header.from=${domain}` };
  const mail = new MailComposer({ to: MAIL_FROM, date: new Date('2026-11-23T14:00:00Z'), headers, ...options });
  return await new Promise((resolve, reject) =>
    mail.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
}

async function mailbox() {
  const db = openDatabase(':memory:', { image: await demoImage() });
  const ctx = createEngineContext({
    db,
    policy: DEFAULT_POLICY,
    staffChannel: 'email',
    now: () => new Date('2026-11-23T14:00:00Z'),
  });
  return {
    db,
    ingest: async (options: Mail.Options) => await ingestMessage(ctx, settings, await compose(options)),
    description: () => db.select().from(schema.cases).get()?.description ?? '',
  };
}

const texts = (result: { replies: Array<{ text: string }> }) => result.replies.map((r) => r.text).join('\n---\n');

describe('signatures as customers write them', () => {
  it('a PIN kept under the name in the signature verifies the contact (it is never signature)', async () => {
    const { ingest } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject: 'Calls dropping',
      messageId: '<sig-pin@acme.example>',
      text: `Hello,\n\n${PROBLEM}\n\nBest regards,\nAna Ruiz\nACME Corp.\nPIN: 482913\nTel: +33 1 23 45 67 89`,
    });
    expect(result.case).not.toBeNull();
    expect(texts(result)).toMatch(/you are verified/);
    expect(texts(result)).not.toMatch(/482913/);
  });

  it('a PIN below an RFC 3676 "-- " separator verifies too', async () => {
    const { ingest } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject: 'Calls dropping',
      messageId: '<sig-dashes@acme.example>',
      text: `${PROBLEM}\n\n-- \nAna Ruiz | ACME\nSupport PIN 482913`,
    });
    expect(texts(result)).toMatch(/you are verified/);
  });

  it.each([
    [
      'German closing and disclaimer',
      'Mit freundlichen Grüßen\nAna Ruiz\nTel.: +49 89 1234567\nLeopoldstraße 12, 80802 München\n\n' +
        'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,\n' +
        'informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.',
    ],
    [
      'Japanese closing and company block',
      'よろしくお願いいたします。\n\nアナ・ルイス\nACME株式会社 システム部\n電話: 03-1234-5678',
    ],
    [
      'English disclaimer with no closing',
      'Ana Ruiz, ACME Corp.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are\n' +
        'confidential and may be privileged. If you are not the intended recipient, please notify the\n' +
        'sender immediately and delete this e-mail.',
    ],
  ])('%s: kept out of the case (no sensitive-data warning for the sender’s own phone)', async (_name, signature) => {
    const { ingest, description } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject: 'Calls dropping',
      messageId: '<sig-lang@acme.example>',
      text: `Hello,\n\n${PROBLEM}\nPIN: 482913\n\n${signature}`,
    });
    expect(result.case).not.toBeNull();
    expect(texts(result)).not.toMatch(/sensitive data/);
    expect(description()).toContain('drops every call');
    expect(description()).not.toMatch(/vertraulich|confidential|03-1234|\+49 89|ACME株式会社/);
  });

  it('a closing with a question under it is not a signature', async () => {
    const { ingest, description } = await mailbox();
    await ingest({
      from: ANA,
      subject: 'Calls dropping',
      messageId: '<sig-question@acme.example>',
      text: `${PROBLEM}\nPIN: 482913\n\nThanks,\nAna\nP.S. Does this also affect the DR site?`,
    });
    expect(description()).toMatch(/DR site/);
  });
});

describe('bodies as clients write them', () => {
  it('an Outlook HTML mail keeps one blank line for its empty paragraphs, and its closing is signature', async () => {
    const { ingest, description } = await mailbox();
    const paragraph = (text: string) => `<p class=MsoNormal>${text}<o:p></o:p></p>`;
    const blank = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>';
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><div class=WordSection1>${[
      paragraph('Bonjour,'),
      blank,
      paragraph(PROBLEM),
      blank,
      paragraph('PIN: 482913'),
      blank,
      paragraph('Cordialement,'),
      blank,
      paragraph('<b>Ana Ruiz</b>'),
      paragraph('T&eacute;l. : +33 6 98 76 54 32'),
    ].join('')}</div></body></html>`;
    const result = await ingest({ from: ANA, subject: 'Appels', html, messageId: '<outlook-html@acme.example>' });
    expect(texts(result)).not.toMatch(/sensitive data/);
    expect(description()).toBe(`Appels\n\nBonjour,\n\n${PROBLEM}`);
  });

  it('Gmail’s "[image: …]" stand-in for an inline logo is not text', async () => {
    const { ingest, description } = await mailbox();
    await ingest({
      from: ANA,
      subject: 'Calls dropping',
      messageId: '<gmail-logo@acme.example>',
      text: `${PROBLEM}\nPIN: 482913\n\n[image: acme-logo.png]\n`,
      html: `<div dir="ltr">${PROBLEM}<br>PIN: 482913<br><br><img src="cid:logo"></div>`,
      attachments: [{ filename: 'acme-logo.png', content: Buffer.from('89504e470d0a1a0a', 'hex'), cid: 'logo' }],
    });
    expect(description()).not.toMatch(/image/);
  });

  it('a new mail written all in its subject is read from the subject', async () => {
    const { ingest, description } = await mailbox();
    await ingest({ from: ANA, subject: 'hello', messageId: '<verify@acme.example>', text: 'PIN: 482913' });
    const subject = 'URGENT: SIP Server 9.0 production down, all calls drop';
    const result = await ingest({ from: ANA, subject, messageId: '<subject-only@acme.example>', text: '' });
    expect(result.reason).not.toBe('empty');
    expect(result.case).not.toBeNull();
    expect(description()).toBe(subject);
  });

  it('an empty reply is not read from its subject', async () => {
    const { ingest } = await mailbox();
    const subject = 'Re: SIP Server 9.0 production down';
    const result = await ingest({ from: ANA, subject, messageId: '<empty-reply@acme.example>', text: '' });
    expect(result.reason).toBe('empty');
  });
});

describe('quote headers of Japanese clients', () => {
  it('Apple Mail’s "…のメッセージ:" starts the quoted history', async () => {
    const { ingest } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject: 'Re: 通話',
      messageId: '<ja-apple@acme.example>',
      text: `${PROBLEM}\nPIN: 482913\n\n2026/11/23 9:00、Support <support@caseline.test>のメッセージ:\n\n> 重大度は？\n`,
    });
    // The quoted address is history, not personal data the customer sends us.
    expect(texts(result)).not.toMatch(/sensitive data/);
    expect(result.case).not.toBeNull();
  });
});

describe('automatic mail of calendars and read receipts is not answered', () => {
  const calendar = (method: string) =>
    `BEGIN:VCALENDAR\r\nMETHOD:${method}\r\nBEGIN:VEVENT\r\nUID:call-1@acme.example\r\n` +
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@acme.example\r\nDTSTART:20261124T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

  it('an acceptance of an invitation (METHOD:REPLY) is ignored', async () => {
    const { ingest } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject: 'Accepted: Call with Customer Care',
      messageId: '<cal-accept@acme.example>',
      text: '',
      icalEvent: { method: 'REPLY', content: calendar('REPLY') },
    });
    expect(result).toMatchObject({ decision: 'ignored', reason: 'calendar response (METHOD:REPLY)', replies: [] });
  });

  it('an invitation a person sends (METHOD:REQUEST) is read as a message', async () => {
    const { ingest } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject: 'Invitation: review of the dropped calls',
      messageId: '<cal-invite@acme.example>',
      text: `${PROBLEM}\nCan we review it in a call tomorrow?\nPIN: 482913`,
      icalEvent: { method: 'REQUEST', content: calendar('REQUEST') },
    });
    expect(result.decision).toBe('new-conversation');
    expect(result.replies.length).toBeGreaterThan(0);
  });

  it.each([
    ['English', 'Read: Re: [Case 01000001] SIP Server drops calls', 'was read on Monday, November 23, 2026 2:05 PM.'],
    ['French', 'Lu : Re: [Case 01000001] Appels coupés', 'a été lu le lundi 23 novembre 2026 14:05.'],
  ])('a %s read receipt sent as plain mail is ignored', async (_language, subject, line) => {
    const { ingest } = await mailbox();
    const result = await ingest({
      from: ANA,
      subject,
      messageId: '<read@acme.example>',
      text: `Your message\n\n  To: Ana Ruiz\n  Subject: ${subject.replace(/^\S+\s*:\s*/, '')}\n\n${line}`,
    });
    expect(result).toMatchObject({ decision: 'ignored', reason: 'read receipt', replies: [] });
  });
});

describe('the subject of our replies', () => {
  it('puts the case tag after one "Re:", whatever prefix the customer’s client wrote', async () => {
    const { ingest } = await mailbox();
    const opened = await ingest({
      from: ANA,
      subject: 'AW: SIP Server drops calls',
      messageId: '<subj-1@acme.example>',
      text: `${PROBLEM}\nSeverity: high. It started after the upgrade to 9.0.1 yesterday.\nPIN: 482913`,
    });
    expect(opened.replies.map((r) => r.subject)).toContain(`Re: [Case ${opened.case}] SIP Server drops calls`);

    // A client that dropped In-Reply-To but kept the tag, replying to our "Re: [Case N] …".
    const update = await ingest({
      from: ANA,
      subject: `RE: [Case ${opened.case}] SIP Server drops calls`,
      messageId: '<subj-2@acme.example>',
      text: 'It also happens on the DR site.',
    });
    expect(update.decision).toBe('case-update');
    expect(update.replies.map((r) => r.subject)).toEqual([`Re: [Case ${opened.case}] SIP Server drops calls`]);
  });
});
