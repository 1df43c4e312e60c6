/**
 * Issue 21, classes 1, 4, 8 and 10 as people write them once a case is open or in other words: a change of
 * mind after the case opened, a new issue raised in a case's thread (on the same account), reports in
 * another language, products glued to their versions, a case asked for as a question, an unlocalized
 * controlled release.
 */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  ERIN_VERIFIED,
  email,
  lastTo,
  replay,
  slack,
  staffTexts,
  toRecipient,
} from '../support/replay.ts';

describe('issue 21 §10: a change of mind after the case is open', () => {
  it('issue 21 §10: "sorry, it is production, not test — and High now" corrects the system and the severity of the open case', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'for Initech: WDE 8.5.117 on the test platform freezes on transfer since we pushed the new skin on Friday. Medium please. About 5 testers are blocked.',
      ),
      slack('U03ERIN', 'Sorry, one correction: it is the production platform, not test. And it is High now.'),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', system: 'production', severity: 'high' }]);
    const erin = toRecipient(r, 'U03ERIN').slice(-2).join('\n');
    expect(erin).toContain('is on a production system, as you corrected');
    expect(erin).toContain('is now at High, as you asked');
    // The correction is no business impact.
    expect(r.cases[0]!.businessImpact ?? '').not.toMatch(/High now/);
  });

  it('issue 21 §10: "go-live is next week" in a later message does not make a test system production', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'SIP Server 9.0 in our lab drops calls since the dial plan change yesterday, Low, 3 testers blocked',
      ),
      slack('U01ANA', 'just so you know, go-live is next week'),
    ]);
    expect(r.cases).toMatchObject([{ system: 'test', severity: 'low' }]);
  });
});

describe('issue 21 §4: a new issue in a case’s thread', () => {
  it('issue 21 §4: "by the way, something else: …" is offered as a new case, opened on the same account without asking which', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'for Initech: WDE 8.5.117 in production freezes on transfer since the new skin on Friday, Medium, 20 agents affected',
      ),
      slack(
        'U03ERIN',
        'by the way, something else: Genesys Administrator 8.1 shows an empty agent list since this morning, low prio',
      ),
      slack('U03ERIN', 'yes please'),
    ]);
    expect(r.cases).toMatchObject([
      { endUser: 'initech', product: 'Workspace Desktop Edition' },
      { endUser: 'initech', product: 'Genesys Administrator', severity: 'low' },
    ]);
    expect(toRecipient(r, 'U03ERIN').join('\n')).not.toContain('Which one is this for?');
  });
});

describe('issue 21 §1, §8: facts as people write them', () => {
  it('issue 21 §1: a report in French gives its product, system, circumstances and severity', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Bonjour, notre SIP Server 9.0 en production ne répond plus depuis la mise à jour d’hier. Priorité haute. 40 agents touchés.',
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', product: 'SIP Server', system: 'production', severity: 'high' }]);
    expect(r.cases[0]!.circumstances).toContain('mise à jour');
  });

  it('issue 21 §1: "Can you log a ticket: …" is a request for a case that carries its description', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Can you log a ticket: GIM 8.5 test env, login page blank after the java update, low'),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', product: 'Genesys Info Mart', system: 'test', severity: 'low' }]);
    expect(r.cases[0]!.description).toContain('login page blank');
  });

  it('issue 21 §8: a product glued to its version ("wde8.5", "IXNserver8.5") is matched with that version', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'initech wde8.5 prod - softphone doesnt ring aftr the headset driver rollout, medium'),
    ]);
    expect(r.cases).toMatchObject([{ product: 'Workspace Desktop Edition', version: '8.5' }]);
  });

  it('issue 21 §4: a product named to set the problem apart from it ("separate from the SIP Server case") is not the product', async () => {
    const r = await replay([
      email(
        'ana@acme.example',
        'Hello,\n\nanother one, separate from the SIP Server case: GIM 8.5 production, the agent-state report is empty since the ETL server time zone change. Low.\n\nPIN: 482913\nAna',
        { subject: 'Info Mart agent-state report empty', auth: 'pass', thread: 'ana-2nd' },
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', product: 'Genesys Info Mart', severity: 'low' }]);
    expect(lastTo(r, 'ana@acme.example')).not.toContain('different issues');
  });
});

describe('DOMAIN.md §5: a controlled release in a language only if localized', () => {
  it('DOMAIN.md §5: once everything else is answered, saying nothing about the language means not localized', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'we need a controlled release: SIP Server 9.0.012.05, delivery by FTP, reason: it fixes the REFER bug we hit',
      ),
      slack('U01ANA', 'RHEL 9'),
    ]);
    expect(r.cases).toMatchObject([{ type: 'support', state: 'open', product: 'SIP Server', version: '9.0.012.05' }]);
    expect(r.cases[0]!.description).toContain('Language: none');
  });
});

