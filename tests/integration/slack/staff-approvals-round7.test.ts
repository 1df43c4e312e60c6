/**
 * Red team round 7 on the approval card through the real Bolt app: a pending approval whose case closes
 * meanwhile no longer offers Approve (DOMAIN.md §6; issue 20 §3).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { performStaffAction } from '../../../src/services/engine/staff-actions.ts';
import { importDirectory } from '../../../src/services/import-directory.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import {
  cardAt,
  cardButtons,
  cardText,
  formSubmission,
  latestCard,
  pressForForm,
  staffPress,
} from './support/staff.ts';
import { verifyDirectly } from './support/verify-directly.ts';

const DEMO_DIRECTORY = new URL('../../../src/demo/demo-directory.json', import.meta.url);

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const ORIGINAL =
  'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=A1\n';

async function requestTemporaryLicense(): Promise<void> {
  await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
  h.fake.files.set('F1LIC', { body: Buffer.from(ORIGINAL), contentType: 'text/plain' });
  await h.event(
    dm('U01ANA', 'Our license server crashed and production is down, we need a temporary license', {
      subtype: 'file_share',
      files: [
        {
          id: 'F1LIC',
          name: 'license.dat',
          mimetype: 'text/plain',
          size: ORIGINAL.length,
          mode: 'hosted',
          url_private: h.fake.fileUrl('F1LIC'),
        },
      ],
    }),
  );
  await h.settle();
}

const buttonNames = (card: { blocks: Array<Record<string, unknown>> }) => cardButtons(card).map((b) => b.text.text);

describe('red team round 7: the approval card of a case closed meanwhile', () => {
  it('DOMAIN.md §6: closing the case updates its pending approval card: Approve is gone, the card says why, Reject still closes it', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    expect(buttonNames(latestCard(h, at))).toEqual(['Approve', 'Reject']);

    const closed = await performStaffAction(h.ctx, {
      from: 'U09MANAGER',
      action: 'close',
      target: '01000001',
      at: h.ctx.now(),
    });
    expect(closed.ok).toBe(true);
    await h.settle();
    const card = latestCard(h, at);
    expect(buttonNames(card)).toEqual(['Reject']);
    expect(cardText(card)).toContain(
      'Cannot be approved*: Case 01000001 is closed: nothing was sent; reject the approval to close it',
    );

    const form = await pressForForm(
      h,
      staffPress('U09ANALYST', at, { action_id: 'caseline.approval.reject', value: 'AP-000001' }),
    );
    await h.interact(
      formSubmission('U09ANALYST', form, { text: { type: 'plain_text_input', value: 'The case was closed' } }),
    );
    await h.settle();
    expect(h.db.$client.prepare('select state from approvals').all()).toEqual([{ state: 'rejected' }]);
    expect(buttonNames(latestCard(h, at))).toEqual([]);
  });
});

describe('red team round 7: the approval card after a directory import', () => {
  it("DOMAIN.md §1: an import that lapses the Sold To's contract updates the pending approval card: Approve is gone, the card says why", async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const directory = JSON.parse(readFileSync(DEMO_DIRECTORY, 'utf8')) as { contracts: Array<Record<string, unknown>> };
    for (const contract of directory.contracts) if (contract['soldTo'] === 'acme') contract['status'] = 'lapsed';
    const imported = await importDirectory(h.db, {
      sources: [{ name: 'directory.json', text: JSON.stringify(directory) }],
      pinPolicy: DEFAULT_POLICY.pin,
      actor: 'test',
      now: h.ctx.now(),
    });
    expect(imported.ok).toBe(true);
    await h.settle();
    const card = latestCard(h, at);
    expect(buttonNames(card)).toEqual(['Reject']);
    expect(cardText(card)).toContain('Service Contract of acme is no longer in force');
  });
});
