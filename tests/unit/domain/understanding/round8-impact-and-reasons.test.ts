/**
 * Issue 21, round 8: precision first. How often something happens or runs, people named as the object of
 * a clause or inside what led to the problem, the outage that justifies a new level and a non-critical
 * temporary file are no business impact; why a temporary file is asked for, in more shapes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readTempReason } from '../../../../src/domain/understanding/temp-reason.ts';

const read = (text: string, inCaseThread = false) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products });

describe('issue 21 §1: a frequency is not a cost', () => {
  it('issue 21 §1: "the report job runs every 10 minutes" and "it occurs 25 times an hour" are no impact', () => {
    expect(
      readImpact('URS 8.1 prod: routing points stall since the patch. medium. the report job runs every 10 minutes.')
        .value,
    ).toBeUndefined();
    expect(
      readImpact('WDE 8.5 prod: the toolbar freezes after login. high. it occurs 25 times an hour.').value,
    ).toBeUndefined();
    expect(readImpact('the soak test does 300 calls a night on the lab').value).toBeUndefined();
  });

  it('issue 21 §1: a loss counted per day or a bare count of what is hit stays the impact', () => {
    expect(readImpact('the IVR drops transfers since Monday. 600 callers a day have to dial again.').value).toContain(
      '600 callers a day have to dial again',
    );
    expect(readImpact('chat routing stalls since the update, medium, 10-12 chats a day').value).toContain(
      'chats a day',
    );
    expect(readImpact('Impact: our schedulers must fix 120 rosters manually every week').value).toContain('manually');
  });
});

describe('issue 21 §1: people as the object of a clause or inside its cause', () => {
  it('issue 21 §1: "calls routed to agents lose video" is the symptom, not who is affected', () => {
    expect(readImpact('WDE 9.0 prod: chats routed to agents lose their history after a minute.').value).toBeUndefined();
  });

  it('issue 21 §1: "after the 300 new users were imported" tells what led to the problem', () => {
    expect(
      readImpact('it started right after the 300 new users were imported from the directory').value,
    ).toBeUndefined();
    expect(readImpact('the sync fails since 300 new users were imported, and 300 users cannot log in').value).toContain(
      '300 users cannot log in',
    );
  });
});

describe('issue 21 §3: the outage that justifies a new level is no business impact', () => {
  it('issue 21 §3: "raise N to Critical, the whole centre is down" carries no impact; a deadline does', () => {
    const outage = read('please raise 01000005 to Critical - Production Down, the whole Madrid centre is down', true);
    expect(outage.intents[0]?.intent).toBe('severity-change');
    expect(outage.slots.businessImpact).toBeUndefined();
    const deadline = read('please raise 01000005 to High, our go-live is on Monday', true);
    expect(deadline.intents[0]?.intent).toBe('severity-change');
    expect(deadline.slots.businessImpact?.value).toContain('go-live is on Monday');
  });
});

describe('issue 21 §12: why a temporary file is asked for', () => {
  it('issue 21 §12: only a critical licensing problem keeps a business impact with a temporary file', () => {
    const training = read(
      'we are preparing a training room for 30 new agents next month, can you issue a temporary GVP license for it?',
    );
    expect(training.slots.tempLicenseReason?.value).toBe('testing');
    expect(training.slots.businessImpact).toBeUndefined();
  });

  it('issue 21 §12: a test named with a qualifier, a training classroom: testing', () => {
    expect(readTempReason('a temp URS license for the failover weekend test please')).toBe('testing');
    expect(readTempReason('temporary license for our training classroom in March')).toBe('testing');
  });

  it('issue 21 §12: a file "your colleague from Customer Care made" extended again is Customer Care\'s own file', () => {
    expect(
      readTempReason(
        'the file your engineer from support made for us last month expires friday, can we get another 15 days?',
      ),
    ).toBe('extend-own-temporary');
  });

  it('issue 21 §12: what a temporary file lacks is a change to it, whatever it was issued for', () => {
    expect(readTempReason('the temporary GIM license issued for our proof of concept is missing the ETL option')).toBe(
      'modify-temporary',
    );
  });

  it('issue 21 §12: the license server reporting an invalid signature with production down is critical', () => {
    expect(
      readTempReason('license server reports "invalid signature" since the restore, production agents cannot log in'),
    ).toBe('critical-licensing');
  });

  it('issue 21 §12: "can you give us a temporary?" asks for a temporary file', () => {
    const r = read(
      'our permanent file for WFM runs out on Sunday and Licensing is closed. Can you give us a temporary?',
    );
    expect(r.intents[0]?.intent).toBe('temp-license');
    expect(r.slots.tempLicenseReason?.value).toBe('emergency-extension');
    expect(read('can you give us a temporary workaround for the crash?').slots.tempLicenseReason).toBeUndefined();
  });
});

describe('issue 21 §1: a share of the people', () => {
  it('issue 21 §1: "one customer in twenty is charged twice" is the impact', () => {
    expect(
      readImpact('since the patch the IVR double-books, and one customer in twenty is charged twice.').value,
    ).toContain('one customer in twenty is charged twice');
  });
});
