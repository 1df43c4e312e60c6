/**
 * Issue 21, round 20: the release, platform and language of an order or a download said the way
 * writers of every group say them — a subject's short naming ("SIP Server 8.5 Solaris") over a body's full one
 * ("the SIP Server 8.5.107.05 patch for Solaris 11"), the version said before the product it is of ("version
 * 8.5.118.10 of WDE"), a patch as what is delivered, a language as the order's last item before a new
 * sentence, and a platform said as the need before a "where do I find it?" — with the look-alikes that stay.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findOs } from '../../../../src/domain/understanding/controlled-release.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const catalog = DEFAULT_POLICY.products;
const slots = (text: string, subject?: string) => {
  const s = ruleReader.read(text, { inCaseThread: false, catalog, ...(subject ? { subject } : {}) }).slots;
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, (v as { value: unknown }).value]));
};

describe('issue 21 §5: the release is the fullest naming of what is ordered', () => {
  it('a subject’s line version over a body naming the build: the build’s release and platform', () => {
    const read = slots(
      'Hello,\n\nplease order the Interaction Server 8.5.109.04 patch for AIX 7.2 for us, FTP is fine. Reason: the lab keeps AIX until spring.\n\nThanks',
      'Controlled order - Interaction Server 8.5 AIX',
    );
    expect(read.release).toBe('Interaction Server 8.5.109.04 patch');
    expect(read.os).toBe('AIX 7.2');
  });

  it('a problem report keeps the version of the line it names: a fix not installed, another product’s build', () => {
    expect(
      slots('WFM 8.5 schedules are blank since Monday; the fix 8.5.214 is not installed. Production, low.', 'WFM 8.5')
        .version,
    ).toBe('8.5');
    expect(
      slots('SIP Server 9.0 drops calls since Stat Server 9.0.004.11 went live. Production, high.', 'SIP Server 9.0')
        .version,
    ).toBe('9.0');
  });

  it('the version said before the product it is of: "version 8.5.118.10 of Workspace Desktop Edition"', () => {
    const read = slots(
      'please send us the controlled build 9.0.010.03 of SIP Server for RHEL 8, english, via SFTP. reason: audit of the DR site',
    );
    expect(read.release).toBe('build 9.0.010.03 of SIP Server');
  });

  it('look-alike: a version "for" a platform is no product after it', () => {
    const read = slots('please order SIP Server 9.0.010.03 for RHEL 8 by FTP, english. reason: audit');
    expect(read.release).toBe('SIP Server 9.0.010.03');
  });
});

describe('issue 21 §5: the platform and the language of an order', () => {
  it('a bare family named first, the same family with its release later: the release', () => {
    expect(findOs('order - Solaris\n\nthe GIM 8.5.015 ISO for Solaris 11, FTP')?.value).toBe('Solaris 11');
    expect(findOs('Windows media: the WDE 8.5 DVD for Windows Server 2016')?.value).toBe('Windows Server 2016');
  });

  it('an edition is a word of its own: "Windows 10 N", not the first letter of "next"', () => {
    expect(findOs('the WDE 8.5 DVD for Windows 10 N please')?.value).toBe('Windows 10 N');
    expect(findOs('we run Windows 11 next to the old boxes')?.value).toBe('Windows 11');
  });

  it('look-alike: another family later keeps the first one named', () => {
    expect(findOs('the Linux package please; our old box ran Solaris 10')?.value).toBe('Linux');
  });

  it('a language as the order’s last item before a new sentence: "FTP is fine, Korean. The reason …"', () => {
    const read = slots(
      'Please order the controlled WDE 8.5.118.10 for Windows 10, FTP is fine, Korean. We need it for the Busan site.',
    );
    expect(read.language).toBe('Korean');
  });

  it('look-alike: a language in prose after a comma is not an item of the order', () => {
    const read = slots(
      'Please order the controlled WDE 8.5.118.10 for Windows 10 by FTP, our agents speak Korean. Reason: Busan site.',
    );
    expect(read.language).toBeUndefined();
  });
});

describe('issue 21 §5: a platform said as the need, before a question of where to find it', () => {
  it('"we need X for <OS>, where do I find it?" gives the platform', () => {
    expect(slots('we need the Stat Server 8.5.112 installer for Windows Server 2022, where can I find it?').os).toBe(
      'Windows Server 2022',
    );
  });

  it('look-alike: the platform inside the question is what it asks about', () => {
    expect(slots('where can I find the Stat Server 8.5.112 installer for Windows Server 2022?').os).toBeUndefined();
  });
});

describe('issue 21 §5: a platform family named without its release', () => {
  it('the architecture before it, a bitness joined to it, or what is delivered after it names the platform', () => {
    expect(findOs('the URS 8.5 download, 32-bit Windows please')?.value).toBe('32-bit Windows');
    expect(findOs('link for Stat Server 8.5 win64')?.value).toBe('win64');
    expect(findOs('the GVP 9.0 package for CentOS.')?.value).toBe('CentOS');
    expect(slots('could I get the link to the Stat Server 8.5 Windows installer?').os).toBe('Windows');
    expect(slots('please send the download link for ORS 8.1.4, linux-based install').os).toBe('linux');
  });

  it('look-alike: a family in prose, or the OS being moved to, is no platform given', () => {
    expect(findOs('the Windows team restarted it')).toBeUndefined();
    expect(
      slots('we are migrating to Windows Server 2022 next month; can you send the WDE 8.5.122 download link?').os,
    ).toBeUndefined();
  });
});
