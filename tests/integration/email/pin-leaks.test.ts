// Issue 18 §3: the digits of a PIN that was given or attempted — in a subject, as "PIN-Code:", in
// fullwidth or Arabic-Indic digits, grouped, quoted, with a zero-width character, in an attachment's
// name or contents, forwarded — never appear in stored text, staff notices, replies, logs, or the bytes
// of the SQLite file. The whole mail path runs on a database file (WAL) with the demo directory.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../../src/channels/email/ingest-batch.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext, performStaffAction } from '../../../src/services/engine/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { demoImage, everyRow } from '../../support/replay.ts';
import { ingestSettings, TRUSTED_ID } from '../support/mail-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'caseline-pin-leaks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digits = (zero: number, pin: string) => [...pin].map((d) => String.fromCodePoint(zero + Number(d))).join('');

/** Each PIN given or tried below, by how it was written (the real ones are Ana's and Ben's). */
const PINS = {
  anaInSubject: '482913',
  anaGrouped: '482913',
  benFullwidth: '739164',
  carlaArabic: '371592',
  carlaZeroWidth: '584263',
  carlaQuoted: '604817',
  carlaQuotedLine: '915372',
  strangerSubject: '263748',
  strangerFileName: '572946',
  strangerFileText: '395174',
  forgedSubject: '846152',
  forwarded: '713592',
  csvCell: '624815',
  oversizedName: '531846',
  staffTyped: '482913',
};

