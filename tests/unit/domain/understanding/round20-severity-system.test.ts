/**
 * Issue 21 round 20: the severity and system of the first of several problems announced in one message
 * (issues.ts), and a go-live date that names no system (system.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { ReadContext } from '../../../../src/domain/understanding/port.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';
import { readSystem } from '../../../../src/domain/understanding/system.ts';

const CONTEXT: ReadContext = { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: [] };
const read = (text: string) => ruleReader.read(text, CONTEXT);

describe('issue 21 §4: several problems announced, each with its own level', () => {
  it('issue 21 §4: "two things: 1) … 2) …" splits at the item number, whatever the second item says goes wrong', () => {
    const r = read(
      'three quick points: 1) Stat Server 8.5 prod: the occupancy stat stays at zero for the sales queue, high. 2) also the GAX 8.5 audit page needs a minute to open, low',
    );
    expect(r.issues).toHaveLength(2);
    expect(r.slots.severity?.value).toBe('high');
    expect(r.slots.system?.value).toBe('production');
  });

  it('issue 21 §4: numbered items inside one line "(1) … (2) …" are two problems', () => {
    const r = read(
      'two unrelated things (1) URS 8.1 in our lab sends overflow calls to the wrong skill, medium (2) WDE 8.5 shows the old logo on the login screen, low',
    );
    expect(r.issues).toHaveLength(2);
    expect(r.slots.severity?.value).toBe('medium');
    expect(r.slots.system?.value).toBe('test');
  });

  it('issue 21 §4: a level said as a clause after a comma (", high;") ends the problem before it', () => {
    const r = read(
      'Couple of issues: ORS 8.1 production drops sessions after 20 minutes, critical; and separately the Genesys Info Mart 8.5 export finishes two hours late, low.',
    );
    expect(r.slots.severity?.value).toBe('critical');
  });

  it('issue 21 §4: without an announcement, a part that says nothing goes wrong starts no second problem', () => {
    const r = read('SIP Server 9.0 prod drops calls on hold, we also use WDE 8.5 there. medium');
    expect(r.issues).toHaveLength(1);
    expect(r.slots.severity?.value).toBe('medium');
  });
});

describe('issue 21 §2: a go-live date names no system; a system not live yet is test', () => {
  it('issue 21 §2: a go-live date said on its own (a deadline, a reason) names no system', () => {
    for (const text of [
      'Stat Server 8.5 counts abandoned calls twice. Go-live is next month, so medium please.',
      'order for the controlled SIP Server 9.0.012 build on RHEL 8, why: the Porto site goes live in April — FTP',
      'please prepare the activation file for CIC 4.0, host ID 00155d9f8e7d, we need it before our go-live on 3 March',
    ])
      expect(readSystem(text).value, text).toBeUndefined();
  });

  it('issue 21 §2: "not live yet", "haven\'t gone into production", "pre-go-live environment" say test', () => {
    for (const text of [
      'the new GVP 9.0 is not live yet, prompts stop after two seconds',
      "the new GVP 9.0 isn't live yet and prompts stop after two seconds",
      "we haven't gone into production with ORS yet and the SCXML session fails to start",
      'GIM 8.5 ETL fails in our pre-go-live environment',
    ])
      expect(readSystem(text).value, text).toBe('test');
  });

  it('issue 21 §2: "dev" as its own part after a version ("ORS 8.1 dev: …") is test, as "test" there is', () => {
    expect(readSystem('ORS 8.1 dev: the SCXML session stalls on start, low').value).toBe('test');
    expect(readSystem('ORS 8.1 dev build notes mention the stall').value).toBeUndefined();
  });

  it('issue 21 §2: a go-live date still keeps production from being read off it, and a system named wins', () => {
    expect(readSystem('WFM 8.5 in UAT loses the forecast, production rollout is in May').value).toBe('test');
    expect(readSystem('since the go-live last week production agents are logged out hourly').value).toBe('production');
  });
});

describe("issue 21 §5: a level asked about, in a writer's own clause", () => {
  const topics = (text: string) => read(text).slots.questions?.value ?? [];

  it('issue 21 §5: the ceiling of a test system\'s level asked ("lab cases can never be High?") is severity-definitions', () => {
    for (const text of [
      'Is it true that lab cases can never be High?',
      'we were wondering whether a staging environment could ever go to Critical',
    ])
      expect(topics(text), text).toContain('severity-definitions');
  });

  it('issue 21 §5: a level of another scheme asked as ours ("is sev 2 the same as High?") is severity-definitions', () => {
    for (const text of [
      'Our ITSM uses P1-P4 — which severity does P2 correspond to on your side?',
      'is sev 2 the same as High for you?',
    ])
      expect(topics(text), text).toContain('severity-definitions');
  });

  it('issue 21 §5: a level said of a load or a request for a level is no definitions question', () => {
    for (const text of [
      'Will the test box be at high load during the upgrade window? GIM 8.5 ETL runs then.',
      'Can you raise 01000321 to High? The lab is blocked.',
    ])
      expect(topics(text), text).not.toContain('severity-definitions');
  });
});

describe("issue 21 §2: the level chosen in the writer's words", () => {
  it('issue 21 §2: "I\'d go with medium.", "we\'ll take low" choose a level; "go with the high availability pair" does not', () => {
    expect(readSeverity("Stat Server 8.5 prod stats lag. Hard to say, I'd go with medium.").value).toBe('medium');
    expect(readSeverity('GAX 8.5 lab shows the old logo, we will take low').value).toBe('low');
    expect(readSeverity('we would go with the high availability pair for ORS').value).toBeUndefined();
  });
});

describe("issue 21 §5: business hours as a target's unit", () => {
  const topics = (text: string) => read(text).slots.questions?.value ?? [];
  it('issue 21 §5: "within 6 business hours" asks a target, not when the team works', () => {
    expect(topics('is it right that a High gets an answer within 6 business hours?')).toEqual(['sla-targets']);
    expect(topics('what are your business hours on Fridays?')).toContain('business-hours');
  });
  it('issue 21 §5: a target put as "response for Medium = 1 business day?" is sla-targets', () => {
    expect(topics('just checking: resolution for Low = 10 business days?')).toContain('sla-targets');
  });
});
