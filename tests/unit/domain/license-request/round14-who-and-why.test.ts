/**
 * Issue 25 round 14 (fix-lic-a): who the order is for and what it is for, as the fourth held-out part and the x5
 * batch put it — classes of writing, each with probe mails written before the reader was changed (not copied
 * from the corpus; the mails are in round14-probes-*.data.ts).
 */
import { describe, it } from 'vitest';
import { P1, P3, P4, P9 } from './round14-probes-who.data.ts';
import { P2, P5, P6, P7, P8 } from './round14-probes-why.data.ts';
import { checkProbe, namedProbes } from './written-probe-check.ts';

describe("issue 25 round 14 §1: the Engage company is the writer's when the order is for its own environment, go-live or contact centre, or its license server sits in the writer's own domain; a mail for an unnamed customer is asked", () => {
  it.each(namedProbes(P1))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §2: "lic" is "license" ("single lic server", "3 lic servers"); a purpose qualifies a rig, machine, VM, stack or cluster; "acceptance environment", "live production" and "a test machine" say what it is for', () => {
  it.each(namedProbes(P2))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §3: a form written "Label :- value" reads as "Label: value"', () => {
  it.each(namedProbes(P3))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §4: a PureConnect subject that names the End User before the file asked for ("X - upgrade AFR", "X / reallocation activation file"); "Sold To is us" names no company by its lower-case remark', () => {
  it.each(namedProbes(P4))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §5: the deployment mode said by who answers ("multi-skilled", "the same trainee agents use both", "handled by different teams")', () => {
  it.each(namedProbes(P5))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §6: the implementation and deployment type said as the situation ("bought additional … licences", "additional server for the existing licence", "a new … activation file", "building the standby DR server", "kept running and in sync", "treat it as a hot standby")', () => {
  it.each(namedProbes(P6))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §7: a question, not a file request ("only a question, no file needed today", "no activation file is required", a file named only inside a question under a "Question" subject)', () => {
  it.each(namedProbes(P7))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §8: a third party said not to be ("no third party", "nothing third-party") leaves the category the vendor\'s', () => {
  it.each(namedProbes(P8))('%s', (_, probe) => checkProbe(probe));
});

describe('issue 25 round 14 §9: an Engage request asked as "can we get …" or "we are needing …", for Inbound Voice or a channel with its release ("Chat 8.5"), is a request of that kind', () => {
  it.each(namedProbes(P9))('%s', (_, probe) => checkProbe(probe));
});
