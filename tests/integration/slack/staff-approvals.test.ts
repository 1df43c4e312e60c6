import { afterEach, describe, expect, it } from 'vitest';
import { posts } from './support/calls.ts';
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
import {
  requestTemporaryLicense as requestWithFile,
  SAME_FEATURES,
  sharedFile as shared,
  tempFile as tempFileOf,
} from './support/temp-license.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** Ana (Acme) asks for a temporary license with her original file: a 30-day approval (rules §6, case 3). */
const requestTemporaryLicense = async (): Promise<{ root: string }> => ({ root: await requestWithFile(h) });
/** The temporary file an approver uploads in the form: `features` lines, dated `days` from today. */
const tempFile = (id: string, features: string[], days: number) => tempFileOf(h, id, features, days);
const SAME = SAME_FEATURES;
const approvalState = () =>
  h.db.$client.prepare('select state, decided_by, expires_on from approvals').get() as { state: string };

describe('Slack staff side: temporary-license approvals (issue 20 §3)', () => {
  it('issue 20 §3: the approval card shows the rule’s decision with its reason and the original file’s summary; Approve with the right file sends it to the customer with the expiry, and the card is stamped, buttons gone', async () => {
    h = await startHarness();
    const { root } = await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    expect(at.channel).toBe('CSTAFF');
    const card = latestCard(h, at);
    const text = cardText(card);
    expect(text).toContain('*Temporary license AP-000001* for *Case 01000001*');
    expect(text).toContain('Issue a 30-day temporary license');
    expect(text).toContain('SIP_SERVER 8.5 × 100, permanent');
    expect(text).toContain('SIP_PROXY 8.5 × 20, permanent');
    expect(text).toContain('0050569a1b2c');
    expect(cardButtons(card).map((b) => b.text.text)).toEqual(['Approve', 'Reject']);

    const form = await pressForForm(
      h,
      staffPress('U09ANALYST', at, { action_id: 'caseline.approval.approve', value: 'AP-000001' }),
    );
    expect(form.callback_id).toBe('caseline.approval.approve');
    expect(JSON.stringify(form.blocks)).toContain('"type":"file_input"');
    const answer = await h.interact(formSubmission('U09ANALYST', form, { file: await tempFile('FTEMP', SAME, 30) }));
    expect(answer.body).toBe('');
    await h.settle();
    expect(approvalState().state).toBe('approved');
    const told = posts(h.fake.calls).find((c) =>
      String(c.args['text']).startsWith('Your temporary license file for Case 01000001'),
    );
    expect(told?.args).toMatchObject({ channel: 'D01ANA', thread_ts: root });
    expect(String(told?.args['text'])).toMatch(/expires in 30 days, on \d{4}-\d{2}-\d{2}/);
    expect([...h.fake.uploads.values()].map(String).join('')).toContain('FEATURE SIP_PROXY genesys.d 8.5');
    const stamped = latestCard(h, at);
    expect(cardButtons(stamped)).toEqual([]);
    // The time in each reader's own zone (a Slack date token, readable fallback), the expiry as a date.
    expect(cardText(stamped)).toMatch(
      /Approved\* by <@U09ANALYST> <!date\^\d+\^\{date_short_pretty\} at \{time\}\|\w{3} \d{1,2} \w{3}, \d\d:\d\d \w+>; the file expires on \w{3} \d{1,2} \w{3} \d{4}/,
    );
  });

  it('issue 20 §3: approval files refused — other features, a wrong duration, a permanent file, not a license file — answered in the form, audited, nothing sent', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const press = () => staffPress('U09ANALYST', at, { action_id: 'caseline.approval.approve', value: 'AP-000001' });
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [
        await tempFile(
          'FOTHER',
          ['FEATURE SIP_SERVER genesys.d 8.5 EXPIRY 100 SIGN=T1', 'FEATURE URS genesys.d 8.5 EXPIRY 5 SIGN=T3'],
          30,
        ),
        /features of the original missing: SIP_PROXY 8\.5 × 20.*URS/,
      ],
      [await tempFile('FWEEK', SAME, 7), /a 30-day file from today expires on/],
      [
        await tempFile(
          'FPERM',
          SAME.map((f) => f.replace('EXPIRY', 'permanent')),
          30,
        ),
        /not temporary/,
      ],
      [await tempFile('FTEXT', ['Dear customer, here is your license.'], 30), /not a license file/],
    ];
    for (const [file, problem] of cases) {
      const form = await pressForForm(h, press());
      const answer = (await h.interact(formSubmission('U09ANALYST', form, { file }))).body as {
        response_action: string;
        errors: { file: string };
      };
      expect(answer.response_action).toBe('errors');
      expect(answer.errors.file).toMatch(problem);
    }
    await h.settle();
    expect(approvalState().state).toBe('pending');
    expect(posts(h.fake.calls).some((c) => String(c.args['text']).startsWith('Your temporary license file'))).toBe(
      false,
    );
    expect(
      h.db.$client.prepare("select count(*) as n from audit_log where action = 'approval.file-refused'").get(),
    ).toEqual({ n: 4 });
    expect(cardButtons(latestCard(h, at)).map((b) => b.text.text)).toEqual(['Approve', 'Reject']);
  });

  it('issue 20 §3: Reject asks for the reason in a form; the customer is told with the Licensing address, the card is stamped', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const form = await pressForForm(
      h,
      staffPress('U09MANAGER', at, { action_id: 'caseline.approval.reject', value: 'AP-000001' }),
    );
    expect(form.callback_id).toBe('caseline.approval.reject');
    const empty = await h.interact(
      formSubmission('U09MANAGER', form, { text: { type: 'plain_text_input', value: ' ' } }),
    );
    expect(empty.body).toMatchObject({ response_action: 'errors' });
    await h.interact(
      formSubmission('U09MANAGER', form, {
        text: { type: 'plain_text_input', value: 'The host id does not match our records' },
      }),
    );
    await h.settle();
    expect(approvalState().state).toBe('rejected');
    expect(
      posts(h.fake.calls).some((c) =>
        /cannot issue the temporary license file for Case 01000001: The host id does not match our records\./.test(
          String(c.args['text']),
        ),
      ),
    ).toBe(true);
    const stamped = latestCard(h, at);
    expect(cardButtons(stamped)).toEqual([]);
    expect(cardText(stamped)).toContain('Rejected* by <@U09MANAGER>');
    expect(cardText(stamped)).toContain('The host id does not match our records');
  });

  it('issue 20 §1, §3: only analysts or managers decide — a customer, another workspace, Licensing (approve) and Admin are refused privately; a second decision on a decided approval is told who decided', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const approve = { action_id: 'caseline.approval.approve', value: 'AP-000001' };
    const reject = { action_id: 'caseline.approval.reject', value: 'AP-000001' };
    await h.interact(staffPress('U01ANA', at, approve, 'TCUSTOMER'));
    await h.interact(staffPress('U09ANALYST', at, approve, 'TOTHER'));
    await h.interact(staffPress('U09LICENSE', at, approve));
    await h.interact(staffPress('U09ADMIN', at, reject));
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postEphemeral').length >= 4);
    expect(h.fake.callsOf('views.open')).toHaveLength(0);
    expect(approvalState().state).toBe('pending');
    const form = await pressForForm(h, staffPress('U09ANALYST', at, reject));
    await h.interact(
      formSubmission('U09ANALYST', form, { text: { type: 'plain_text_input', value: 'Licensing must handle this' } }),
    );
    await h.settle();
    await h.interact(staffPress('U09MANAGER', at, approve));
    await h.fake.waitFor(() => ephemeralTo(h, 'U09MANAGER').length > 0);
    expect(ephemeralTo(h, 'U09MANAGER')).toEqual(['AP-000001 was already rejected by Sam Lee: nothing was changed.']);
  });

  it('issue 20 §3: a file staff post in the approval card’s thread is used when the form has none — checked the same way; a customer’s file there is ignored', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const wrong = (await tempFile('FWRONG', SAME, 7)) as {
      files: Array<{ id: string; name: string; size: number; url_private_download: string }>;
    };
    const post = (
      user: string,
      team: string,
      f: { id: string; name: string; size: number; url_private_download: string },
    ) =>
      h.event({
        ...dm(user, 'here is the file'),
        channel: at.channel,
        channel_type: 'channel',
        team,
        thread_ts: at.ts,
        subtype: 'file_share',
        files: [shared(f.id, f.name, f.size, f.url_private_download)],
      });
    await post('U09ANALYST', 'TVENDOR', wrong.files[0]!);
    await h.fake.waitFor(
      () =>
        h.db.$client.prepare("select count(*) as n from slack_events where kind = 'approval-file'").get() !==
          undefined &&
        (
          h.db.$client.prepare("select count(*) as n from slack_events where kind = 'approval-file'").get() as {
            n: number;
          }
        ).n === 1,
    );
    const form = await pressForForm(
      h,
      staffPress('U09ANALYST', at, { action_id: 'caseline.approval.approve', value: 'AP-000001' }),
    );
    const refused = (await h.interact(formSubmission('U09ANALYST', form, { file: { files: [] } }))).body as {
      errors: { file: string };
    };
    expect(refused.errors.file).toMatch(/a 30-day file from today expires on/);
    const right = (await tempFile('FRIGHT', SAME, 30)) as typeof wrong;
    await post('U01ANA', 'TCUSTOMER', right.files[0]!);
    await h.settle();
    expect(
      (
        h.db.$client.prepare("select count(*) as n from slack_events where kind = 'approval-file'").get() as {
          n: number;
        }
      ).n,
    ).toBe(1);
    await post('U09ANALYST', 'TVENDOR', right.files[0]!);
    await h.fake.waitFor(
      () =>
        (
          h.db.$client.prepare("select count(*) as n from slack_events where kind = 'approval-file'").get() as {
            n: number;
          }
        ).n === 2,
    );
    const again = await pressForForm(
      h,
      staffPress('U09ANALYST', at, { action_id: 'caseline.approval.approve', value: 'AP-000001' }),
    );
    const answer = await h.interact(formSubmission('U09ANALYST', again, { file: { files: [] } }));
    expect(answer.body).toBe('');
    await h.settle();
    expect(approvalState().state).toBe('approved');
  });
});
