/**
 * Issue 25 round 16 (fix-lic-a): who the request is from and for, as the promoted sixth held-out part and the x7
 * batch put it — classes of writing, each with probe mails written before the reader was changed (not copied from
 * the corpus; the mails are in round16-probes-who.data.ts).
 */
import { describe, it } from 'vitest';
import {
  CHASING,
  ENGAGE_COMPANY,
  KINDS,
  LONGER_NAMES,
  NAMED_CONTACT,
  PASTED_AND_PHONES,
  PASTED_FROM,
  REQUESTER_ON_ONE_LINE,
  SAID_IN_PASSING,
  SIGNATURES,
  SOLD_TO_OURSELVES,
} from './round16-probes-who.data.ts';
import { checkProbe, namedProbes } from './written-probe-check.ts';

describe('issue 25 round 16 §1: a request pasted with its own header lines on top (`From: Name <address>`) is from the writer that header names', () => {
  it.each(namedProbes(PASTED_FROM))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §2: a Sold To said as the writer itself ("us (X)", "we, X", "X (us)") or shortened from the name it signs with is the signed company', () => {
  it.each(namedProbes(SOLD_TO_OURSELVES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §3: an account name keeps its small words and possessives, and a later, longer mention of the same name wins', () => {
  it.each(namedProbes(LONGER_NAMES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §4: one labelled line holding name, address and phone, and a label naming two roles ("Employer / Sold To"), fill each field', () => {
  it.each(namedProbes(REQUESTER_ON_ONE_LINE))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §5: a mail chasing a request already sent (its AFR number, "any news?") is not a new request', () => {
  it.each(namedProbes(CHASING))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §6: a signature under a closing sentence or a "Name / Title" line, a phone labelled Tlf./Puh., a company with its roles in brackets, an address written with (at): each read', () => {
  it.each(namedProbes(SIGNATURES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §7: a contact for the request named in a sentence ("the contact for this request is X, reply to x@…", "direct questions to X at …") is the requester, not the mailbox it comes from', () => {
  it.each(namedProbes(NAMED_CONTACT))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §8: an ask with a version in it ("needs its Outbound Contact Solution 8.5 licence") is a request, a chase said as "checking in" is not, and a question in the request tool\'s own words (End User, Sold To, reallocation, request type) is a PureConnect one', () => {
  it.each(namedProbes(KINDS))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §9: whom an Engage order is for — "pour la X", "licentie van X", a pilot or proof of concept with X, the writer\'s own box or own contact centre', () => {
  it.each(namedProbes(ENGAGE_COMPANY))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §10: accounts and purposes said in passing — "we buy through X, show them as Sold To", "we (X) are the Sold To", "the upgrade of X from …", a MAC "(production)", "it is all production"', () => {
  it.each(namedProbes(SAID_IN_PASSING))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 16 §6b: a pasted request\'s Subject line is no first line that "Kia ora," could close, a signature with DDI/Mob lines under a last sentence is a signature, and a phone in brackets "(504) 555-…" on a requester line stays whole', () => {
  it.each(namedProbes(PASTED_AND_PHONES))('%s', (_, probe) => checkProbe(probe));
});