describe('issue 21 §6: what reaches the analyst from an open case’s thread', () => {
  const OPEN: Parameters<typeof replay>[0] = [
    ...ANA_VERIFIED,
    slack('U01ANA', 'SIP Server 9.0 prod: one-way audio on transfers since the SBC upgrade yesterday, High, 50 agents'),
  ];

  it('issue 21 §6: "ok thanks, will wait" is answered, kept in the history, and no analyst is notified', async () => {
    const before = await replay(OPEN);
    const r = await replay([...OPEN, slack('U01ANA', 'ok thanks, will wait')]);
    expect(lastTo(r, 'U01ANA')).toContain('Nothing more is needed from you now');
    expect(staffTexts(r, 'care@vendor.example')).toEqual(staffTexts(before, 'care@vendor.example'));
  });

  it('issue 21 §2: a detail the case lacks, given later in its thread ("version is 9.0.012.05"), is added to the case', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server prod: one-way audio on transfers since the SBC upgrade yesterday, High, 50 agents'),
      slack('U01ANA', 'thanks'),
      slack('U01ANA', 'version is 9.0.012.05'),
    ]);
    expect(r.cases).toMatchObject([{ version: '9.0.012.05' }]);
    expect(lastTo(r, 'U01ANA')).toContain('version: 9.0.012.05');
  });

  it('issue 21 §2: "we have an issue with Info Mart, can you open a case?" names no problem: the description is asked', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'we have an issue with Info Mart, can you open a case?')]);
    expect(lastTo(r, 'U01ANA')).toContain('What happens, and what did you expect to happen?');
    expect(r.cases.map((c) => c.description ?? null)).toEqual([null]);
  });
});

describe('issue 21 §1, §5: a labelled form is read, and its labels are not questions', () => {
  it('issue 21 §5: "When did it start: after the hotfix was deployed" opens the case and answers no hot-fix question', async () => {
    const r = await replay([
      email(
        'carla@globex.example',
        'Please open a case.\n\nProduct: WFM\nVersion: 8.5.214.09\nEnvironment: Production\nSeverity: 3 - Medium\nDescription: schedules published on Friday are not visible to agents\nWhen did it start: after the 8.5.214.09 hotfix was deployed on Friday\nImpact: ~120 agents cannot see their shifts\n\nPIN: 615283\nCarla Diaz',
        { subject: 'New case - WFM', auth: 'pass', thread: 'carla-wfm' },
      ),
    ]);
    expect(r.cases).toMatchObject([
      {
        state: 'open',
        product: 'Workforce Management',
        version: '8.5.214.09',
        severity: 'medium',
        system: 'production',
      },
    ]);
    expect(r.cases[0]!.circumstances).toContain('hotfix was deployed');
    expect(toRecipient(r, 'carla@globex.example').join('\n')).not.toContain('Hot fixes by severity');
  });
});

describe('issue 21 §10: a change of mind inside one answer', () => {
  it('issue 21 §10: "High - sorry, I mean Medium. … don’t know the version" opens the case at Medium', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Info Mart jobs are failing'),
      slack(
        'U01ANA',
        'High - sorry, I mean Medium. no idea what triggered it, it just started on Monday. don’t know the version',
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', product: 'Genesys Info Mart', severity: 'medium' }]);
  });
});
