/**
 * Red team round 10 through the real Bolt app (signed HTTP requests): a file shared in Slack whose name
 * carries a PIN. The mail path removed it from stored file names; the Slack path stored the name as
 * Slack sent it, logged it when the download failed and told it back when the file was too big.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { sharedFile } from './support/temp-license.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const CARLAS_PIN = /6\W?1\W?5\W?2\W?8\W?3/;

async function carlasCase(): Promise<string> {
  await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
  const first = dm(
    'U02CARLA',
    'Interaction Server 9.0 drops chat interactions on production, severity high, since the network change on Friday, 5 agents cannot chat',
  );
  await h.event(first);
  await h.settle();
  return String(first['ts']);
}

describe('round 10: a Slack file named after a PIN', () => {
  it('DOMAIN.md §8: the name keeps no PIN in any row, and the file is still added to the case', async () => {
    h = await startHarness();
    const root = await carlasCase();
    h.fake.files.set('F1', { body: Buffer.from('log line 1\nlog line 2\n'), contentType: 'text/plain' });
    await h.event(
      dm('U02CARLA', 'logs attached', {
        subtype: 'file_share',
        thread_ts: root,
        files: [sharedFile('F1', 'PIN 615 283 trace.log', 22, h.fake.fileUrl('F1'))],
      }),
    );
    await h.settle();
    expect(h.db.$client.prepare('SELECT filename FROM attachments').all()).toEqual([
      { filename: 'PIN [PIN removed] trace.log' },
    ]);
    expect(everyRow(h.db)).not.toMatch(CARLAS_PIN);
  });

  it('DOMAIN.md §8: a file too big, or not fetched, is named back and logged without its PIN', async () => {
    h = await startHarness({ env: { ATTACHMENT_MAX_BYTES: '1000' } });
    const root = await carlasCase();
    const big = sharedFile('FBIG', 'P.I.N. 615283 dump.log', 5000, h.fake.fileUrl('FBIG'));
    const elsewhere = { ...sharedFile('FOUT', 'pin-code 615-283.txt', 10, 'https://files.example.net/x'), title: 'x' };
    await h.event(
      dm('U02CARLA', 'two more files', { subtype: 'file_share', thread_ts: root, files: [big, elsewhere] }),
    );
    await h.settle();
    const told = textsOf(h.fake.calls).join('\n');
    expect(told).toContain('"P.I.N. [PIN removed] dump.log"');
    expect(told).toContain('"pin-code [PIN removed].txt"');
    expect(told).not.toMatch(CARLAS_PIN);
    expect(h.logs.join('\n')).toContain('pin-code [PIN removed].txt');
    expect(h.logs.join('\n')).not.toMatch(CARLAS_PIN);
    expect(everyRow(h.db)).not.toMatch(CARLAS_PIN);
  });
});
