/** Issue 21 §4 (two problems in one line) and §1 (circumstances read whole). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { onlyWhen, readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';
import type { ReadContext } from '../../../../src/domain/understanding/port.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const CONTEXT: ReadContext = { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: [] };
const read = (text: string) => ruleReader.read(text, CONTEXT);

describe('issue 21 §4: two problems in one line are split', () => {
  it('issue 21 §4: ", and <other product> …" / ", also …" / " and our …" start a second problem', () => {
    for (const text of [
      'SIP Server 9.0 in prod rejects transfers since the dial plan change (high), and Info Mart 8.5 reports are empty since the ETL patch',
      'prod SIP Server 9.0 loses calls after the carrier change, also WFM 8.5 schedule import fails since the weekend',
      'our SIP Server 9.0 drops calls since the SBC swap and our Workspace Desktop Edition 8.5 freezes on login after the .NET update',
    ]) {
      const r = read(text);
      expect(r.issues, text).toHaveLength(2);
      expect(r.slots.product?.value).toBe('SIP Server');
      // The connector belongs to neither problem.
      expect(r.issues[0]!.text).not.toMatch(/(?:,|\band|\balso)\s*$/);
    }
  });

  it('issue 21 §4: a product named as the cause is no second problem', () => {
    expect(read('SIP Server 9.0 drops calls, since the Stat Server restart it is worse').issues).toHaveLength(1);
  });

  it('issue 21 §4: a severity said for the whole message ("both medium", "…, sev high") is the first problem\'s', () => {
    expect(
      read('SIP Server 9.0 loses calls after the carrier change, also WFM 8.5 import fails since Sunday, both medium')
        .slots.severity?.value,
    ).toBe('medium');
    expect(
      read(
        'sip server 9.0 drops calls after the carrier change & wde 8.5 will not ring since the driver rollout, sev high',
      ).slots.severity?.value,
    ).toBe('high');
  });
});

describe('issue 21 §1: circumstances read whole', () => {
  it('issue 21 §1: "since/after <someone> <did something>" is a circumstance, whatever the verb', () => {
    expect(readCircumstances('the ETL fails since we re-ran the quarter-end load').value).toBe(
      'since we re-ran the quarter-end load',
    );
    expect(readCircumstances('WDE freezes since our network team split the VLAN').value).toBe(
      'since our network team split the VLAN',
    );
  });

  it('issue 21 §1: a severity in brackets after the circumstance is not part of it', () => {
    expect(readCircumstances('drops calls since the dial plan change (high)').value).toBe('since the dial plan change');
  });

  it('issue 21 §1: a circumstance that only says when ("since this morning") is told apart from an event', () => {
    expect(onlyWhen('since this morning')).toBe(true);
    expect(onlyWhen('it started on Friday')).toBe(true);
    expect(onlyWhen('since the upgrade')).toBe(false);
    expect(onlyWhen("since yesterday's restart")).toBe(false);
  });

  it('issue 21 §1: the whole account — "upgraded X and then restarted Y", "rolled out the new image on Monday"', () => {
    expect(readCircumstances('calls drop since we patched the SBC and then restarted the media server').value).toBe(
      'since we patched the SBC and then restarted the media server',
    );
    expect(readCircumstances('Since Globex rolled out the new VDI image on Tuesday, agents cannot log in').value).toBe(
      'Since Globex rolled out the new VDI image on Tuesday',
    );
    expect(readCircumstances('after we moved the backup window to run at 3am the job is empty').value).toBe(
      'after we moved the backup window to run at 3am',
    );
  });

  it('issue 21 §1: an event told in the passive ("since the time zone of the DB host was changed")', () => {
    expect(readCircumstances('stats are off since the time zone of the reporting DB host was changed').value).toBe(
      'since the time zone of the reporting DB host was changed',
    );
  });

  it("issue 21 §1: at the same confidence the fuller account wins over a subject's short one", () => {
    expect(
      readCircumstances('issue after update\n\nafter the Windows update last night, the service does not start').value,
    ).toBe('after the Windows update last night');
  });

  it('issue 21 §1: in a case thread, what the contact did since is a note, not the circumstances', () => {
    const thread: ReadContext = { ...CONTEXT, inCaseThread: true };
    expect(
      ruleReader.read('we applied the workaround, calls are stable for now', thread).slots.circumstances,
    ).toBeUndefined();
    expect(
      ruleReader.read('It started after the Windows update on Tuesday, in case that helps.', thread).slots.circumstances
        ?.value,
    ).toContain('Windows update');
  });
});

describe('issue 21 §4: facts said once for several problems', () => {
  it('issue 21 §4: "high for both", "both medium", "medium both, production" hold for each problem', () => {
    const line =
      'Stat Server 8.5 prod restarts every hour since the JVM patch and also WDE 8.5 drops the softphone after the cert renewal. high for both';
    const [, second] = read(line).issues;
    expect(read(line).slots.severity?.value).toBe('high');
    expect(read(second!.text).slots.severity?.value).toBe('high');
    // The second problem, offered alone, keeps the system the message named.
    expect(read(second!.text).slots.system?.value).toBe('production');
    expect(
      read(
        'SIP Server 9.0 restarts since we enabled TLS + Info Mart 8.5 stopped loading after the DB move, medium both, production',
      ).slots.system?.value,
    ).toBe('production');
  });

  it('issue 21 §4: "etl one high, lab one low": each problem gets the level said of it by name', () => {
    const line =
      'gim 8.5 prod etl stuck since the oracle patch; sip server 9.0 lab stopped registering phones after the cert swap. etl one high, lab one low';
    const r = read(line);
    expect(r.slots.severity?.value).toBe('high');
    expect(read(r.issues[1]!.text).slots.severity?.value).toBe('low');
  });

  it('issue 21 §8: "GA" in capitals is Genesys Administrator, but not the GA of a release', () => {
    expect(read('GA in prod stopped showing agent logins after the audit log cleanup').slots.product?.value).toBe(
      'Genesys Administrator',
    );
    expect(read('the GA release of WDE 8.5.130 crashes at login').slots.product?.value).toBe(
      'Workspace Desktop Edition',
    );
  });
});

describe('issue 21 §1: an account of several deeds is one circumstance', () => {
  it('issue 21 §1: "replaced X, re-enabled Y and rebooted Z" and "…, and on Monday our DBA also moved …" are kept whole', () => {
    expect(
      readCircumstances(
        'calls drop on hold. started after IT replaced the edge router, re-enabled QoS and rebooted the gateways. high',
      ).value,
    ).toBe('after IT replaced the edge router, re-enabled QoS and rebooted the gateways');
    expect(
      readCircumstances(
        'We moved the WFM database to a new cluster on Sunday, and on Monday morning our DBA also changed the service account password',
      ).value,
    ).toContain('changed the service account password');
    expect(
      readCircumstances('after we patched the DB server over the weekend and then restarted the services').value,
    ).toContain('restarted the services');
  });

  it('issue 21 §1: in a case thread, a deed told after "since Monday" completes that bare time', () => {
    const thread: ReadContext = { ...CONTEXT, inCaseThread: true };
    const r = ruleReader.read('We moved the reporting database to new storage on Sunday evening.', thread);
    expect(r.slots.circumstances).toBeUndefined();
    expect(r.deeds).toContain('moved the reporting database');
  });
});
