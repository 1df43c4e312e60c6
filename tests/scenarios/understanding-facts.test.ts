/**
 * Issue 21 classes 1–4 and 8: what customers write is read whole — labelled lines, facts in prose, critical
 * severities in writing, two problems in one message, loosely written products and versions.
 */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  lastTo,
  replay,
  slack,
  staffTexts,
  toRecipient,
} from '../support/replay.ts';

const ASKS_SEVERITY = /which severity/i;
const ASKS_CIRCUMSTANCES = /what led to the problem/i;
const ASKS_DESCRIPTION = /please describe the problem/i;

describe('issue 21 §1: facts in the first message are read', () => {
  it('issue 21 §1: a labelled first message opens the case with every fact and asks for none of them again', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        [
          'Product: SIP Server 9.0',
          'Severity: Low',
          'Environment: prod',
          'Description: calls to the IVR drop after 30 seconds',
          "Circumstances: since yesterday's config change",
          'Impact: 20 agents affected',
        ].join('\n'),
      ),
    ]);
    const ana = toRecipient(r, 'U01ANA').slice(2);
    for (const text of ana) {
      expect(text).not.toMatch(ASKS_SEVERITY);
      expect(text).not.toMatch(ASKS_CIRCUMSTANCES);
      expect(text).not.toMatch(ASKS_DESCRIPTION);
    }
    expect(r.cases).toMatchObject([
      { state: 'open', product: 'SIP Server', version: '9.0', severity: 'low', system: 'production' },
    ]);
    expect(r.cases[0]!.circumstances).toContain('config change');
    expect(r.cases[0]!.businessImpact).toContain('20 agents');
  });

  it('issue 21 §1: circumstances and impact written in prose are read ("after we added a trunk group", "40 agents")', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack(
        'U02CARLA',
        'Our production SIP Server 9.0 rejects outbound calls since we added a trunk group yesterday. About 40 agents cannot dial out. Severity high.',
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', severity: 'high', system: 'production', product: 'SIP Server' }]);
    expect(r.cases[0]!.circumstances).toContain('added a trunk group');
    expect(r.cases[0]!.businessImpact).toContain('40 agents');
    expect(toRecipient(r, 'U02CARLA').join('\n')).not.toMatch(ASKS_CIRCUMSTANCES);
  });

  it('issue 21 §1: a controlled-software order names its release, OS, delivery and reason at once: none is asked again', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'We need to order the controlled release SIP Server 8.5.104.12 for RHEL 8, no localization needed, delivery by FTP. Reason: our auditors certified exactly that build.',
      ),
    ]);
    const ana = toRecipient(r, 'U01ANA').slice(2).join('\n');
    expect(ana).not.toMatch(/which release/i);
    expect(ana).not.toMatch(/which operating system/i);
    expect(ana).not.toMatch(/how should it be delivered/i);
    expect(ana).not.toMatch(/why do you need/i);
    expect(ana).toContain('Case 01000001 is open for your controlled software order');
    expect(r.cases[0]!.description).toContain('8.5.104.12');
  });
});

describe('issue 21 §2: an answer must be plausible for the question', () => {
  it('issue 21 §2: "yes" is not the circumstances; the question is asked again with an example', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity medium'),
      slack('U02CARLA', 'yes'),
    ]);
    expect(r.cases[0]!.circumstances ?? null).toBeNull();
    expect(r.cases[0]!.state).toBe('collecting');
    expect(lastTo(r, 'U02CARLA')).toMatch(/what led to the problem/i);
    expect(lastTo(r, 'U02CARLA')).toMatch(/for example/i);
  });

  it('issue 21 §2: a severity-change request is not taken as the operating system of a controlled order', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'I need to order a controlled release of SIP Server 8.5.104.02'),
      slack('U01ANA', 'please set the severity to high'),
      slack('U01ANA', 'Windows Server 2019'),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana[3]).toMatch(/operating system/i);
    expect(ana.join('\n')).not.toContain('Operating system: please set the severity');
    expect(lastTo(r, 'U01ANA')).not.toMatch(/which operating system/i);
    expect(r.cases.every((c) => !(c.description ?? '').includes('please set the severity'))).toBe(true);
  });

  it('issue 21 §2: "go-live" in a later message does not flip a test system to production', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Our lab SIP Server 9.0 fails to register the new trunks, severity medium'),
      slack('U01ANA', 'It started after the upgrade to 9.0.1 on Friday; go-live is next week so this blocks us.'),
    ]);
    expect(r.cases).toMatchObject([{ system: 'test', severity: 'medium', state: 'open' }]);
  });
});

