/**
 * Issue 21, round 6: a controlled release's delivery method in the words people use, and a method refused.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findDelivery } from '../../../../src/domain/understanding/controlled-release.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readTempReason } from '../../../../src/domain/understanding/temp-reason.ts';

describe('issue 21 §1: the delivery method of a controlled release (seed 000: FTP or courier)', () => {
  it('issue 21 §1: "SFTP", "secure file transfer", "digitally", "e-delivery" are FTP', () => {
    for (const text of ['via SFTP please', 'secure file transfer is fine', 'we want it digitally', 'e-delivery'])
      expect(findDelivery(text)?.value, text).toBe('ftp');
  });

  it('issue 21 §1: "a USB stick", "physical shipment", "registered post", "TNT" are courier', () => {
    for (const text of [
      'please send it on a USB stick',
      'physical shipment to our office please',
      'by registered post',
      'TNT to our Lyon office',
    ])
      expect(findDelivery(text)?.value, text).toBe('courier');
  });

  it('issue 21 §1: a method refused is not the method ("not by courier, via FTP please")', () => {
    expect(findDelivery('not by courier, via FTP please')?.value).toBe('ftp');
    expect(findDelivery('no DVD needed, a download link is enough')?.value).toBe('ftp');
  });

  it('issue 21 §1: "physical server", "digital channels" say nothing about delivery', () => {
    expect(findDelivery('for our physical server, RHEL 8')).toBeUndefined();
    expect(findDelivery('the digital channels are affected')).toBeUndefined();
  });
});

describe('issue 21 §12: why a temporary license is asked for (DOMAIN.md §6)', () => {
  const cases: Array<[string, string]> = [
    ['rehost', 'we need a temporary license while our production license server is being replaced tonight'],
    ['rehost', 'we are changing the hardware of the license server this weekend'],
    ['testing', 'we need a temporary license so our developers can test the new IVR flows'],
    ['modify-temporary', 'our temporary license from Licensing needs two more SIP ports'],
    ['extend-own-temporary', 'the 30-day file you sent expires tomorrow, can we get another 30 days?'],
    [
      'critical-licensing',
      'license file rejected after the server move last night, production agents cannot log in, need a temporary one',
    ],
  ];
  for (const [reason, text] of cases)
    it(`issue 21 §12: "${text.slice(0, 60)}…" is ${reason}`, () => {
      expect(readTempReason(text)).toBe(reason);
    });
});

describe('issue 21 §7: sensitive data in config snippets', () => {
  const kinds = (text: string) =>
    ruleReader.read(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products }).slots.sensitiveData?.value ?? [];

  it('issue 21 §7: a shortened password key ("db_pass=…", "smtp.pass: …") is a password; "password policy" is not', () => {
    expect(kinds('config: db_user=genesys db_pass=S3cret!')).toEqual(['password']);
    expect(kinds('smtp.pass: Winter2026')).toEqual(['password']);
    expect(kinds('the agent password policy requires 12 characters')).toEqual([]);
    expect(kinds('we pass the call to the IVR = queue 12')).toEqual([]);
  });
});

describe('issue 21 §1: the language of a controlled release in its own name or as a code', () => {
  const answer = (text: string) =>
    ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: ['language'] });

  it('issue 21 §1: "Deutsch", "español", "français canadien" name a language', () => {
    const order = ruleReader.read('controlled SIP Server 8.5.102.03, Windows Server 2019, Deutsch, FTP', {
      inCaseThread: false,
      catalog: DEFAULT_POLICY.products,
    });
    expect(order.slots.language?.value).toBe('Deutsch');
    expect(answer('español').slots.language?.value).toBe('español');
    expect(answer('français canadien').slots.language?.value).toBe('français canadien');
  });

  it('issue 21 §1: a code ("JP please") answers the language question, and only that question', () => {
    expect(answer('JP please, and send it via our SFTP').slots.language?.value).toBe('JP');
    const unasked = ruleReader.read('JP site is down', { inCaseThread: false, catalog: DEFAULT_POLICY.products });
    expect(unasked.slots.language).toBeUndefined();
  });

  it('issue 21 §1: a language asked about ("is it possible to have the controlled WDE in français canadien?") is no order field', () => {
    const asked = ruleReader.read(
      'is possible to have the controlled WDE in français canadien? one site is in Montreal',
      {
        inCaseThread: false,
        catalog: DEFAULT_POLICY.products,
      },
    );
    expect(asked.slots.language).toBeUndefined();
  });
});
