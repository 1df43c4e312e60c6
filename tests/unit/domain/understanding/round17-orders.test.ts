/**
 * Issue 21, round 17: the fields of a controlled-software order (DOMAIN.md §5) said every way people say
 * them — a ship-to after "addr", "to address" or "send per FedEx to", a language named with its region or
 * script after it ("Portuguese of Brazil", "Chinese Simplified", "Korean LP"), a reason after a bare
 * "reason" — and the look-alikes that are none.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findLanguage, findOs, findShipTo } from '../../../../src/domain/understanding/controlled-release.ts';
import { findReason } from '../../../../src/domain/understanding/order-reason.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const language = (text: string) => findLanguage(text, false, true)?.value;

describe('issue 21 §5: where a controlled release is shipped', () => {
  it('issue 21 §5: "addr", "adr." and "to address" introduce the ship-to', () => {
    expect(
      findShipTo('ship by courier pls, the plant is offline. addr Globex, 5 Dock Rd, Newark NJ 07105')?.value,
    ).toBe('Globex, 5 Dock Rd, Newark NJ 07105');
    expect(findShipTo('courier please. adr. Hooli Ltd, 45 Teheran-ro, Seoul 06164')?.value).toBe(
      'Hooli Ltd, 45 Teheran-ro, Seoul 06164',
    );
    expect(findShipTo('send per FedEx to address 88 Nanjing Rd, Shanghai 200001')?.value).toBe(
      '88 Nanjing Rd, Shanghai 200001',
    );
  });

  it('issue 21 §5: a clause after a semicolon is no part of the address', () => {
    expect(
      findShipTo('delivery by courier to our Osaka office at 2-1 Umeda, Kita-ku, Osaka; the DC is offline')?.value,
    ).toBe('our Osaka office at 2-1 Umeda, Kita-ku, Osaka');
  });

  it('issue 21 §5: "address" and "addr" with no address after them ship nothing', () => {
    expect(findShipTo('what is the addr of the portal again?')).toBeUndefined();
    expect(findShipTo('please update the e-mail address on case 01000004')).toBeUndefined();
  });
});

describe('issue 21 §5: the language of a localized release', () => {
  it('issue 21 §5: a region or script written after the language is part of its name', () => {
    expect(language('can we get the WDE 8.5.118 build in Portuguese of Brazil?')).toBe('Portuguese of Brazil');
    expect(language('GAX 8.1 for Windows Server 2022 in Chinese Simplified please')).toBe('Chinese Simplified');
    expect(language('we need it in French from Canada for the Montreal site')).toBe('French from Canada');
  });

  it('issue 21 §5: "Korean LP" names a language pack', () => {
    expect(language('controlled order: WFM 8.5.214 for RHEL 8, Korean LP, via FTP')).toBe('Korean');
  });

  it('issue 21 §5: a language of people or places is no localization', () => {
    expect(findLanguage('our Korean office reports the WDE freeze', false, false)).toBeUndefined();
    expect(findLanguage('the French team cannot log in since the upgrade', false, false)).toBeUndefined();
  });
});

describe('issue 21 §5: why the controlled release is needed', () => {
  it('issue 21 §5: a bare "reason" in a terse order introduces it', () => {
    expect(findReason('pls ftp reason our auditors want the certified build')?.value).toContain(
      'our auditors want the certified build',
    );
    expect(findReason('DVD to Umbrella. reason the stores are offline')?.value).toContain('the stores are offline');
  });

  it('issue 21 §5: "for some reason", "the reason", "reason codes" are no reason given', () => {
    expect(findReason('for some reason the media kit is not on the portal', false)).toBeUndefined();
    expect(findReason('agents cannot set reason codes since the upgrade', false)).toBeUndefined();
    expect(findReason('no reason the agents should be logged out', false)).toBeUndefined();
  });
});

describe('issue 21 §5: an operating system is an order’s platform, not a question’s subject or a fact of a problem', () => {
  const os = (text: string) =>
    ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).slots.os?.value;

  it('issue 21 §5: asked where or how to find a download, the platform is what is asked about', () => {
    expect(os('Where I can download the installation of Info Mart 8.5 for Linux?')).toBeUndefined();
    expect(os('how do I get the WDE 8.5 installer for Windows Server 2019?')).toBeUndefined();
    expect(os('Could you tell me how to obtain the WFM 8.5.214 package for Windows? I cannot see it.')).toBeUndefined();
  });

  it('issue 21 §5: a download or an order asked for keeps its platform', () => {
    expect(os('please send us the SIP Server 9.0 installation package for Linux.')).toBe('Linux');
    expect(os('controlled SIP Server 9.0.010.03 media kit for RHEL 8, courier please')).toBe('RHEL 8');
  });

  it('issue 21 §5: an operating system told in a problem report is a fact of the problem', () => {
    expect(
      os("Umbrella's WDE 8.5 on live: agents see a blank panel. They run a pilot of Windows 11 on two PCs. Medium."),
    ).toBeUndefined();
  });
});

describe('issue 21 §5: a terse order’s platform and address', () => {
  it('issue 21 §5: "win server 2019", "Windows Srv 2k16" name a platform', () => {
    expect(findOs('controlled WDE 8.5.118.10, win server 2019, courier')?.value).toBe('win server 2019');
    expect(findOs('GAX for Windows Srv 2k16 please')?.value).toBe('Windows Srv 2k16');
  });

  it('issue 21 §7: a postcode in the address after "addr" is order data, not a phone', () => {
    const text = 'controlled WDE 8.5.118.10, courier. addr Initech KK, 2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005';
    expect(
      ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).slots.sensitiveData,
    ).toBeUndefined();
  });
});
