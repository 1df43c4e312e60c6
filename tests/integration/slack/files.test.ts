import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { performStaffAction } from '../../../src/services/engine/index.ts';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { posts, textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { sharedFile } from './support/temp-license.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const LICENSE_FILE = [
  'SERVER licsrv01 0050569a1b2c 7260',
  'VENDOR genesys.d',
  'FEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123',
  '',
].join('\n');

describe('Slack files (issue 19 §4)', () => {
  it('DOMAIN.md §6 from Slack end to end: a license file shared in a DM is downloaded with the bot token, read, and the temporary license the analyst approves is uploaded into the thread', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    h.fake.files.set('F1LIC', { body: Buffer.from(LICENSE_FILE), contentType: 'text/plain' });
    const message = dm('U01ANA', 'Our license server crashed and production is down, we need a temporary license', {
      subtype: 'file_share',
      files: [sharedFile('F1LIC', 'license.dat', LICENSE_FILE.length, h.fake.fileUrl('F1LIC'))],
    });
    await h.event(message);
    await h.settle();
    const download = h.fake.callsOf('files.download')[0];
    expect(download?.token).toBe('xoxb-test-bot-token');
    expect(textsOf(h.fake.calls).join('\n')).toContain(
      'I have opened Case 01000001; a Customer Care analyst will confirm and send the 30-day temporary license file here.',
    );
    const stored = h.db.$client.prepare('select filename, case_id from attachments').all();
    expect(stored).toEqual([{ filename: 'license.dat', case_id: (await findCaseByNumber(h.db, '01000001'))!.id }]);
    const notices = posts(h.fake.calls).filter((c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts']);
    expect(notices.map((c) => String(c.args['text'])).join('\n')).toContain(
      'Approval AP-000001 needed on Case 01000001',
    );

    const temp = join(mkdtempSync(join(tmpdir(), 'caseline-temp-license-')), 'temp-license.dat');
    writeFileSync(temp, 'FEATURE SIP_SERVER genesys.d 8.5 30-dec-2026 100 SIGN=TEMP');
    const approved = await performStaffAction(h.ctx, {
      from: 'U09ANALYST',
      action: 'approve',
      target: '01000001',
      attachment: { filename: 'temp-license.dat', storagePath: temp },
      at: h.ctx.now(),
    });
    expect(approved.ok).toBe(true);
    await h.settle();
    const told = posts(h.fake.calls).find((c) =>
      String(c.args['text']).startsWith('Your temporary license file for Case 01000001'),
    );
    expect(told?.args).toMatchObject({ channel: 'D01ANA', thread_ts: message['ts'] });
    const completed = h.fake.callsOf('files.completeUploadExternal')[0];
    expect(completed?.args).toMatchObject({ channel_id: 'D01ANA', thread_ts: message['ts'] });
    const uploaded = [...h.fake.uploads.values()].map(String);
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]).toContain('FEATURE SIP_SERVER genesys.d 8.5 30-dec-2026 100 SIGN=TEMP');
    expect(h.fake.callsOf('files.getUploadURLExternal')[0]?.args['filename']).toBe('temp-license.dat');
  });

  it('bad input: a file over ATTACHMENT_MAX_BYTES is not downloaded, and the customer is told; the message itself is kept', async () => {
    h = await startHarness({ env: { ATTACHMENT_MAX_BYTES: '1000' } });
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    h.fake.files.set('FBIG', { body: Buffer.alloc(5000, 65), contentType: 'text/plain' });
    await h.event(
      dm('U01ANA', 'how do I download SIP Server 9.0?', {
        subtype: 'file_share',
        files: [sharedFile('FBIG', 'huge.log', 5000, h.fake.fileUrl('FBIG'))],
      }),
    );
    await h.settle();
    expect(h.fake.callsOf('files.download')).toHaveLength(0);
    const texts = textsOf(h.fake.calls);
    expect(texts.some((t) => t.includes('We could not accept "huge.log"'))).toBe(true);
    expect(texts.some((t) => t.includes('To download SIP Server'))).toBe(true);
  });

  it('security: a file address that is not Slack’s gets no bot token and no download; the customer is told', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    await h.event(
      dm('U01ANA', 'logs attached', {
        subtype: 'file_share',
        files: [sharedFile('FEVIL', 'logs.txt', 10, 'https://collector.attacker.example/steal')],
      }),
    );
    await h.settle();
    expect(h.fake.callsOf('files.download')).toHaveLength(0);
    expect(textsOf(h.fake.calls).some((t) => t.startsWith('I could not read "logs.txt"'))).toBe(true);
  });

  it('issue 19 §6: the acknowledgement does not wait for the work (a slow file download)', async () => {
    h = await startHarness();
    h.fake.fileDelayMs = 1500;
    h.fake.files.set('FSLOW', { body: Buffer.from(LICENSE_FILE), contentType: 'text/plain' });
    const started = performance.now();
    const ack = await h.event(
      dm('U01ANA', 'here is our license file', {
        subtype: 'file_share',
        files: [sharedFile('FSLOW', 'license.dat', 10, h.fake.fileUrl('FSLOW'))],
      }),
    );
    const ackMs = performance.now() - started;
    expect(ack.status).toBe(200);
    expect(ackMs).toBeLessThan(1000);
    await h.settle();
    expect(h.fake.callsOf('files.download')).toHaveLength(1);
  });
});
