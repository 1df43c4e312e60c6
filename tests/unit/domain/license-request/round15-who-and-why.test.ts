/**
 * Issue 25 round 15 (fix-lic-a): who the request is for and what it asks, as the promoted fifth held-out part and
 * the x6 batch put it — classes of writing, each with probe mails written before the reader was changed (not
 * copied from the corpus; the mails are in round15-probes-who.data.ts and round15-probes-why.data.ts).
 */
import { describe, it } from 'vitest';
import { CHASES, DOMAIN_OF_INITIALS, NEW_SYSTEM, PRODUCT_AT, SHORT_LABELS, WE_ARE } from './round15-probes-who.data.ts';
import {
  ACCOUNT_NAME_COLUMN,
  COMMON_WORD_NAMES,
  EXTN_PHONES,
  FICHERO,
  FOR_DEVELOPERS,
  HIRAGANA_NAMES,
  NEW_SYSTEM_ELSEWHERE,
  NOT_A_COMPANY,
  NOT_BLENDED,
  OUR_ACCOUNT,
  POLITE_QUESTIONS,
  ROLE_IN_SIGNATURE,
  TO_ME_AT,
  TWO_SOLD_TOS,
} from './round15-probes-why.data.ts';
import { checkProbe, namedProbes } from './written-probe-check.ts';

describe("issue 25 round 15 §1: a sender's domain made of its company's word heads or initials (scas, bayviewcu) is that company's: an End User writing about its own system is the End User", () => {
  it.each(namedProbes(DOMAIN_OF_INITIALS))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §2: a customer naming itself ("We are X", "we\'re X") in its own words is the company the licenses are for', () => {
  it.each(namedProbes(WE_ARE))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §3: form labels shortened as people type them ("acct", "Ph", "Mail id", "Cust.", "Tel. no.") read as the full ones', () => {
  it.each(namedProbes(SHORT_LABELS))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §4: a new system said without a verb of making ("for a brand new … server", "their new tenant server") or after it ("the DR server we have just built") is a new deployment', () => {
  it.each(namedProbes(NEW_SYSTEM))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §5: the product at a company ("the upgrade of CIC at X", "the PureConnect at X") names the End User', () => {
  it.each(namedProbes(PRODUCT_AT))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §6: a chase of a request already made (a reminder, "not received yet", "still waiting", "by when", with its AFR number) is not a request', () => {
  it.each(namedProbes(CHASES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §7: a pronoun\'s contraction ("We\'d", "They\'ll") or a proof of concept ("the PoC server") is no company; "for prospect X", "our prospect, X" name the End User', () => {
  it.each(namedProbes(NOT_A_COMPANY))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §8: a signature company with its role in brackets ("X inc. (Sold To)", "(reseller)", "(partner)") is the company without the remark', () => {
  it.each(namedProbes(ROLE_IN_SIGNATURE))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §9: a new system made, said in French, Spanish, Portuguese or German ("installe un nouveau serveur", "einen neuen Testserver aufgebaut"), is a new deployment; one that replaces a server stays a reallocation', () => {
  it.each(namedProbes(NEW_SYSTEM_ELSEWHERE))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §10: an Engage environment\'s purpose said by who works there ("a sandbox where our developers build", "the developers\' environment" → development; "our QA team tests patches" → testing)', () => {
  it.each(namedProbes(FOR_DEVELOPERS))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §11: a signature phone with its extension written "Extn"/"Extn." or behind a "PBX" label is the work phone', () => {
  it.each(namedProbes(EXTN_PHONES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §12: a table\'s "Name" column naming accounts with their legal form ("Sold To | Merlion Distribution Pte Ltd") is no contact\'s name', () => {
  it.each(namedProbes(ACCOUNT_NAME_COLUMN))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §13: an End User naming its own account in a sentence ("Our account is X", "Our account: X, GARN …"); the partner in brackets after "we are the Sold To …" is the Sold To, not the End User', () => {
  it.each(namedProbes(OUR_ACCOUNT))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §14: the activation file in Spain\'s Spanish and Portugal\'s Portuguese ("fichero", "ficheiro de ativação") is asked for; "nueva implantación", "nova implantação" are a new deployment', () => {
  it.each(namedProbes(FICHERO))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §15: a registered name holding a common word ("Gulf Customer Care Co.", "User Experience Labs GmbH") is still the company', () => {
  it.each(namedProbes(COMMON_WORD_NAMES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §16: a Japanese company whose name after 株式会社 is in hiragana ("株式会社みどり運輸様向けに") is named', () => {
  it.each(namedProbes(HIRAGANA_NAMES))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §17: a file asked for in a polite question ("Can we get a PureConnect activation file for …?") is a file request; a question about the file is not', () => {
  it.each(namedProbes(POLITE_QUESTIONS))('%s', (_, probe) => checkProbe(probe));
});

describe("issue 25 round 15 §18: a labelled Sold To and a sentence naming another company the order went through are two Sold Tos, asked about (left empty, not filled with the writer's company); the same company short and in full is one", () => {
  it.each(namedProbes(TWO_SOLD_TOS))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §19: blended said not to be in other words ("nothing blended", "never blended") is not blended; "blended - the same agents take both" is', () => {
  it.each(namedProbes(NOT_BLENDED))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 15 §20: the writer\'s own address given as where to send the file ("send the file to me at X") is the corporate email, not a recipient', () => {
  it.each(namedProbes(TO_ME_AT))('%s', (_, probe) => checkProbe(probe));
});
