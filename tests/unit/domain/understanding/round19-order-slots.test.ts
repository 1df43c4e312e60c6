/**
 * Issue 21, round 19: the fields of downloads and controlled-software orders (DOMAIN.md §5) said every way —
 * a form's own labels ("Drop-off .....", "Send how ....", "Box OS ...."), a platform with its architecture
 * ("RHEL8 x64", "win 10 64bit", "Solaris SPARC"), a release named in quotes or with what it delivers
 * ("… Spanish reporting templates", "… language pack CD"), a way of sending said after a neutral verb ("ship it
 * over FTP"), a language code only as the whole answer, a reason told as what the release carries or as what
 * the site cannot do — the build of a line said to be the one running, and the look-alikes that carry none.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findDelivery, findLanguage, findOs } from '../../../../src/domain/understanding/controlled-release.ts';
import { readFormLabels } from '../../../../src/domain/understanding/form-labels.ts';
import { readLabelledLines } from '../../../../src/domain/understanding/labelled-lines.ts';
import { findReason } from '../../../../src/domain/understanding/order-reason.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const context = { inCaseThread: false, catalog: DEFAULT_POLICY.products };
const slots = (text: string, asked?: SlotName[]) => {
  const s = ruleReader.read(text, asked ? { ...context, asked } : context).slots;
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, (v as { value: unknown }).value]));
};
const formOf = (text: string) =>
  Object.fromEntries(readFormLabels(text, readLabelledLines(text)).map((l) => [l.field, l.value]));

describe('issue 21 §1: an order form’s own labels, read by their words', () => {
  it('DOMAIN.md §5: a label no list knows names its field by its words, and its value must be one of that field', () => {
    const form = [
      'End customer ...... Northwind',
      'Thing to send ..... Stat Server 8.5.110 CD',
      'Box OS ............ CentOS 7 x64',
      'Ship how .......... by DHL',
      'Drop at ........... Globex Ltd, 9 Quay St, Dublin D02 XY45',
      'Why wanted >> the branch has no internet at all',
    ].join('\n');
    expect(formOf(form)).toMatchObject({
      release: 'Stat Server 8.5.110 CD',
      os: 'CentOS 7 x64',
      deliveryMethod: 'by DHL',
      shipTo: 'Globex Ltd, 9 Quay St, Dublin D02 XY45',
      reason: 'the branch has no internet at all',
    });
    expect(slots(`Hello,\n\n${form}\n\nKarl`)).toMatchObject({
      os: 'CentOS 7 x64',
      deliveryMethod: 'courier',
      shipTo: 'Globex Ltd, 9 Quay St, Dublin D02 XY45',
    });
  });

  it('DOMAIN.md §5: prose with a colon, and values that are not the field’s, are no form lines', () => {
    expect(formOf('the urgent thing is: WFM 8.5 prod schedules publish with the wrong date')).toEqual({});
    expect(formOf('Sent to: Ben 3 times already\nPlatform: it runs fine\nWhere: on the second floor')).toEqual({});
    expect(slots('the urgent thing is: WFM 8.5 prod schedules publish with the wrong date, high').release).toBe(
      undefined,
    );
  });
});

describe('issue 21: the platform written with its architecture and release', () => {
  it('README (os): the architecture, a Windows release and an HP-UX release are part of the platform’s name', () => {
    expect(findOs('Need WFM 8.5.214.20 for Red Hat 7 64bit. FTP')?.value).toBe('Red Hat 7 64bit');
    expect(findOs('send it for RHEL8 x64 please')?.value).toBe('RHEL8 x64');
    expect(findOs('GIM 8.5 for Solaris SPARC, the installation package')?.value).toBe('Solaris SPARC');
    expect(findOs('on Windows 2012 R2 hosts')?.value).toBe('Windows 2012 R2');
    expect(findOs('HP-UX 11i v3, and FTP works')?.value).toBe('HP-UX 11i v3');
    expect(findOs('Red Hat Enterprise Linux 8 (x86_64)')?.value).toBe('Red Hat Enterprise Linux 8 (x86_64)');
    expect(findOs('HP-UX 11i, and FTP works')?.value).toBe('HP-UX 11i');
  });

  it('README (os): "linux" alone is a platform said with its package or architecture, or in brackets after the release', () => {
    expect(slots('can u send link for sip server 8.5 linux 64bit pkg').os).toBe('linux 64bit');
    expect(slots('need the SIP Server 9.0.012 installer for linux pls').os).toBe('linux');
    expect(slots('can i get the URS 8.5 package (Linux)?').os).toBe('Linux');
    // Look-alikes: an OS that changed, a platform in a where-is-it question, "linux" as a word of prose.
    expect(slots('SIP Server 9.0 drops calls in production since the RHEL 8.6 upgrade').os).toBe(undefined);
    expect(slots('where can I find the windows installer for WDE 8.5?').os).toBe(undefined);
    expect(slots('our linux team restarted SIP Server 9.0 and calls drop in prod, high').os).toBe(undefined);
  });
});

describe('issue 21: how it is sent, what is sent, in which language, and why', () => {
  it('DOMAIN.md §5: a neutral verb of sending says nothing of the way; the means named after it does', () => {
    expect(findDelivery('Can you ship it over FTP?')?.value).toBe('ftp');
    expect(findDelivery('please ship it via sftp')?.value).toBe('ftp');
    expect(findDelivery('please ship it by DHL')?.value).toBe('courier');
    expect(findDelivery('please ship it, the site is offline')?.value).toBe('courier');
  });

  it('README (release): a release named in quotes, or with what it delivers after its version, is named whole', () => {
    expect(slots('please order the controlled CD "GIM 8.5 Oracle 19c adapter" for RHEL 8, courier').release).toBe(
      'GIM 8.5 Oracle 19c adapter',
    );
    expect(
      slots(
        'order pls: controlled CD GIM 8.5 Spanish reporting templates, oracle linux 8, courier to Acme, 3 rue X, 69002 Lyon',
      ),
    ).toMatchObject({ release: 'GIM 8.5 Spanish reporting templates', language: 'Spanish', os: 'oracle linux 8' });
    expect(
      slots('We need the CIC 4.0 Japanese language pack CD, it is controlled. Windows Server 2019, by courier'),
    ).toMatchObject({
      release: 'CIC 4.0 Japanese language pack CD',
    });
    expect(slots('we need the WDE 8.5 localized version in Italian, controlled item, FTP').release).toBe(
      'WDE 8.5 localized version',
    );
  });

  it('README (language): a code is a language only as the whole answer; a pronoun or an address is none', () => {
    expect(findLanguage('it should be in Japanese, and FTP', true)?.value).toBe('Japanese');
    expect(findLanguage('it@initech.example, +81 3 1234 5678', true)).toBe(undefined);
    expect(findLanguage('IT please', true)?.value).toBe('IT');
    expect(findLanguage('pt-BR', true)?.value).toBe('pt-BR');
    expect(slots('it is for Osaka: ops@initech.example', ['language']).language).toBe(undefined);
  });

  it('DOMAIN.md §5: a reason told as what the release carries, or as what the site cannot do', () => {
    expect(findReason('It contains the fix for the REFER handling our analyst recommended.')?.value).toBe(
      'It contains the fix for the REFER handling our analyst recommended',
    );
    expect(findReason('FTP for Windows Server 2019; our Madrid supervisors do not read English well.')?.value).toBe(
      'our Madrid supervisors do not read English well',
    );
    expect(findReason('Configuration Server 8.1.3 on DVD, site has no internet access')?.value).toBe(
      'site has no internet access',
    );
    // Look-alike: the orderer's own wish is the order, not its reason.
    expect(findReason('we do not want the English one, Japanese please')).toBe(undefined);
  });
});

describe('issue 21 §8: the build of a line said to be the one running', () => {
  it('README (version): the build written right after its line, or the one upgraded to, is the version', () => {
    expect(slots('download link for gim 8.5 hotfix 8.5.011.16?').version).toBe('8.5.011.16');
    expect(slots('we are on SIPServer v9.0 SP2 (build 9.0.015.22), recording header missing, prod').version).toBe(
      '9.0.015.22',
    );
    expect(slots('GIM 8.5 prod shows duplicate records since the upgrade to 8.5.014. Low.').version).toBe('8.5.014');
    // Look-alikes: a fix told as what led to the problem, a release ordered, a release restated in brackets.
    expect(slots('production WDE 8.5 crashes on consult transfer since the 8.5.118 hotfix - High').version).toBe('8.5');
    expect(
      slots('we run Interaction Server 8.5 and since we applied hotfix 8.5.109.21 chats stall, prod').version,
    ).toBe('8.5');
    expect(
      slots(
        'Please order a controlled release.\nProduct: SIP Server 9.0\nRelease: SIP Server 9.0.012.05 CD image\nOS: RHEL 8\nDelivery: FTP',
      ).version,
    ).toBe('9.0');
    expect(slots('pls order the Korean language pack for WDE 8.5 (WDE 8.5.1 Korean LP), windows 10, FTP').version).toBe(
      '8.5',
    );
  });

  it('issue 21: "prd" is production, as "tst" is test', () => {
    expect(
      slots("umbrella's genesys admin (GA) prd: cannot save skill changes since the restore, sev high").system,
    ).toBe('production');
  });
});

describe('issue 21 §8: products written loosely', () => {
  it('issue 21 §8: a long word of a name written as two is the name ("Work force management")', () => {
    expect(
      slots('Work force management 8.5 forecasting wont calculate since the DST change, prod, medium'),
    ).toMatchObject({
      product: 'Workforce Management',
      version: '8.5',
    });
    expect(slots('Orchestra tion Server 8.5 in test loops on every session, low').product).toBe('Orchestration Server');
    // Look-alikes: parts shorter than three letters, and a word of prose alone.
    expect(slots('our work force planning team asks how to open a case').product).toBe(undefined);
  });

  it('issue 21 §8: a name’s first word before a major version alone is the product ("sip 9"), not before a count', () => {
    expect(slots('hey sip 9 in prod is dropping every call at exactly 32 secs')).toMatchObject({
      product: 'SIP Server',
      version: '9',
    });
    expect(slots('the sip 3 times rejected the INVITE from the carrier in prod, high').product).toBe(undefined);
    expect(slots('sip 2 trunks are down in production since the carrier change, high').product).toBe(undefined);
  });
});

describe('issue 21 §6: a release asked to be sent is a download, its product and version kept', () => {
  it('issue 21 §6: "pls send <product> <version> for <platform>" asks for the software', () => {
    const read = (text: string) => ruleReader.read(text, context);
    const gvp = read('pls send GVP 9.0 SP2 for Windows Server 2019');
    expect(gvp.intents[0]?.intent).toBe('download');
    expect(slots('pls send GVP 9.0 SP2 for Windows Server 2019')).toMatchObject({
      product: 'Genesys Voice Platform',
      version: '9.0',
      os: 'Windows Server 2019',
    });
    expect(read('Please send us the v9.0.010 of sip server for Windows').intents[0]?.intent).toBe('download');
    // Look-alikes: something else asked to be sent, a problem told after "please send".
    expect(read('could you send the status of our SIP Server 9.0 case').intents[0]?.intent).not.toBe('download');
    expect(read('please send us WDE 8.5 crashes when agents log in, prod').intents[0]?.intent).toBe('open-case');
  });
});
