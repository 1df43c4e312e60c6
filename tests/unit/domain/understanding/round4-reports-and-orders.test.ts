/**
 * Issue 21, round 4: facts lost in reports and orders written as customers write them — a test system
 * restored from production, a controlled order in one line, a redacted phone number beside the impact,
 * a question in the middle of a lower-case report.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findSensitiveData, redactSensitiveData } from '../../../../src/domain/sensitive-data.ts';
import { findLanguage, findShipTo } from '../../../../src/domain/understanding/controlled-release.ts';
import { readDescription } from '../../../../src/domain/understanding/description.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { findReason } from '../../../../src/domain/understanding/order-reason.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSensitiveKinds } from '../../../../src/domain/understanding/sensitive-kinds.ts';
import { readSystem } from '../../../../src/domain/understanding/system.ts';
import { sentences } from '../../../../src/domain/understanding/text.ts';
import { findVersions } from '../../../../src/domain/understanding/versions.ts';

const read = (text: string, asked: SlotName[] = []) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked });

describe('issue 21 §2: the system with the problem', () => {
  it('issue 21 §2: production named as the source of a copy is not the system ("test server … restored from the production snapshot")', () => {
    expect(
      readSystem(
        'the CIC 4.0 test server does not start its handlers since we restored it from the production snapshot',
      ).value,
    ).toBe('test');
    expect(readSystem('the lab box rejects DNs after we imported the config from prod').value).toBe('test');
    expect(readSystem('UAT fails since we cloned a copy of production last week').value).toBe('test');
    // Production alone, or named as the system beside a test one, is still read as before.
    expect(readSystem('the production server fails since we restored it from backup').value).toBe('production');
    expect(readSystem('it fails in test and in production').value).toBeUndefined();
  });

  it('issue 21 §2: "9.0 test:" after a version names a test system; "productive system" is production', () => {
    expect(readSystem('sip server 9.0 test: registrations fail').value).toBe('test');
    expect(readSystem('GAX 9.0.100.52 test, login page blank').value).toBe('test');
    expect(readSystem('It is our productive system.').value).toBe('production');
    // "test" after a number that is no version-and-system pair is nothing.
    expect(readSystem('we ran 3 test calls, all dropped').value).toBeUndefined();
  });
});

describe('DOMAIN.md §5: controlled-release language and delivery in words', () => {
  it('DOMAIN.md §5: a language with its variety is read whole ("in Latin American Spanish")', () => {
    expect(findLanguage('the release for Red Hat 8, in Latin American Spanish, via FTP', false, true)?.value).toBe(
      'Latin American Spanish',
    );
    expect(findLanguage('with the Simplified Chinese language pack', false)?.value).toBe('Simplified Chinese');
  });

  it('DOMAIN.md §5: in an order, a language written as a list item or "English is fine" is the language', () => {
    expect(findLanguage('controlled CIC 4.0 SU4 for initech, Japanese, by courier', false, true)?.value).toBe(
      'Japanese',
    );
    expect(findLanguage('same as last time - RHEL 7, english, FTP', false, true)?.value).toBe('english');
    expect(findLanguage('English is fine, and you can put it on your FTP server', false, true)?.value).toBe('English');
    // Outside an order a bare language name is no language asked for.
    expect(findLanguage('controlled CIC 4.0 SU4 for initech, Japanese, by courier', false, false)).toBeUndefined();
    // A language inside a name or a sentence is no list item.
    expect(findLanguage('courier to the French Bank building, 3 rue X, Paris', false, true)).toBeUndefined();
  });

  it('DOMAIN.md §5: "By courier please, to <address>" is the ship-to address', () => {
    expect(
      findShipTo('By courier please, to Umbrella Retail, 1000 Lujiazui Ring Road, Shanghai, tel +86 21 5555 0100.')
        ?.value,
    ).toContain('1000 Lujiazui Ring Road');
  });

  it('DOMAIN.md §5: a whole order in one line leaves nothing to ask', () => {
    const r = read(
      'we need the controlled WFM 8.5.214.03 release for Red Hat 8, in Latin American Spanish, via FTP please - reason: our labor-law rules module was certified only on this build',
    );
    expect(r.slots.language?.value).toBe('Latin American Spanish');
    expect(r.slots.deliveryMethod?.value).toBe('ftp');
    expect(r.slots.os?.value).toBe('Red Hat 8');
  });
});

describe('issue 21 §1 and §7: facts beside sensitive data', () => {
  it('issue 21 §7: a "[redacted phone]" marker on the line does not hide the business impact', () => {
    expect(
      readImpact(
        'For example the caller Jane Roe, [redacted phone], got a callback meant for someone else. Medium. Customers get calls that are not for them.',
      ).value,
    ).toBe('Customers get calls that are not for them');
    expect(
      readImpact(
        'the form shows [redacted iban] of the previous caller. High - agents may pay refunds to the wrong account.',
      ).value,
    ).toContain('pay refunds to the wrong account');
    // A pasted log line is still no clause of the contact's.
    expect(readImpact('13:02:11 caller [redacted phone] -> BYE sent, 40 agents dropped').value).toBeUndefined();
  });
});

describe('issue 21 §11: a question in the middle of a report', () => {
  it('issue 21 §11: a lower-case sentence after a full stop is a sentence of its own', () => {
    expect(sentences('it fails since the migration. what is your response time for High? anyway high').length).toBe(3);
    // Not after an abbreviation.
    expect(sentences('calls drop, e.g. the ones to the hotline').length).toBe(1);
  });

  it('issue 21 §11: the report around the question is still a report, with its facts', () => {
    const r = read(
      'sipserver 8.5.104.12 prod - the IVR transfer fails since the route point migration. what is your response time for a High on Premium Care btw? anyway I would put this one at high, 12 agents re-dial customers by hand',
    );
    expect(r.intents.map((i) => i.intent)).toEqual(expect.arrayContaining(['open-case', 'question']));
    expect(r.intents[0]!.intent).toBe('open-case');
    expect(r.slots.description?.value).toContain('IVR transfer fails');
    expect(r.slots.circumstances?.value).toContain('route point migration');
    expect(r.slots.businessImpact?.value).toContain('12 agents re-dial customers');
  });
});

describe('DOMAIN.md §6: temporary-license requests and their reasons in many wordings', () => {
  const reason = (text: string) => read(text).slots.tempLicenseReason?.value;

  it.each([
    [
      'the CIC license they got from Licensing is a 30-day temporary one, and they need the host ID changed, can you modify it?',
      'modify-temporary',
    ],
    [
      "our SIP Server 9.0 license was issued by Licensing as a temporary one and it's missing the SIP_PROXY feature - can you add it?",
      'modify-temporary',
    ],
    [
      'the license file of Initech CIC production is broken after the restore. Please a temporary license urgently.',
      'critical-licensing',
    ],
    ['our SIP Server license runs out on Friday, can you help?', 'emergency-extension'],
    ['can we get a temporary license for a demo next week?', 'demo'],
    ['we need a temporary license for our load testing next week', 'testing'],
    ['we replace the license server hardware tonight, can you issue a temporary license?', 'rehost'],
  ])('DOMAIN.md §6: %j is a temporary-license request for %s', (text, why) => {
    expect(read(text).intents[0]!.intent).toBe('temp-license');
    expect(reason(text)).toBe(why);
  });

  it("DOMAIN.md §6: a permanent file for a moved server, or an evaluation licence AFR, is Licensing's request", () => {
    expect(
      read('please send us a new license file for GIM 8.5, we moved the license server to a new host last month')
        .intents[0]!.intent,
    ).toBe('license-request');
    expect(read('AFR for Umbrella: evaluation licence, lab, MAC 005056aabbcc').intents[0]!.intent).toBe(
      'license-request',
    );
  });
});

describe('issue 21 §7: sensitive data kinds and their look-alikes', () => {
  const kinds = (text: string) =>
    readSensitiveKinds(text, {
      inCaseThread: false,
      catalog: DEFAULT_POLICY.products,
      publicPhones: ['+44 1189 74 7000'],
    });

  it('issue 21 §7: an identity number named as one is a national id ("My Number (national ID) …", "passport number …")', () => {
    expect(kinds("the caller's My Number (national ID) 1234 5678 9012 appears in clear text")).toEqual(['national-id']);
    expect(kinds('his passport number TK1234567 was read back by the IVR')).toEqual(['national-id']);
    expect(findSensitiveData('passport number TK1234567 read back')[0]).toMatchObject({ kind: 'national-id' });
    // Only the value is redacted, its label stays readable.
    expect(redactSensitiveData('passport number TK1234567 read back')).toBe(
      'passport number [redacted national-id] read back',
    );
  });

  it('issue 21 §7: references written with their label are no phone numbers (PO, Call-ID, serial, DN)', () => {
    for (const text of [
      'order SO# 01234567, PO 4500012345',
      'SIP/2.0 486 Busy Here, Call-ID 1234567890 CSeq 102 INVITE',
      'serial 4412098812 on the gateway',
      'ticket ref INC0012345 from ServiceNow',
    ])
      expect(kinds(text), text).toEqual([]);
    // A caller's number in prose still is one.
    expect(kinds('a call from +1 415 555 0199 dropped')).toEqual(['phone']);
  });

  it('issue 21 §7: a SIP host after "@" is no e-mail address; a real address is', () => {
    expect(kinds('Call-ID: a84b4c76e66710@10.0.0.1 in the trace')).toEqual([]);
    expect(kinds('the affected customer is anna.k@web.example')).toEqual(['email']);
  });

  it("issue 21 §7: case numbers, builds, host ids and the vendor's own line are no sensitive data", () => {
    expect(kinds('case 01000004 still open, build 8.5.104.12, host ID 00505696aa01')).toEqual([]);
    expect(kinds('I called your hotline +44 1189 74 7000 yesterday')).toEqual([]);
  });
});

describe('issue 21 §8 and §1: builds, quoted errors and impact in reports', () => {
  it('issue 21 §8: "SIP Server 8.5.104.12" is a build, not an IP address after the word "server"', () => {
    expect(findVersions('SIP Server 8.5.104.12 production').map((v) => v.value)).toEqual(['8.5.104.12']);
    expect(findVersions('Interaction Server 8.5.104.12 hangs').map((v) => v.value)).toEqual(['8.5.104.12']);
    // An address after a plain "server" is still none.
    expect(findVersions('the server 10.20.30.40 is reachable')).toEqual([]);
  });

  it('issue 21 §1: a quoted message the contact gets is what goes wrong', () => {
    expect(
      readDescription("WDE 8.5 production, agents get 'object reference not set' when they transfer a chat").value,
    ).toContain('object reference not set');
  });

  it('issue 21 §1: lost callbacks counted, and a team missing its targets, are business impact', () => {
    expect(readImpact('Medium. We lose about 40 sales callbacks a day.').value).toContain('40 sales callbacks a day');
    expect(readImpact('customers dont pick up so the sales team misses targets').value).toContain(
      'sales team misses targets',
    );
  });
});

describe('issue 21 §1 and DOMAIN.md §5: symptoms and reasons in plain words', () => {
  it.each([
    'WFM 8.5 prod: schedule publishing takes 40 minutes instead of 2 since the upgrade',
    'outbound e-mail replies go out without the attachment since the connector upgrade',
    'adherence shows all agents as out of adherence since Thursday',
  ])('issue 21 §1: %j says what goes wrong', (text) => {
    expect(readDescription(text).value).toBeDefined();
  });

  it('DOMAIN.md §5: "our interface was certified only against that build" is the reason of an order', () => {
    expect(
      findReason(
        'the controlled WFM 8.5.214.03 for RHEL 8 - our payroll interface was certified only against that build.',
      )?.value,
    ).toBe('our payroll interface was certified only against that build');
  });
});

describe('issue 21 §1: business impact in more wordings, and equipment that is no one', () => {
  it.each([
    ['IXN chat shows no agents, high. Roughly $20k of lost online sales per day.', '$20k of lost online sales'],
    ['the IVR fails since Friday, it costs us roughly 8k EUR a day', 'costs us roughly 8k EUR a day'],
    ['agents cant hear callers, we lost 3 big deals this week', 'lost 3 big deals this week'],
    [
      "gim etl fails since the oracle patch, sev medium, finance can't close the month",
      "finance can't close the month",
    ],
    ['the forecast is shifted by one hour, planners correct 300 schedules by hand', '300 schedules by hand'],
    [
      'calls ring forever, our customer satisfaction score dropped 12 points',
      'customer satisfaction score dropped 12 points',
    ],
  ])('issue 21 §1: %j has the impact %j', (text, phrase) => {
    expect(readImpact(text).value).toContain(phrase);
  });

  it('issue 21 §1: "all agent PCs" are machines, not people affected', () => {
    expect(
      readImpact('the customer applied the December Windows cumulative update to all agent PCs').value,
    ).toBeUndefined();
  });
});
