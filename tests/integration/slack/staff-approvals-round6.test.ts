/**
 * Red team round 6 on the approval card through the real Bolt app: two approvers at once, and Approve on a
 * License case closed meanwhile (DOMAIN.md §6; issue 20 §3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expiryDate } from '../../../src/services/engine/approval-decision.ts';
import { performStaffAction } from '../../../src/services/engine/staff-actions.ts';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { posts } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { cardAt, formSubmission, pressForForm, staffPress } from './support/staff.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const ORIGINAL =
  'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=A1\n';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const APPROVE = { action_id: 'caseline.approval.approve', value: 'AP-000001' };

async function requestTemporaryLicense(): Promise<void> {
  await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
  h.fake.files.set('F1LIC', { body: Buffer.from(ORIGINAL), contentType: 'text/plain' });
  const url = h.fake.fileUrl('F1LIC');
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
          url_private: url,
        },
      ],
    }),
  );
  await h.settle();
}

/** The right temporary file (same features, 30 days), uploaded under `id`, as the form's file_input value. */
async function rightFile(id: string): Promise<Record<string, unknown>> {
  const caseRow = (await findCaseByNumber(h.db, '01000001'))!;
  const iso = expiryDate(h.ctx.now(), 30, caseRow.timeZone ?? 'UTC');
  const body = `FEATURE SIP_SERVER genesys.d 8.5 ${iso.slice(8, 10)}-${MONTHS[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)} 100 SIGN=T1\n`;
  h.fake.files.set(id, { body: Buffer.from(body), contentType: 'text/plain' });
  const file = {
    id,
    name: `${id}.dat`,
    mimetype: 'text/plain',
    size: body.length,
    url_private_download: h.fake.fileUrl(id),
  };
  return { files: [file] };
}

const filesSent = () =>
  posts(h.fake.calls).filter((c) => String(c.args['text']).startsWith('Your temporary license file for Case 01000001'));
const approvals = () => h.db.$client.prepare('select state from approvals').all();

describe('red team round 6: the approval card', () => {
  it('DOMAIN.md §6: two approvers submit Approve at once — one file reaches the customer, the other form is told, one decision recorded', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const first = await pressForForm(h, staffPress('U09ANALYST', at, APPROVE));
    const second = { ...(await pressForForm(h, staffPress('U09MANAGER', at, APPROVE))), id: 'V-second' };
    const [a, b] = await Promise.all([
      h.interact(formSubmission('U09ANALYST', first, { file: await rightFile('FA') })),
      h.interact(formSubmission('U09MANAGER', second, { file: await rightFile('FB') })),
    ]);
    await h.settle();
    expect(filesSent()).toHaveLength(1);
    expect(approvals()).toEqual([{ state: 'approved' }]);
    const answers = [a.body, b.body];
    expect(answers).toContain('');
    expect(JSON.stringify(answers)).toMatch(/already approved|no pending approval/);
    expect(
      h.db.$client.prepare("select count(*) as n from audit_log where action = 'approval.approved'").get(),
    ).toEqual({ n: 1 });
  });

  it('DOMAIN.md §6: Approve submitted after the License case was closed is answered in the form with the reason; no file goes out, the approval stays pending', async () => {
    h = await startHarness();
    await requestTemporaryLicense();
    const at = cardAt(h, 'approval:1');
    const form = await pressForForm(h, staffPress('U09ANALYST', at, APPROVE));
    const closed = await performStaffAction(h.ctx, {
      from: 'U09MANAGER',
      action: 'close',
      target: '01000001',
      at: h.ctx.now(),
    });
    expect(closed.ok).toBe(true);
    const answer = await h.interact(formSubmission('U09ANALYST', form, { file: await rightFile('FC') }));
    await h.settle();
    expect(answer.body).toEqual({
      response_action: 'errors',
      errors: { file: 'Case 01000001 is closed: nothing was sent; reject the approval to close it' },
    });
    expect(filesSent()).toEqual([]);
    expect(approvals()).toEqual([{ state: 'pending' }]);
  });
});