describe('issue 21 §3: critical reported in writing', () => {
  it('issue 21 §3: "Critical: production … half the calls fail" opens at Critical, tells the customer to call now, pages staff', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Critical: production SIP Server 9.0, half the calls fail since 08:00 this morning'),
    ]);
    expect(toRecipient(r, 'U01ANA').join('\n')).not.toMatch(ASKS_SEVERITY);
    expect(r.cases).toMatchObject([{ state: 'open', severity: 'critical', mustCallIn: true, system: 'production' }]);
    const opened = toRecipient(r, 'U01ANA').find((t) => t.startsWith('Case 01000001 is open')) ?? '';
    expect(opened).toContain('+44 1189 74 7000');
    expect(opened).toMatch(/call .*now/i);
    expect(staffTexts(r, 'manager@vendor.example').join('\n')).toContain('01000001');
  });

  it('issue 21 §3: "please raise case N to Critical – Production Down" reaches the critical path, not a note', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 9.0 drops some calls on production since the patch on Friday, severity high'),
      slack('U01ANA', 'please raise case 01000001 to Critical – Production Down, nothing works anymore'),
    ]);
    expect(r.cases).toMatchObject([{ number: '01000001', severity: 'critical-production-down', mustCallIn: true }]);
    expect(lastTo(r, 'U01ANA')).toContain('+44 1189 74 7000');
    expect(staffTexts(r, 'manager@vendor.example').join('\n')).toContain('01000001');
    expect(lastTo(r, 'U01ANA')).not.toContain('your information is added to case');
  });

  it('issue 21 §3: critical asked for a test/lab system is capped at High with the reason, and the case is opened', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Critical: our lab SIP Server 9.0 stopped taking calls after this morning’s upgrade'),
    ]);
    expect(r.cases).toMatchObject([{ severity: 'high', system: 'test', state: 'open', mustCallIn: false }]);
    expect(toRecipient(r, 'U01ANA').join('\n')).toMatch(/test or lab system .*High/i);
    expect(staffTexts(r, 'manager@vendor.example')).toEqual([]);
  });
});

describe('issue 21 §4: one issue per case', () => {
  it('issue 21 §4: two problems in one message are split, each with its own product and version', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'SIP Server 9.0 drops calls on production since the patch on Friday, severity high. Also, Genesys Info Mart 8.5 reports are empty since Monday.',
      ),
      slack('U01ANA', 'yes'),
    ]);
    expect(r.cases[0]).toMatchObject({ product: 'SIP Server', version: '9.0' });
    expect(r.cases[1]).toMatchObject({ product: 'Genesys Info Mart', version: '8.5' });
    expect(r.cases[0]!.description ?? '').not.toContain('Info Mart');
  });

  it('issue 21 §4: "by the way, something else: …" in a case thread becomes a case of its own, not appended', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 9.0 drops some calls on production since the patch on Friday, severity high'),
      slack('U01ANA', 'by the way, something else: the Info Mart ETL job fails every night'),
    ]);
    expect(toRecipient(r, 'U01ANA').join('\n')).toMatch(/new issue, not part of Case 01000001/);
    expect(r.cases.map((c) => c.product)).toEqual(['SIP Server', 'Genesys Info Mart']);
    const updates = staffTexts(r, 'care@vendor.example').filter((t) => t.startsWith('Case 01000001 updated'));
    expect(updates.join('\n')).not.toContain('ETL job');
  });
});

describe('issue 21 §8: products and versions written loosely', () => {
  it.each([
    ['sipserver 9.0.012 drops calls on prod since the patch, sev low', 'SIP Server', '9.0.012'],
    ['GIM 8.5.104.12 ETL fails on production since the upgrade, severity low', 'Genesys Info Mart', '8.5.104.12'],
    ['our sip server v9.0 logs errors in production since Friday, low severity', 'SIP Server', '9.0'],
  ])('issue 21 §8: "%s" → %s %s, covered by the contract', async (text, product, version) => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', text)]);
    expect(r.cases).toMatchObject([{ product, version }]);
  });

  it('issue 21 §8: WDE with a build number is Workspace Desktop Edition 8.5 on the partner contract', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'For Initech: WDE 8.5.104.12 freezes on transfer in production since Monday, severity medium'),
    ]);
    expect(r.cases).toMatchObject([
      { product: 'Workspace Desktop Edition', version: '8.5.104.12', endUser: 'initech' },
    ]);
  });

  it('issue 21 §8: a near miss is offered as a choice instead of "not covered"', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'Our Infomrt reports stay empty on production')]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).not.toMatch(/cannot open a case/i);
    expect(reply).toContain('Genesys Info Mart');
    expect(reply).toMatch(/which product do you mean/i);
  });
});
