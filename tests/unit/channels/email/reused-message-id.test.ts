// Round 11: the digest of a mail's body kept on its inbound row, and what tells a mail reusing a
// Message-ID from a redelivery of the mail recorded under it.
import { describe, expect, it } from 'vitest';
import { bodyDigestOf, differenceFrom, type MailIdentity } from '../../../../src/channels/email/reused-message-id.ts';

const REPORT = 'PIN: 482913\nOur production SIP Server 9.0 drops calls since the dial plan change.\n\nThanks, Ana';

const mail = (over: Partial<MailIdentity> = {}): MailIdentity => ({
  messageId: '<m1@acme.example>',
  sender: 'ana@acme.example',
  subject: 'SIP down',
  text: REPORT,
  bodyDigest: bodyDigestOf(REPORT),
  ...over,
});
const rowOf = (m: MailIdentity) => ({ sender: m.sender, subject: m.subject, bodyDigest: m.bodyDigest });

describe('round 11: the body digest of the inbound row', () => {
  it('round 11: one body however it was written out (line ends, wrapping, spacing, letter case, full-width forms) digests alike', () => {
    const variants = [
      REPORT.replace(/\n/g, '\r\n'),
      REPORT.replace('since the dial plan change.', 'since the dial\nplan change.'),
      `  ${REPORT.replace(/ /g, '  ')}\n\n`,
      REPORT.toUpperCase(),
      REPORT.replace('9.0', '\uff19.\uff10'),
    ];
    for (const variant of variants) expect(bodyDigestOf(variant)).toBe(bodyDigestOf(REPORT));
  });

  it('round 11: another body digests otherwise; a digest is sha256 in hex', () => {
    expect(bodyDigestOf(REPORT)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bodyDigestOf(REPORT.replace('drops calls', 'rejects logins'))).not.toBe(bodyDigestOf(REPORT));
    expect(bodyDigestOf(`${REPORT}\nAlso the Reporting Server is down.`)).not.toBe(bodyDigestOf(REPORT));
    expect(bodyDigestOf('')).not.toBe(bodyDigestOf(REPORT));
  });

  it('round 11: the digest is taken without the PIN — bodies differing only in their PIN digest alike, so no PIN can be found by trying them', () => {
    for (const pin of ['739164', '1234567890', '482 913', '482-913']) {
      expect(bodyDigestOf(REPORT.replace('482913', pin))).toBe(bodyDigestOf(REPORT));
    }
    expect(bodyDigestOf(REPORT.replace('PIN: 482913\n', ''))).not.toBe(bodyDigestOf(REPORT));
  });
});

describe('round 11: what tells a mail under a seen Message-ID from a redelivery', () => {
  it('round 11: the same sender, subject and body is the same mail (sender and subject in any case and spacing)', () => {
    const row = rowOf(mail());
    expect(differenceFrom(row, mail())).toBeNull();
    expect(differenceFrom(row, mail({ sender: ' ANA@acme.example ', subject: 'sip  DOWN' }))).toBeNull();
  });

  it('round 11: another sender, another subject or another body is another mail, and says which', () => {
    const row = rowOf(mail());
    expect(differenceFrom(row, mail({ sender: 'mallory@evil.example' }))).toBe('sender');
    expect(differenceFrom(row, mail({ subject: 'Licence renewal' }))).toBe('subject');
    const other = 'How do I download Workspace Desktop Edition 9.0?';
    expect(differenceFrom(row, mail({ text: other, bodyDigest: bodyDigestOf(other) }))).toBe('body');
  });

  it('round 11: a row recorded before bodies were digested (no digest) is matched by sender and subject, as then', () => {
    const other = 'How do I download Workspace Desktop Edition 9.0?';
    const old = { ...rowOf(mail()), bodyDigest: null };
    expect(differenceFrom(old, mail({ text: other, bodyDigest: bodyDigestOf(other) }))).toBeNull();
    expect(differenceFrom(old, mail({ subject: 'Another' }))).toBe('subject');
  });
});
