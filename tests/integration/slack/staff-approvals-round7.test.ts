/**
 * Red team round 7 on the approval card through the real Bolt app: a pending approval whose case closes
 * meanwhile no longer offers Approve (DOMAIN.md §6; issue 20 §3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { performStaffAction } from '../../../src/services/engine/staff-actions.ts';
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
