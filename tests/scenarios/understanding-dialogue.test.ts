/**
 * Issue 21 classes 5, 6, 9–12: questions answered from the rules, an answer where one is due, every way of
 * asking for a case, dialogue state that neither leaks nor sticks, questions in the middle, helpful refusals.
 */
import { describe, expect, it } from 'vitest';
import type { ReplayStep } from '../../src/services/replay/script.ts';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  lastTo,
  pin,
  replay,
  slack,
  staff,
  staffTexts,
  toRecipient,
  verified,
} from '../support/replay.ts';

const ANA_HIGH_CASE: ReplayStep[] = [
  ...ANA_VERIFIED,
  slack('U01ANA', 'SIP Server 9.0 drops some calls on production since the patch on Friday, severity high'),
];

describe('issue 21 §5: policy questions are answered from the rules, with no case', () => {
  it('issue 21 §5: the hot-fix policy for High (DOMAIN.md §3)', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'What is your hot fix policy for High severity issues?')]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toMatch(/no hot fix commitment/i);
    expect(reply).toMatch(/customer care management/i);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 §5: release types for several version pairs are all answered (DOMAIN.md §5)', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'What kind of release is 8.5.1 to 9.0? And 8.5.1 to 8.6, and 8.5.1 to 8.5.2?'),
    ]);
    const reply = toRecipient(r, 'U01ANA').slice(2).join('\n');
    expect(reply).toMatch(/8\.5\.1 → 9\.0 is a major release/);
    expect(reply).toMatch(/8\.5\.1 → 8\.6 is a minor release/);
    expect(reply).toMatch(/8\.5\.1 → 8\.5\.2 is a maintenance release/);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 §5: maintenance fees are explained from the documents with whom to ask, and nothing is opened', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Do we need to pay maintenance fees to get new releases?'),
    ]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toMatch(/maintenance fees/i);
    expect(reply).toMatch(/account team|sales representative/i);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 §5: SLA targets use the contact’s own tier (Premium Care: High = 2 business hours)', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'How fast do you respond to a High severity case?')]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toContain('2 business hours');
    expect(reply).toContain('Premium Care');
    expect(r.cases).toEqual([]);
  });
});

describe('issue 21 §6: an answer where one is due', () => {
  const erinCase: ReplayStep[] = [
    ...ERIN_VERIFIED,
    slack(
      'U03ERIN',
      'For Initech: Workspace Desktop Edition 8.5 crashes on login on production since Monday’s patch, severity medium, 40 agents affected',
    ),
  ];

  it('issue 21 §6: a read-only contact asking to update a case is told read-only access cannot update, and who can', async () => {
    const r = await replay([
      ...erinCase,
      ...verified('U04GINA', 'gina@initech.example', '391746', '+1m'),
      slack('U04GINA', 'Please add to case 01000001 that the crash logs are on the FTP server now'),
    ]);
    const reply = lastTo(r, 'U04GINA');
    expect(reply).toMatch(/read-only/i);
    expect(reply).toMatch(/cannot (?:open or )?update/i);
    expect(reply).toContain('Northwind Partners');
    expect(staffTexts(r, 'care.apac@vendor.example').join('\n')).not.toContain('crash logs');
  });

  it('issue 21 §6: nonsense in a case thread gets "what did you mean", is added nowhere, and notifies nobody', async () => {
    const r = await replay([...ANA_HIGH_CASE, slack('U01ANA', 'asdf qwerty')]);
    const without = await replay(ANA_HIGH_CASE);
    expect(lastTo(r, 'U01ANA')).toMatch(/what you meant|did not understand/i);
    expect(staffTexts(r, 'care@vendor.example')).toEqual(staffTexts(without, 'care@vendor.example'));
    expect(JSON.stringify(r)).not.toMatch(/case-updated|added to case/);
  });

  it('issue 21 §6: "I want a manager to look at case N" is a management-attention request', async () => {
    const r = await replay([...ANA_HIGH_CASE, slack('U01ANA', 'I want a manager to look at case 01000001')]);
    expect(lastTo(r, 'U01ANA')).toContain('management attention on Case 01000001');
    expect(staffTexts(r, 'manager@vendor.example').join('\n')).toContain(
      'Management attention requested on Case 01000001',
    );
  });
});

describe('issue 21 §9: every way of asking for a case', () => {
  it.each([
    'need a case pls',
    'opening a case: our SIP Server 9.0 drops calls',
    'we have a problem with the Info Mart',
    'Calls to our IVR are answered with silence',
  ])('issue 21 §9: "%s" starts a case', async (text) => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', text)]);
    expect(lastTo(r, 'U01ANA')).not.toMatch(/did not understand/i);
    expect(lastTo(r, 'U01ANA')).not.toMatch(/which case is this about/i);
    expect(r.audit.map((a) => a.action)).not.toContain('case.access-refused');
  });

  it('issue 21 §9: "after the Windows update" in a problem report is not a case update', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'After the Windows update the Interaction Server 9.0 service no longer starts on production'),
    ]);
    expect(lastTo(r, 'U02CARLA')).not.toMatch(/which case/i);
    expect(r.cases).toMatchObject([{ product: 'Interaction Server' }]);
    expect(r.cases[0]!.circumstances).toMatch(/windows update/i);
  });
});

