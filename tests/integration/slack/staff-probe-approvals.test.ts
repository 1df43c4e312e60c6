/**
 * Round 9 probe of the approval card as analysts use it, through the real Bolt app with signed requests:
 * two people deciding a second apart, a form closed and opened again, a request the customer withdrew
 * meanwhile, a card from before a restart, and presses by people who are not the vendor's staff.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { posts } from './support/calls.ts';
import { FakeSlack } from './support/fake-slack.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import {
  cardAt,
  cardButtons,
  cardText,
  ephemeralTo,
  formSubmission,
  latestCard,
  pressForForm,
  staffPress,
} from './support/staff.ts';
import { requestTemporaryLicense, SAME_FEATURES, tempFile } from './support/temp-license.ts';

let h: Harness | undefined;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const APPROVE = { action_id: 'caseline.approval.approve', value: 'AP-000001' };
const REJECT = { action_id: 'caseline.approval.reject', value: 'AP-000001' };
const reason = (text: string) => ({ text: { type: 'plain_text_input', value: text } });
const approval = (hh: Harness) =>
  hh.db.$client.prepare('select state, decided_by from approvals').get() as { state: string; decided_by: number };
const fileSentToCustomer = (hh: Harness) =>
  posts(hh.fake.calls).some((c) => String(c.args['text']).startsWith('Your temporary license file'));

describe('Staff probe: temporary-license approvals as analysts use them', () => {
  it('issue 20 §3: Approve pressed by one analyst, Reject by a manager a second later — the first decision submitted wins; the other form is told who decided; the customer gets one answer', async () => {
    h = await startHarness();
    await requestTemporaryLicense(h);
    const at = cardAt(h, 'approval:1');
    const approveForm = await pressForForm(h, staffPress('U09ANALYST', at, APPROVE));
    const rejectForm = await pressForForm(h, staffPress('U09MANAGER', at, REJECT));
    await h.interact(formSubmission('U09MANAGER', rejectForm, reason('The host id is not on the contract')));
    await h.settle();
    const late = await h.interact(
      formSubmission('U09ANALYST', approveForm, { file: await tempFile(h, 'FT', SAME_FEATURES, 30) }),
    );
    expect(late.body).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(late.body)).toMatch(/rejected by Mia Chen/i);
    await h.settle();
    expect(approval(h).state).toBe('rejected');
    expect(fileSentToCustomer(h)).toBe(false);
    expect(cardText(latestCard(h, at))).toContain('Rejected* by <@U09MANAGER>');
  });

  it('issue 20 §3: the Approve form opened, closed without submitting and opened again — the second form works, one file goes out', async () => {
    h = await startHarness();
    await requestTemporaryLicense(h);
    const at = cardAt(h, 'approval:1');
    await pressForForm(h, staffPress('U09ANALYST', at, APPROVE));
    const again = await pressForForm(h, staffPress('U09ANALYST', at, APPROVE));
    const answer = await h.interact(
      formSubmission('U09ANALYST', again, { file: await tempFile(h, 'FT', SAME_FEATURES, 30) }),
    );
    expect(answer.body).toBe('');
    await h.settle();
    expect(approval(h).state).toBe('approved');
    expect(
      posts(h.fake.calls).filter((c) => String(c.args['text']).startsWith('Your temporary license file')),
    ).toHaveLength(1);
  });

  it('DOMAIN.md §6: the customer withdraws the request before anyone decides — staff are told in the case card’s thread; once the customer closes the case, the card no longer offers Approve and an Approve form already open is told why; no file goes out', async () => {
    h = await startHarness();
    const root = await requestTemporaryLicense(h);
    const at = cardAt(h, 'approval:1');
    const form = await pressForForm(h, staffPress('U09ANALYST', at, APPROVE));
    await h.event(
      dm('U01ANA', 'Please close this case, we found a backup of the license file and we are fine now', {
        thread_ts: root,
      }),
    );
    await h.settle();
    const caseCard = cardAt(h, 'case:1');
    const told = posts(h.fake.calls).filter(
      (c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts'] === caseCard.ts,
    );
    // A read-write contact closes their own case (docs/rules.md §4): closed at once, the analysts told.
    expect(told.map((c) => String(c.args['text'])).join('\n')).toMatch(/was closed by its contact/);
    await h.fake.waitFor(
      () =>
        (h!.db.$client.prepare("select state from cases where number = '01000001'").get() as { state: string })
          .state === 'closed',
    );
    await h.settle();
    expect(cardButtons(latestCard(h, at)).map((b) => b.text.text)).not.toContain('Approve');
    const late = await h.interact(
      formSubmission('U09ANALYST', form, { file: await tempFile(h, 'FT', SAME_FEATURES, 30) }),
    );
    expect(late.body).toMatchObject({ response_action: 'errors' });
    await h.settle();
    expect(fileSentToCustomer(h)).toBe(false);
  });

  it('issue 20 bad input: an approval card from before a restart — Reject still works and the same card is stamped, never posted again', async () => {
    const fake = await new FakeSlack().start();
    const db = openDatabase(':memory:', { image: await demoImage() });
    cleanups.push(
      () => fake.stop(),
      () => void db.$client.close(),
    );
    h = await startHarness({ fake, db });
    await requestTemporaryLicense(h);
    const at = cardAt(h, 'approval:1');
    await h.stop();
    h = await startHarness({ fake, db });
    const form = await pressForForm(h, staffPress('U09MANAGER', at, REJECT));
    await h.interact(formSubmission('U09MANAGER', form, reason('Needs the Licensing team')));
    await h.settle();
    expect(approval(h).state).toBe('rejected');
    const approvalCards = posts(fake.calls).filter(
      (c) => c.args['channel'] === 'CSTAFF' && !c.args['thread_ts'] && String(c.args['text']).includes('AP-000001'),
    );
    expect(approvalCards).toHaveLength(1);
    expect(cardText(latestCard(h, at))).toContain('Rejected* by <@U09MANAGER>');
  });

  it('issue 20 §1: Approve pressed by a Slack Connect guest (the customer’s workspace) and by a vendor employee not in the staff table — refused privately, no form, nothing decided', async () => {
    h = await startHarness();
    await requestTemporaryLicense(h);
    const at = cardAt(h, 'approval:1');
    const forms = h.fake.callsOf('views.open').length;
    await h.interact(staffPress('U01ANA', at, APPROVE, 'TCUSTOMER'));
    await h.interact(staffPress('U09INTERN', at, APPROVE));
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postEphemeral').length >= 2);
    expect(h.fake.callsOf('views.open')).toHaveLength(forms);
    expect(ephemeralTo(h, 'U01ANA')).toEqual(['Only Customer Care staff of this workspace can do that.']);
    expect(ephemeralTo(h, 'U09INTERN')).toEqual(['Only Customer Care staff can do that.']);
    expect(approval(h).state).toBe('pending');
  });
});
