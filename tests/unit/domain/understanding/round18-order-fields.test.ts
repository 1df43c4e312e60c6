/**
 * Issue 21, round 18: a controlled-software order (DOMAIN.md §5) recognised by its fields whatever words
 * announce it, and those fields said every way people say them — the release named with its deliverable
 * ("the CD image of …", "… Korean version", restated in brackets), the platform written with its family
 * ("linux RHEL 7", "(Linux, RHEL 9)"), the ship-to after any way of sending, the reason told as a purpose or
 * a project — and the look-alikes that order nothing.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findOs, findRelease, findShipTo } from '../../../../src/domain/understanding/controlled-release.ts';
import { findReason } from '../../../../src/domain/understanding/order-reason.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const context = { inCaseThread: false, catalog: DEFAULT_POLICY.products };
const read = (text: string) => ruleReader.read(text, context);
const fields = (text: string) => {
  const s = read(text).slots;
  return {
    release: s.release?.value,
    os: s.os?.value,
    language: s.language?.value,
    deliveryMethod: s.deliveryMethod?.value,
    shipTo: s.shipTo?.value,
    reason: s.reason?.value,
  };
};

describe('issue 21 §6: an order told by its fields alone', () => {
  it('DOMAIN.md §5: a release with two of an order’s fields beside it is read as an order, whatever announces it', () => {
    expect(fields('URS 8.5.110 / RHEL 8 / French / SFTP. Why: new Lyon site needs French prompts')).toMatchObject({
      release: 'URS 8.5.110',
      os: 'RHEL 8',
      language: 'French',
      deliveryMethod: 'ftp',
      reason: 'new Lyon site needs French prompts',
    });
    expect(
      fields(
        'We would require the Orchestration Server 8.5.2 in Brazilian Portuguese for CentOS 7, electronic delivery is fine',
      ),
    ).toMatchObject({
      release: 'Orchestration Server 8.5.2',
      os: 'CentOS 7',
      language: 'Brazilian Portuguese',
      deliveryMethod: 'ftp',
    });
    expect(
      fields(
        'pls ship the GVP 9.0 japanese build via fedex to Initech KK 2-3-4 Shibuya, Tokyo 150-0002 - windows 2019',
      ),
    ).toMatchObject({
      release: 'GVP 9.0 japanese build',
      language: 'japanese',
      deliveryMethod: 'courier',
      shipTo: 'Initech KK 2-3-4 Shibuya, Tokyo 150-0002',
      os: 'windows 2019',
    });
  });

  it('DOMAIN.md §5: a note on "that order" carries the fields it adds', () => {
    const note = fields('one more thing for our order: the language is Korean, and FedEx is fine');
    expect(note).toMatchObject({ language: 'Korean', deliveryMethod: 'courier' });
  });

  it('DOMAIN.md §5: a problem with a release, a platform and a language in it orders nothing', () => {
    const report = fields(
      'The WDE 8.5.118 client in Japanese crashes on Windows 10 since the update, 30 agents idle, prod, high',
    );
    expect(report.release).toBeUndefined();
    expect(report.language).toBeUndefined();
    const upload = fields('SIP Server 9.0 prod on RHEL 8 drops calls when the nightly FTP upload of recordings runs');
    expect(upload.deliveryMethod).toBeUndefined();
    expect(upload.release).toBeUndefined();
  });

  it('DOMAIN.md §5: a download link asked for a platform is no delivery of an order', () => {
    const download = fields('Please give me a download link of GAX 9.0.104 for Windows Server 2019');
    expect(download.deliveryMethod).toBeUndefined();
    expect(download.release).toBeUndefined();
    expect(download.os).toBe('Windows Server 2019');
  });
});

describe('issue 21 §6: the release as people name it', () => {
  const release = (text: string) =>
    findRelease(
      text,
      read(text).products.map((p) => p.span),
    )?.value;

  it('DOMAIN.md §5: the deliverable named before the product it is of', () => {
    expect(release('could we have the Spanish language pack of Stat Server 8.5.112 please')).toBe(
      'Spanish language pack of Stat Server 8.5.112',
    );
    expect(release('we need the DVD set for URS 8.5.110, on courier')).toBe('DVD set for URS 8.5.110');
    // "the controlled version of …" names no deliverable: the release is the product and its version.
    expect(release('send us the controlled version of ORS 8.5.2 by FTP')).toBe('ORS 8.5.2');
  });

  it('DOMAIN.md §5: a localized build named after its version, and a release restated in brackets', () => {
    expect(release('order GAX 9.0.104 Italian version for Windows, FTP')).toBe('GAX 9.0.104 Italian version');
    expect(release('please send the Stat Server 8.5 CD (Stat Server 8.5.112.04 media) by DHL')).toBe(
      'Stat Server 8.5.112.04 media',
    );
  });
});

describe('issue 21 §6: the platform, the address and the reason', () => {
  it('DOMAIN.md §5: the family written with its distribution, and a distribution after its family', () => {
    expect(findOs('controlled URS 8.5 for linux CentOS 7 please')?.value).toBe('linux CentOS 7');
    expect(findOs('the build for our hosts (Linux, Oracle Linux 8) by FTP')?.value).toBe('Oracle Linux 8');
    expect(findOs('GAX 9.0 for Windows, Windows Server 2022 on the new hosts')?.value).toBe('Windows Server 2022');
  });

  it('DOMAIN.md §5: the ship-to after any way of sending, its abbreviations and a place name before a colon', () => {
    expect(findShipTo('the DVD sent by DHL to our warehouse: Globex, 77 Harbour Rd, Leeds LS1 4AB?')?.value).toBe(
      'Globex, 77 Harbour Rd, Leeds LS1 4AB',
    );
    expect(findShipTo('by courier to: Hooli Ltd, attn. Min-jun Park, 45 Teheran-ro, Seoul 06164. Thanks')?.value).toBe(
      'Hooli Ltd, attn. Min-jun Park, 45 Teheran-ro, Seoul 06164',
    );
    expect(findShipTo('kindly post two copies to Initech, 9 Quay St, Dublin D02 X285')?.value).toBe(
      'Initech, 9 Quay St, Dublin D02 X285',
    );
  });

  it('DOMAIN.md §5: a reason told as a purpose, a project under way or a copy to replace', () => {
    expect(findReason('GVP 9.0 ISO via sftp, needed for the disaster recovery test next month')?.value).toContain(
      'needed for the disaster recovery',
    );
    expect(findReason('Stat Server 8.5 DVD, courier. Spare copy for our new call centre in Lille')?.value).toContain(
      'Spare copy for our new call centre',
    );
    expect(findReason('WFM 8.5.2 media, it is for replace the scratched disc of the customer')?.value).toContain(
      'for replace the scratched disc',
    );
    expect(findReason('GIM 8.5 CD by courier, the old copy was damaged in the move')?.value).toContain(
      'the old copy was damaged',
    );
    expect(findReason("ORS 8.1.4, controlled. they're migrating the Madrid site to new hosts")?.value).toContain(
      "they're migrating the Madrid site",
    );
    expect(findReason('URS 8.5 build, our regulator wants the exact validated release')?.value).toContain(
      'our regulator wants the exact validated release',
    );
  });

  it('DOMAIN.md §5: whom the order is for, and where it is used, are no reason', () => {
    expect(findReason('ORS 8.1.4 controlled - we need it for Globex, rhel 8, sftp')).toBeUndefined();
    expect(findReason('Traditional Chinese please (for their Taipei site)')).toBeUndefined();
    expect(findReason('we want the WDE 8.5 Korean build, courier')).toBeUndefined();
  });
});

describe('issue 21 §2: the system, and the names that are not one', () => {
  it('DOMAIN.md §2: "Critical – Production Down" beside a test system named is the level, not a second system', () => {
    expect(
      read('our QA box is completely down, cant run the regression, this is critical production down for us').slots
        .system?.value,
    ).toBe('test');
    // Alone, the level is said of production, which alone can be down at that level.
    expect(
      read('please move 01000777 to Critical - Production Down, the whole centre is dark').slots.system?.value,
    ).toBe('production');
    expect(read('Critical: production is down for GVP 9.0 since the reboot').slots.system?.value).toBe('production');
  });

  it('DOMAIN.md §2: a form asks the system as "Prod or non-prod" or "Landscape"', () => {
    expect(read('Product: GAX 9.0\nProd or non-prod: non-prod\nIssue: login page blank').slots.system?.value).toBe(
      'test',
    );
    expect(read('Product: GAX 9.0\nLandscape: pre-prod\nIssue: login page blank').slots.system?.value).toBe(
      'production',
    );
  });
});

describe('issue 21 §2.1: circumstances told as a thing dated', () => {
  it('issue 21 §2.1: "since the certificate rollover last night" is what led to it, whatever the word for the event', () => {
    for (const [text, led] of [
      ['SIP Server 9.0 prod rejects REGISTER since the certificate rollover last night, high', 'certificate rollover'],
      ['IXN prod: chats stuck since the handler republish this morning, medium', 'handler republish'],
      ["GIM 8.5 reports empty after the storage team's array swap on Sunday, low", 'array swap'],
    ] as const)
      expect(read(text).slots.circumstances?.value, text).toContain(led);
  });

  it('issue 21 §2.1: a meeting, a call or a mail dated is no event that led to the problem', () => {
    for (const text of [
      'WDE 8.5 prod got worse after the meeting yesterday, agents still logged out, high',
      'SIP Server 9.0 prod still drops calls since the call with your colleague on Monday, medium',
    ])
      expect(read(text).slots.circumstances, text).toBeUndefined();
  });
});
