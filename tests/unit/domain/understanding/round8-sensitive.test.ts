/**
 * Issue 21, round 8: sensitive data (seed 001, issue 21 §7) — a password after a bare "pw", and the header
 * fields under a Thunderbird "Original Message" separator, which name who wrote the earlier mail.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const kinds = (text: string) =>
  ruleReader.read(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products }).slots.sensitiveData?.value;

describe('issue 21 §7: a password after a bare "pw" or "pwd"', () => {
  it('issue 21 §7: "user ops_wfm pw Winter99#" and "pwd Kx7-lab" carry a password', () => {
    expect(kinds('the service user is ops_wfm pw Winter99# in case you want to check')).toEqual(['password']);
    expect(kinds('lab box root pwd Kx7-lab')).toContain('password');
  });

  it('issue 21 §7: "password policy", "pw reset" and "calls pass SBC1" are no password', () => {
    expect(kinds('our password policy forces a reset every 60 days')).toBeUndefined();
    expect(kinds('after the pw reset the agents cannot pass the call to supervisors')).toBeUndefined();
    expect(kinds('inbound calls pass SBC1 fine but die on SBC2')).toBeUndefined();
  });
});

describe('issue 21 §7: the quoted header is mail routing', () => {
  it('issue 21 §7: the From: under "-------- Original Message --------" is no third-party address', () => {
    const text =
      'Hello,\n\nthe trace you wanted is attached.\n\nAna\n\n-------- Original Message --------\nSubject: [Case 01000004] WDE freeze\nDate: Tue, 24 Nov 2026 10:00:00 +0100\nFrom: Customer Care <support@vendor.example>\n\nPlease send a trace.';
    expect(kinds(text)).toBeUndefined();
  });

  it('issue 21 §7: an address written in the reply above it still counts', () => {
    const text =
      'Hello,\n\nplease also copy our partner lead j.smith@partner.example.\n\n-------- Original Message --------\nFrom: Customer Care <support@vendor.example>\n\nPlease send a trace.';
    expect(kinds(text)).toEqual(['email']);
  });
});