function mail(spec: {
  from: string;
  subject: string;
  body: string;
  id: string;
  dmarc?: 'pass' | 'fail';
  attachments?: Array<{ name: string; type: string; content: string }>;
}): Buffer {
  const domain = spec.from.split('@')[1]!;
  const head = [
    ...(spec.dmarc ? [`Authentication-Results: ${TRUSTED_ID}; dmarc=${spec.dmarc} header.from=${domain}`] : []),
    `From: ${spec.from}`,
    'To: support@caseline.test',
    `Subject: =?UTF-8?B?${Buffer.from(spec.subject).toString('base64')}?=`,
    `Message-ID: <${spec.id}@mail.example>`,
    'MIME-Version: 1.0',
  ];
  const text = Buffer.from(spec.body).toString('base64');
  if (!spec.attachments) {
    return Buffer.from(
      [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', text, ''].join(
        '\r\n',
      ),
    );
  }
  const parts = [
    ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', text].join('\r\n'),
    ...spec.attachments.map((a) =>
      [
        `Content-Type: ${a.type}`,
        `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`,
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(a.content).toString('base64'),
      ].join('\r\n'),
    ),
  ];
  return Buffer.from(
    [
      ...head,
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      ...parts.map((p) => `--b1\r\n${p}`),
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

describe('issue 18 §3: no PIN digits anywhere, whatever form they were written in', async () => {
  const path = join(dir, 'caseline.db');
  writeFileSync(path, await demoImage());
  const db = openDatabase(path);
  let clock = new Date('2026-11-23T14:00:00Z');
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => clock });
  const attachmentDir = join(dir, 'attachments');
  mkdirSync(attachmentDir);
  const settings = ingestSettings(attachmentDir, 100);
  const logs: string[] = [];
  const logger = {
    info: (d: object, m: string) => logs.push(JSON.stringify([d, m])),
    warn: (d: object, m: string) => logs.push(JSON.stringify([d, m])),
    error: (d: object, m: string) => logs.push(JSON.stringify([d, m])),
  };
  const mails = [
    mail({
      from: 'ana@acme.example',
      id: 'p1',
      dmarc: 'pass',
      subject: `Access PIN ${PINS.anaInSubject}`,
      body: 'Our production SIP Server 9.0 drops calls after 30 seconds',
    }),
    mail({
      from: 'ana@acme.example',
      id: 'p2',
      dmarc: 'pass',
      subject: 'Re: Access',
      body: `PIN-Code: 482 913\n\nseverity medium`,
    }),
    mail({
      from: 'ben@acme.example',
      id: 'p3',
      dmarc: 'pass',
      subject: 'Reports',
      body: `my PIN is ${digits(0xff10, PINS.benFullwidth)}\nGenesys Info Mart 8.5 reports fail`,
    }),
    mail({
      from: 'carla@globex.example',
      id: 'p4',
      dmarc: 'pass',
      subject: 'Hi',
      body: `PIN: ${digits(0x660, PINS.carlaArabic)}`,
    }),
    mail({
      from: 'carla@globex.example',
      id: 'p5',
      dmarc: 'pass',
      subject: 'Hi',
      body: 'pin no. 584\u200b263\nstatus please',
    }),
    mail({ from: 'carla@globex.example', id: 'p6', dmarc: 'pass', subject: 'Hi', body: `PIN = "${PINS.carlaQuoted}"` }),
    mail({
      from: 'carla@globex.example',
      id: 'p7',
      dmarc: 'pass',
      subject: 'Hi',
      body: `> PIN: ${PINS.carlaQuotedLine}\nagain`,
    }),
    mail({
      from: 'mallory@evil.example',
      id: 'p8',
      subject: `[Case 01000001] PIN ${PINS.strangerSubject}`,
      body: 'what is the status?',
      attachments: [
        { name: `PIN-${PINS.strangerFileName}.txt`, type: 'text/plain', content: `PIN: ${PINS.strangerFileText}` },
      ],
    }),
    mail({
      from: 'ana@acme.example',
      id: 'p9',
      dmarc: 'fail',
      subject: `Urgent PIN ${PINS.forgedSubject}`,
      body: 'close all cases',
    }),
    mail({
      from: 'erin@northwind.example',
      id: 'p10',
      dmarc: 'pass',
      subject: 'Fwd: access',
      body: `FYI\n\n---------- Forwarded message ---------\nFrom: Gina <gina@initech.example>\nSubject: access\n\nMy PIN: ${PINS.forwarded}\n`,
    }),
    mail({
      from: 'ana@acme.example',
      id: 'p11',
      dmarc: 'pass',
      subject: 'License order',
      body: 'Please process the attached license order.',
      attachments: [{ name: 'order.csv', type: 'text/csv', content: `Company,Acme Corp\nPIN,${PINS.csvCell}\n` }],
    }),
    mail({
      from: 'ana@acme.example',
      id: 'p12',
      dmarc: 'pass',
      subject: 'Logs',
      body: 'Logs attached.',
      attachments: [
        { name: `PIN ${PINS.oversizedName}.bin`, type: 'application/octet-stream', content: 'x'.repeat(70_000) },
      ],
    }),
  ];
  const outcomes = await ingestBatch(
    ctx,
    settings,
    mails.map((source, i) => ({ source, meta: { uid: i + 1, uidValidity: 1 } })),
    logger,
  );
  clock = new Date(clock.getTime() + 60_000);
  const staff = await performStaffAction(ctx, {
    from: 'U09ANALYST',
    action: 'reply',
    target: 'last',
    text: `Your PIN is ${PINS.staffTyped}, keep it safe`,
    at: clock,
  });
  db.$client.close();

  it('every mail was handled and the staff reply went out', () => {
    expect(outcomes).toHaveLength(mails.length);
    expect(staff.ok).toBe(true);
  });

  it('the right PINs still verified (grouped, fullwidth), and no other attempt did', async () => {
    const reopened = openDatabase(path);
    const verified = reopened.$client.prepare('SELECT sender_key FROM verifications ORDER BY sender_key').all();
    reopened.$client.close();
    expect(verified).toEqual([{ sender_key: 'ana@acme.example' }, { sender_key: 'ben@acme.example' }]);
  });

  it('no stored row, reply, staff notice or log line holds the digits, in any script', async () => {
    const reopened = openDatabase(path);
    const stored = everyRow(reopened);
    reopened.$client.close();
    const everything = [stored, ...logs].join('\n');
    for (const [form, pin] of Object.entries(PINS)) {
      for (const zero of [0x30, 0xff10, 0x660]) expect(everything, form).not.toContain(digits(zero, pin));
      expect(everything.replace(/[\s.\-\u200b]/g, ''), form).not.toContain(pin);
    }
    expect(stored).toContain('[PIN removed]');
  });

  it('the bytes of the SQLite file and its WAL hold none of them', () => {
    const files = [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f));
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) {
      for (const [form, pin] of Object.entries(PINS)) {
        for (const zero of [0x30, 0xff10, 0x660]) {
          expect(bytes.includes(Buffer.from(digits(zero, pin), 'utf8')), `${form} ${zero}`).toBe(false);
        }
      }
    }
  });
});
