/**
 * Issue 25 round 14 (fix-lic-a): who the order is for and what it is for, as the fourth held-out part and the x5
 * batch put it — classes of writing, each with probe mails written before the reader was changed (not copied
 * from the corpus; the mails are in round14-probes-*.data.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { P1, P3, P4, P9, type WrittenProbe } from './round14-probes-who.data.ts';
import { P2, P5, P6, P7, P8 } from './round14-probes-why.data.ts';

const field = (fields: object, key: string) => (fields as Record<string, unknown>)[key];

function check({ body, subject, from, want }: WrittenProbe): void {
  const read = extractLicenseRequest({ body, ...(subject ? { subject } : {}), ...(from ? { from } : {}) });
  for (const [key, value] of Object.entries(want)) {
    if (key === 'missing') expect(read.missing).toEqual(value);
    else if (key === 'kind') expect(read.kind).toBe(value);
    else expect([key, field(read.fields, key) ?? null]).toEqual([key, value]);
  }
}

const named = (list: WrittenProbe[]): [string, WrittenProbe][] =>
  list.map((p) => [
    `${p.subject ?? ''} ${p.body
      .split('\n')
      .find((l) => l.length > 20)
      ?.slice(0, 70)}`.trim(),
    p,
  ]);

describe("issue 25 round 14 §1: the Engage company is the writer's when the order is for its own environment, go-live or contact centre, or its license server sits in the writer's own domain; a mail for an unnamed customer is asked", () => {
  it.each(named(P1))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §2: "lic" is "license" ("single lic server", "3 lic servers"); a purpose qualifies a rig, machine, VM, stack or cluster; "acceptance environment", "live production" and "a test machine" say what it is for', () => {
  it.each(named(P2))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §3: a form written "Label :- value" reads as "Label: value"', () => {
  it.each(named(P3))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §4: a PureConnect subject that names the End User before the file asked for ("X - upgrade AFR", "X / reallocation activation file"); "Sold To is us" names no company by its lower-case remark', () => {
  it.each(named(P4))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §5: the deployment mode said by who answers ("multi-skilled", "the same trainee agents use both", "handled by different teams")', () => {
  it.each(named(P5))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §6: the implementation and deployment type said as the situation ("bought additional … licences", "additional server for the existing licence", "a new … activation file", "building the standby DR server", "kept running and in sync", "treat it as a hot standby")', () => {
  it.each(named(P6))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §7: a question, not a file request ("only a question, no file needed today", "no activation file is required", a file named only inside a question under a "Question" subject)', () => {
  it.each(named(P7))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §8: a third party said not to be ("no third party", "nothing third-party") leaves the category the vendor\'s', () => {
  it.each(named(P8))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 14 §9: an Engage request asked as "can we get …" or "we are needing …", for Inbound Voice or a channel with its release ("Chat 8.5"), is a request of that kind', () => {
  it.each(named(P9))('%s', (_, probe) => check(probe));
});
