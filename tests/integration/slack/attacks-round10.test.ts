/**
 * Red team round 10 through the real Bolt app (signed HTTP requests): a file shared in Slack whose name
 * carries a PIN (the mail path removed it from stored file names; the Slack path stored the name as
 * Slack sent it, logged it when the download failed and told it back when the file was too big), and a
 * PIN typed into the form in a phone keyboard's full-width or Arabic-Indic digits (refused as no digits).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { buttonsOf, posts, textsOf } from './support/calls.ts';
import { buttonPress, dm, type Harness, pinSubmission, startHarness } from './support/slack-harness.ts';
import { openCarlasCase } from './support/staff.ts';
import { sharedFile } from './support/temp-license.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const CARLAS_PIN = /6\W?1\W?5\W?2\W?8\W?3/;

describe('round 10: a Slack file named after a PIN', () => {
  it('DOMAIN.md §8: the name keeps no PIN in any row, and the file is still added to the case', async () => {
    h = await startHarness();
    const root = await openCarlasCase(h);
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
    const root = await openCarlasCase(h);
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

describe('round 10: the PIN form given other digits', () => {
  it.each([['４８２ ９１３'], ['٤٨٢-٩١٣']])('DOMAIN.md §1: Ana types %j: verified', async (typed) => {
    h = await startHarness();
    const message = dm('U01ANA', 'my cases');
    await h.event(message);
    await h.settle();
    const [verify] = buttonsOf(posts(h.fake.calls).at(-1));
    await h.interact(
      buttonPress(
        'U01ANA',
        { channel: 'D01ANA', ts: '1790000999.000001', thread_ts: String(message['ts']) },
        { action_id: verify!.action_id, value: verify!.value },
      ),
    );
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const view = h.fake.callsOf('views.open').at(-1)!.args['view'] as { private_metadata: string };
    const answer = await h.interact(
      pinSubmission('U01ANA', { id: 'V10', private_metadata: view.private_metadata }, { pin: typed }),
    );
    expect(answer.body).toBe('');
    await h.settle();
    expect(textsOf(h.fake.calls).some((t) => t.startsWith('Thank you, Ana Ruiz'))).toBe(true);
  });
});
