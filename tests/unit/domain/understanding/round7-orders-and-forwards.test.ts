/**
 * Issue 21, round 7: a forward's note against the old mail it forwards, a symptom told as "saves nothing",
 * a ship-to address after the courier's name or after "by courier -", and temporary-license reasons in the
 * words customers use (an emergency key from your engineer, a temp key missing a feature, a test rig, a
 * MAC that changes, a license server's disk that died).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findShipTo } from '../../../../src/domain/understanding/controlled-release.ts';
import { readDescription } from '../../../../src/domain/understanding/description.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readTempReason } from '../../../../src/domain/understanding/temp-reason.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §1: a forward says what its sender says, not what the old mail shouted', () => {
  it('issue 21 §1: "Low, on our test system" above a forwarded "URGENT, production is down" is Low and test', () => {
    const reading = read(
      'SIP Server 8.5 on our test system rejects INVITEs since the codec list was changed. Low.\n\nForwarded message:\nThis is URGENT, production is down in Lyon!!',
    );
    expect(reading.slots.system?.value).toBe('test');
    expect(reading.slots.severity?.value).toBe('low');
  });

  it('issue 21 §1: what the note does not say, the forwarded mail still gives', () => {
    const reading = read(
      'please open a case for this\n\nForwarded message:\nSIP Server 9.0 in production drops calls, high.',
    );
    expect(reading.slots.system?.value).toBe('production');
    expect(reading.slots.severity?.value).toBe('high');
  });
});

describe('issue 21 §9: a symptom told as "saves nothing"', () => {
  it('issue 21 §9: "the schedule editor saves nothing since the Java update" is a description', () => {
    expect(
      readDescription('WFM 8.5 production, the schedule editor saves nothing since the Java update.').value,
    ).toContain('saves nothing');
    expect(readDescription('WFM 8.5 production, the schedule editor is open.').value).toBeUndefined();
  });
});

describe('issue 21 §1: the ship-to address of a courier order', () => {
  it('issue 21 §1: "ship the DVD by DHL Express to <address>" and "by courier please - <address>"', () => {
    expect(
      findShipTo('Please ship the DVD by DHL Express to Umbrella Retail, Rua Augusta 150, 1100-053 Lisboa, Portugal.')
        ?.value,
    ).toContain('Rua Augusta 150');
    expect(findShipTo('by courier please - Acme Corp, 10 rue de Rivoli, 75004 Paris')?.value).toContain(
      '10 rue de Rivoli',
    );
    expect(findShipTo('by courier please - thanks a lot')).toBeUndefined();
  });
});

describe('issue 21 §12: temporary-license reasons as customers put them', () => {
  it('issue 21 §12: another month on the emergency key your engineer gave us is a second extension of our own file', () => {
    const text =
      'the emergency key your support engineer Kenji gave us last month expires Friday, can we get another month on it?';
    expect(readTempReason(text)).toBe('extend-own-temporary');
    expect(read(text).intents[0]!.intent).toBe('temp-license');
  });

  it('issue 21 §12: a temp key missing a feature is a change to a temporary file', () => {
    expect(readTempReason('the 7-day temp key Licensing mailed us is missing the WFM forecasting feature')).toBe(
      'modify-temporary',
    );
  });

  it('issue 21 §12: a performance-test rig is testing, and the rig is a test system', () => {
    const reading = read('need a temp SIP Server license for our performance-test rig for two weeks');
    expect(reading.slots.tempLicenseReason?.value).toBe('testing');
    expect(reading.slots.system?.value).toBe('test');
  });

  it('issue 21 §12: a MAC (host id) that changes is a rehost; a license server whose disk died is critical licensing', () => {
    expect(
      readTempReason(
        "we're swapping the license server's network card so the MAC (host id) changes. can we get a temp file?",
      ),
    ).toBe('rehost');
    const reading = read(
      'license server disk died an hour ago, SIP Server prod agents cannot log in. need something now',
    );
    expect(reading.intents[0]!.intent).toBe('temp-license');
    expect(reading.slots.tempLicenseReason?.value).toBe('critical-licensing');
  });
});

describe('issue 21 §1: a language with its region, and a courier named before "to our office:"', () => {
  it('issue 21 §1: "português do Brasil" is read whole; a bracketed region is an annotation ("Spanish (Latin America)")', () => {
    const answer = (text: string) =>
      ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: ['language'] });
    expect(answer('language: português do Brasil').slots.language?.value).toBe('português do Brasil');
    expect(
      ruleReader.read('Spanish (Latin America), and FTP please', {
        inCaseThread: false,
        catalog: DEFAULT_POLICY.products,
        asked: ['language', 'deliveryMethod'],
      }).slots.language?.value,
    ).toBe('Spanish');
  });

  it('issue 21 §1: "FedEx to our Miami office: <address>" gives the ship-to address', () => {
    expect(findShipTo('and FedEx to our Miami office: Globex Inc., 200 Brickell Ave, Miami FL 33131')?.value).toContain(
      '200 Brickell Ave',
    );
  });
});

describe('issue 21 §1: the reason for a controlled build, told as what a third party supports', () => {
  it('issue 21 §1: "their softphone vendor supports only that one", "the carrier has certified only SU4" are the reason', () => {
    expect(
      read(
        'for Umbrella we need the controlled WDE 8.5.118.02 build on Windows 10 - their softphone vendor supports only that one',
      ).slots.reason?.value,
    ).toBe('their softphone vendor supports only that one');
    expect(
      read(
        "we need to order the controlled CIC 4.0 SU4 release via FTP. Initech's telephony carrier has certified only SU4.",
      ).slots.reason?.value,
    ).toContain('carrier has certified only SU4');
  });
});
