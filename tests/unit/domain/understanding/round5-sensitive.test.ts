/**
 * Issue 21, round 5: sensitive data as replies carry it — the quoted mail's header names who wrote the
 * earlier mail (routing, not a leak), and a login written as "user / secret" is a password.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findSensitiveData } from '../../../../src/domain/sensitive-data.ts';
import { readSensitiveKinds } from '../../../../src/domain/understanding/sensitive-kinds.ts';

const kinds = (text: string) => readSensitiveKinds(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products });
const passwords = (text: string) => findSensitiveData(text).filter((f) => f.kind === 'password').length;

describe('issue 21 §7: the header of quoted history is no sensitive data', () => {
  it('issue 21 §7: an Outlook header block ("From: Care <support@…>", "De : …") names no leaked address', () => {
    expect(
      kinds(
        'To add: 120 agents cannot log in.\n\nCarla\n\nFrom: Customer Care <care@supplier.example>\nSent: Monday, November 23, 2026 9:02 AM\nTo: Carla Diaz <cd@client.example>\nSubject: [Case 01000002] login errors\n\nSeverity: Medium',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Merci, vous pouvez fermer.\n\nDe : Support <help@supplier.example>\nEnvoyé : lundi 23 novembre 2026 15:02\nObjet : [Case 01000004] musique\n\nCase 01000004 is open.',
      ),
    ).toEqual([]);
  });

  it('issue 21 §7: an attribution line ("On … <…> wrote:") names no leaked address', () => {
    expect(
      kinds(
        'please escalate this one.\n\nOn Mon, Nov 23, 2026 at 10:02 PM Support <help@supplier.example> wrote:\n> Case 01000007 is open.',
      ),
    ).toEqual([]);
  });

  it('issue 21 §7: an address the contact writes above the quote is still an e-mail address', () => {
    expect(
      kinds(
        'the caller was j.smith@home.example\n\nFrom: Support <help@supplier.example>\nSent: Monday, November 23, 2026 9:02 AM\nSubject: x',
      ),
    ).toEqual(['email']);
  });
});

describe('issue 21 §7: a login written as a user and its secret is a password', () => {
  it('issue 21 §7: "login is jdoe / Welcome2026!", "lab account is admin/admin", "credentials: svc/P@ss"', () => {
    expect(passwords("the agent's login is mkramer / Spring2027# if you need it")).toBe(1);
    expect(passwords('test account on the staging box is admin/admin')).toBe(1);
    expect(passwords('credentials: svc_ixn/P@ss')).toBe(1);
    expect(passwords('sign-in for the portal = root / toor')).toBe(1);
  });

  it('issue 21 §7: a word pair or a ratio after "login" or "account" is no password', () => {
    expect(passwords('login is slow/unstable since Monday')).toBe(0);
    expect(passwords('the account is sales/EMEA')).toBe(0);
    expect(passwords('the user count is 10/20 now')).toBe(0);
    expect(passwords('our user is in the /opt/app/bin folder')).toBe(0);
  });
});
