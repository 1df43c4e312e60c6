/**
 * Issue 21, round 19: business impact as a loss a party bears — who suffers and what they are without or
 * what is broken for them, whichever way round it is said — and a form's impact label said with whom it
 * bears on ("Effect on business", "Who is hurt"). Look-alikes: a symptom of a screen or a line ("agents get
 * no audio"), a time, a severity word.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readLabelledLines } from '../../../../src/domain/understanding/labelled-lines.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const impact = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).slots.businessImpact?.value;

describe('issue 21 §1 (round 19): a loss a party bears', () => {
  it('issue 21 §1: a party left without its output is impact ("management gets no KPIs", "we have no redundancy")', () => {
    expect(
      impact('CCPulse wallboards frozen on prod since the restart. the supervisors get no statistics all day. high'),
    ).toContain('the supervisors get no statistics all day');
    expect(
      impact(
        'Info Mart prod load failing since the upgrade, our controllers have no figures for the month end. medium',
      ),
    ).toContain('controllers have no figures');
    expect(
      impact('SIP Server prod: the primary never came back after the failover, we have no redundancy now. medium'),
    ).toContain('we have no redundancy');
  });

  it('issue 21 §1: what the screen or the line lacks is the symptom, not a loss ("agents get no audio")', () => {
    expect(impact('SIP Server 9.0 test: agents get no audio on transfers since the patch. low')).toBeUndefined();
  });

  it('issue 21 §1: an obligation broken is impact, whichever way round it is said', () => {
    expect(
      impact('IXN prod routes no chats. SLA with our outsourcing client breached twice this week. high'),
    ).toContain('SLA with our outsourcing client breached');
    expect(
      impact('emails stuck in the queue since Monday and we already breached the SLA with the bank. high'),
    ).toContain('breached the SLA with the bank');
  });

  it('issue 21 §1: output due by a date, said without a verb, is impact ("statements to the regulator due Friday")', () => {
    expect(impact('GIM ETL aborts every night, statements to the regulator due Friday. medium')).toContain(
      'statements to the regulator due Friday',
    );
  });

  it('issue 21 §1: a line of the business closed or stopping is impact', () => {
    expect(
      impact("WDE agents can't log in since the AD change. The booking hotline is closed until it's fixed. critical"),
    ).toContain('booking hotline is closed');
    expect(
      impact('GVP prod crashes every hour since the upgrade and the inbound sales lines stop each time. critical'),
    ).toContain('sales lines stop each time');
  });

  it('issue 21 §1: people or work counted while waiting is impact ("2,500 mails queued", "300 callers waiting")', () => {
    expect(impact('IXN prod stopped routing emails after the password rotation. 2,500 mails queued. high')).toContain(
      '2,500 mails queued',
    );
    expect(impact('GVP prod: the IVR loops on the main menu, 300 callers waiting. critical')).toContain(
      '300 callers waiting',
    );
  });

  it('issue 21 §1: working time lost by a party is impact ("our 6 admins lose half their day")', () => {
    expect(
      impact('GAX prod takes a minute per object since the new tenant. Our 4 planners lose half their day.'),
    ).toContain('planners lose half their day');
  });

  it('issue 21 §1: a symptom told with a cause done by IT or someone is no impact ("… since IT rotated …")', () => {
    expect(impact('our agents cannot log in since IT rotated the service password this morning')).toBeUndefined();
  });
});

describe('issue 21 §1 (round 19): work held up, measures and clauses joined by "and"', () => {
  it('issue 21 §1: a party held up, with or without a verb ("qa team blocked", "the testers are stuck")', () => {
    expect(impact('critical!! test GVP 9.0 crashes on startup since the new TLS config. uat team blocked')).toContain(
      'uat team blocked',
    );
    expect(impact('WDE 8.5 test: the agent desktop freezes on login. testers are stuck. low')).toContain(
      'testers are stuck',
    );
  });

  it('issue 21 §1: a party stuck in a state of the software is the symptom ("agents stuck in Not Ready")', () => {
    expect(impact('IXN 9 prod: after a reconnect agents stuck in Not Ready. medium')).toBeUndefined();
  });

  it('issue 21 §1: work that cannot be done is impact ("cant test the release"), a login that fails is not', () => {
    expect(impact('our QA sip server 8.5 is completely down, cant test the new release. high')).toContain(
      'cant test the new release',
    );
    expect(
      impact('WFM prod adherence is wrong since the DST change. We cannot coach anyone with it. medium'),
    ).toContain('We cannot coach anyone');
    expect(impact('WDE 8.5 test: we cannot log in since the certificate change. low')).toBeUndefined();
  });

  it('issue 21 §1: a contact centre measure with its figure is impact ("abandon rate 25%")', () => {
    expect(
      impact('CIC 4.0 IVR plays the wrong language since the pack upgrade, we see abandon rate at 30% now'),
    ).toContain('abandon rate at 30%');
  });

  it("issue 21 §1: the business's own work stopped or output that will be missing is impact", () => {
    expect(
      impact('WDE prod softphone does not ring since the patch. Bookings for our hotels are stopped in Lyon.'),
    ).toContain('Bookings for our hotels are stopped');
    expect(impact("GIM ETL stuck since the upgrade. The reports for the board won't be ready. high")).toContain(
      "reports for the board won't be ready",
    );
  });

  it('issue 21 §1: a line or a place of the business out of reach or hit is impact ("our hotline for patients was unreachable")', () => {
    expect(
      impact('SIP Server prod dropped every inbound call for 20 minutes. our hotline for patients was unreachable.'),
    ).toContain('hotline for patients was unreachable');
    expect(impact('Please raise it to High. Our call center is badly affected.')).toContain(
      'call center is badly affected',
    );
  });

  it('issue 21 §1: a cost in a clause joined by "and" starts at its own subject', () => {
    expect(
      impact(
        'WFM 8.5 prod forecasts are shifted by an hour since the DST change. Supervisors have to correct all the schedules by hand and payroll for 300 agents is due on Thursday. Medium.',
      ),
    ).toContain('payroll for 300 agents is due on Thursday');
  });
});

describe('issue 21 §1 (round 19): an impact label said with whom it bears on', () => {
  it('issue 21 §1: "Effect on business", "Impact for users", "Who is hurt" label the impact', () => {
    const form = 'Product: WFM\nEnvironment: UAT\nEffect on business :: planners cannot publish the schedule';
    expect(readLabelledLines(form).find((v) => v.field === 'businessImpact')?.value).toContain(
      'planners cannot publish the schedule',
    );
    expect(
      readLabelledLines('Impact for users: nobody can log in').find((v) => v.field === 'businessImpact')?.value,
    ).toBe('nobody can log in');
    expect(
      readLabelledLines('Who is hurt >> the reporting team').find((v) => v.field === 'businessImpact')?.value,
    ).toBe('the reporting team');
  });

  it('issue 21 §1: "How bad" is no impact label: writers put the level there', () => {
    expect(readLabelledLines('How bad >> medium-ish').find((v) => v.field === 'businessImpact')).toBeUndefined();
  });
});

describe('issue 21 §1 (round 19): a forward read whole, as the mail channel passes it on', () => {
  const forwarded =
    'Hello,\n\nplease open a case for the mail below, Medium.\n\nAna\n\n---------- Forwarded message ---------\nFrom: Jorge Medina <jorge@example.com>\nDate: Sun, 6 Dec 2026 at 19:12\nSubject: reports empty\n\nAna, the GIM 8.5 reports in production are empty since the DB team moved the ETL server. Finance cannot close the month.\n\nJorge';

  it('issue 21 §1: the forwarded message is what its sender asks about, not history', () => {
    const reading = ruleReader.read(forwarded, { inCaseThread: false, catalog: DEFAULT_POLICY.products });
    expect(reading.slots.businessImpact?.value).toContain('Finance cannot close the month');
    expect(reading.slots.circumstances?.value).toContain('moved the ETL server');
  });

  it('issue 21 §1: a forward already unfolded by the mail channel reads the same', () => {
    const unfolded =
      'please open a case for the mail below, Medium.\n\nAna\n\nForwarded message:\nAna, the GIM 8.5 reports in production are empty since the DB team moved the ETL server. Finance cannot close the month.\n\nJorge';
    const a = ruleReader.read(forwarded, { inCaseThread: false, catalog: DEFAULT_POLICY.products });
    const b = ruleReader.read(unfolded, { inCaseThread: false, catalog: DEFAULT_POLICY.products });
    expect(b.slots.businessImpact?.value).toBe(a.slots.businessImpact?.value);
    expect(b.slots.circumstances?.value).toBe(a.slots.circumstances?.value);
  });

  it("issue 21 §1: a reply's quoted history is still not read", () => {
    const reply = 'Thanks, that works.\n\nAna\n\n> On Mon, Customer Care wrote:\n> Finance cannot close the month?';
    expect(impact(reply)).toBeUndefined();
  });
});