describe('issue 21 §10: dialogue state neither leaks nor sticks', () => {
  it('issue 21 §10: "sorry, cancel that" drops the draft; the next case inherits nothing from it', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Our lab SIP Server 9.0 fails to register trunks'),
      slack('U01ANA', 'sorry, cancel that'),
      slack('U01ANA', 'Genesys Info Mart 8.5 jobs fail since the upgrade'),
    ]);
    expect(toRecipient(r, 'U01ANA')[3]).toMatch(/cancelled/i);
    const last = r.cases.at(-1)!;
    expect(last).toMatchObject({ product: 'Genesys Info Mart' });
    expect(last.system).toBeNull();
  });

  it('issue 21 §10: "never mind" cancels too', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'need a case pls'), slack('U01ANA', 'never mind')]);
    expect(lastTo(r, 'U01ANA')).toMatch(/cancelled/i);
  });

  it('issue 21 §10: a severity in the same line as the request is read ("open a case, High: …")', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'open a case, High: SIP Server 9.0 on production drops calls since the patch on Friday'),
    ]);
    expect(r.cases).toMatchObject([{ severity: 'high', state: 'open' }]);
  });

  it('issue 21 §10: "make it Medium, not High" changes the draft and does not loop on the severity question', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 9.0 on production drops some calls, severity high'),
      slack('U01ANA', 'make it Medium, not High'),
      slack('U01ANA', 'it started after the dial plan change yesterday'),
    ]);
    expect(r.cases).toMatchObject([{ severity: 'medium', state: 'open' }]);
    expect(toRecipient(r, 'U01ANA').filter((t) => /which severity/i.test(t))).toEqual([]);
  });
});

describe('issue 21 §11: a question in the middle of a dialogue', () => {
  it('issue 21 §11: "How quickly do you respond if it’s High?" is answered from DOMAIN.md §3, then the dialogue resumes', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 9.0 on production drops some calls since the patch on Friday'),
      slack('U01ANA', 'How quickly do you respond if it’s High?'),
      slack('U01ANA', 'ok, High then'),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    const answer = ana.find((t) => t.includes('2 business hours'));
    expect(answer).toBeDefined();
    expect(r.cases).toMatchObject([{ severity: 'high', state: 'open' }]);
  });
});

describe('issue 21 §12: helpful refusals', () => {
  it('issue 21 §12: a contact whose contract lapsed is told so before anything is asked (seed 001 §3.1)', async () => {
    const r = await replay([...verified('U05IVY', 'ivy@hooli.example', '947261'), slack('U05IVY', 'need a case pls')]);
    expect(lastTo(r, 'U05IVY')).toMatch(/contract .*lapsed/i);
    expect(lastTo(r, 'U05IVY')).not.toMatch(/please describe/i);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 §12: a contact whose contract lapsed is told so (seed 001 §3.1)', async () => {
    const r = await replay([
      ...verified('U05IVY', 'ivy@hooli.example', '947261'),
      slack('U05IVY', 'Our SIP Server 8.5 drops calls on production since this morning'),
    ]);
    expect(lastTo(r, 'U05IVY')).toMatch(/lapsed/i);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 §12: "can you extend that file again?" after a Customer Care temporary file is referred to Licensing (seed 000)', async () => {
    const LICENSE_FILE =
      'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123\n';
    const r = await replay([
      ...ANA_VERIFIED,
      {
        at: '+1m',
        message: {
          channel: 'slack',
          from: 'U01ANA',
          text: 'Our license server crashed and production is down, we need a temporary license',
          attachments: [{ filename: 'license.dat', content: LICENSE_FILE }],
        },
      },
      staff('U09ANALYST', 'approve', { attachment: { filename: 'temp-license.dat', content: 'FEATURE …' } }),
      ...verified('U01ANA', 'ana@acme.example', '482913', '+20d'),
      slack('U01ANA', 'can you extend that file again?'),
    ]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toContain('emea.licensing@genesys.com');
    expect(r.approvals).toHaveLength(1);
  });
});

describe('issue 21: readable dates and help', () => {
  it('issue 21: the case-opened reply shows dues in the customer’s region, readable, never raw ISO', async () => {
    const r = await replay([...ANA_HIGH_CASE]);
    const reply = toRecipient(r, 'U01ANA').find((t) => t.startsWith('Case 01000001 is open')) ?? '';
    expect(reply).toMatch(/Mon 23 Nov, 17:01 CET/);
    expect(reply).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('issue 21: "help" and "/help" say the same, including "cancel"', async () => {
    const r = await replay([
      slack('U01ANA', 'help', '+0s'),
      slack('U01ANA', '/help'),
      pin('U01ANA', 'ana@acme.example', '482913'),
    ]);
    const [a, b] = toRecipient(r, 'U01ANA');
    expect(a).toBe(b);
    expect(a).toMatch(/cancel/);
  });
});
