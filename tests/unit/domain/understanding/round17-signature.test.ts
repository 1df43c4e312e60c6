/**
 * Issue 21, round 17: the sender's own signature is not sensitive data; anyone else's personal data is,
 * quoted history included. The signature is found by its form — a closing or the sender's name as the
 * directory knows it, then short lines of contact details at the end of their own mail — never by a
 * particular company's layout.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { ReadContext } from '../../../../src/domain/understanding/port.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const from = (name: string, email: string, phone?: string): ReadContext => ({
  inCaseThread: false,
  catalog: DEFAULT_POLICY.products,
  sender: { name, email },
  ownAddresses: [email, email.slice(email.indexOf('@'))],
  ...(phone ? { ownPhone: phone } : {}),
});
const kinds = (text: string, context: ReadContext) => ruleReader.read(text, context).slots.sensitiveData?.value;

const frank = from('Frank Obi', 'frank@northwind.example');
const ana = from('Ana Ruiz', 'ana@acme.example', '+33 1 23 45 67 89');
const gina = from('Gina Sato', 'gina@initech.example');

describe("issue 21 §7: the sender's own signature block is not sensitive data", () => {
  it('issue 21 §7: a closing, then name, role, phones, address and a company-register disclaimer', () => {
    const text =
      'Hallo,\n\nder WFM Export in Produktion hängt seit gestern Abend, bitte prüfen.\n\nMit freundlichen Grüßen\nFrank Obi\nTeam Lead Telephony | Northwind Partners\nTel. +49 30 1234 5678\nMobil +49 170 555 1234\nfrank@northwind.example\n\nNorthwind Partners GmbH, Sitz Berlin, Amtsgericht Charlottenburg HRB 123456, USt-IdNr. DE 123 456 789. This message is confidential; if you are not the intended recipient please delete it.';
    expect(kinds(text, frank)).toBeUndefined();
  });

  it('issue 21 §7: a "--" separator over a terse Slack-style sign-off with a mobile', () => {
    expect(
      kinds(
        'pls check 01000423 again, still broken after the restart\n\n--\nFrank\nNorthwind · Berlin\n+49 170 555 1234',
        frank,
      ),
    ).toBeUndefined();
  });

  it("issue 21 §7: no closing, the sender's name as the directory knows it over contact lines", () => {
    const text =
      'The GAX login page stays blank since the upgrade on Friday.\n\nGina Sato\nInitech KK, IT Operations\n+81 3 1234 5678\n2-7-1 Marunouchi, Chiyoda-ku, Tokyo';
    expect(kinds(text, gina)).toBeUndefined();
  });

  it('issue 21 §7: a company number in the footer is a register entry, not a phone', () => {
    const text =
      'Hi,\n\nplease extend the temporary file for Initech.\n\nCheers,\nFrank\n\nNorthwind Partners Pty Ltd, ABN 51 824 753 556 | Company No. 08123456 | VAT GB 123 4567 89';
    expect(kinds(text, frank)).toBeUndefined();
    const footer =
      'Hi,\n\nthe WFM export hangs again, please check.\n\nBest regards\nFrank Obi\n\nNorthwind Partners GmbH · Sitz Berlin · HRB 654321 · USt-IdNr. DE 987 654 321 · SIRET 123 456 789 00012';
    expect(kinds(footer, frank)).toBeUndefined();
  });

  it("issue 21 §7: the sender's own earlier mail quoted below keeps its signature theirs", () => {
    const text =
      'Any news on this?\n\nAna\n\nOn Mon, 30 Nov 2026 at 09:12, Ana Ruiz <ana@acme.example> wrote:\n> The Info Mart reports are empty since Sunday.\n>\n> Best regards\n> Ana Ruiz\n> Telephony Platform Owner\n> +33 6 71 22 90 14';
    expect(kinds(text, ana)).toBeUndefined();
  });
});

describe("issue 21 §7: anyone else's personal data stays sensitive", () => {
  it('issue 21 §7: a colleague to call, written in the body above the closing', () => {
    const text =
      'Hello,\n\nour onsite engineer today is Maria, please call her on +44 7700 900123.\n\nThanks,\nAna Ruiz\nAcme Corp\n+33 1 23 45 67 89';
    expect(kinds(text, ana)).toEqual(['phone']);
  });

  it("issue 21 §7: a short line under the body naming someone else's number is not the signature", () => {
    const text = 'The caller who reported it is Mr. Lee.\nHis number: +1 212 555 0188\n\nRegards\nGina';
    expect(kinds(text, gina)).toEqual(['phone']);
  });

  it('issue 21 §7: a P.S. under the signature is body again', () => {
    const text =
      'Please raise the case to high.\n\nRegards,\nFrank Obi\n+49 170 555 1234\n\nP.S. tonight our on-call is Tom, reach him on +49 171 444 9876';
    expect(kinds(text, frank)).toEqual(['phone']);
  });

  it("issue 21 §7: a colleague's signature in a forwarded mail is their personal data", () => {
    const text =
      'Ben, see below, please open a case.\n\nAna\n\n---------- Forwarded message ---------\nFrom: Paul Girard <paul.girard@acme.example>\nDate: Fri, 4 Dec 2026 at 17:12\nSubject: reports\n\nThe GIM reports are empty since the DST change.\n\nPaul Girard\nReporting Lead\n+33 6 98 76 54 32';
    expect(kinds(text, ana)).toEqual(expect.arrayContaining(['phone', 'email']));
  });

  it("issue 21 §7: a colleague's personal address at the sender's own company is theirs, not the sender's", () => {
    expect(
      kinds('Please send the report of case 01000416 to my manager, tanaka.h@initech.example, he asked for it.', gina),
    ).toEqual(['email']);
  });
});

describe('issue 21 §7: secrets and look-alikes around the signature rule', () => {
  it('issue 21 §7: a config section with the user on one line and "pass=" on the next carries a password', () => {
    expect(kinds('as asked, the smtp block:\n[smtp]\nuser = wfm_mailer\npass = Sp1ng!2026\nport = 25', frank)).toEqual([
      'password',
    ]);
    expect(kinds('[db]\nlogin=ops\npass=Tr4ck#9\n', frank)).toEqual(['password']);
  });

  it("issue 21 §7: a log line's time and a case number in brackets are no phone", () => {
    expect(
      kinds('trace:\n2026-12-01 23:59:41.208 Trc 04541 RequestRouteCall sent\nsame for every call', frank),
    ).toBeUndefined();
    expect(kinds('any news on the WFM case (01000377)? Frank', frank)).toBeUndefined();
  });

  it('issue 21 §7: the ship-to of media sent by post is order data', () => {
    const text =
      'For the controlled SIP Server 9.0.010.02 release please send it on DVD to Northwind Partners, 4 Quay St, Auckland 1010, +64 9 555 0170. OS RHEL 8.';
    expect(kinds(text, frank)).toBeUndefined();
  });
});
