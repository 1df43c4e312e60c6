/**
 * Issue 25 round 11 §5: who writes, from signatures laid out as partners' mail programs lay them out.
 * Probe signatures written for each rule (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { splitMessageSections } from '../../../../src/domain/license-request/message-sections.ts';
import { readSignature } from '../../../../src/domain/license-request/signature.ts';

const signatureOf = (lines: string[], address?: string) =>
  readSignature(
    lines.map((text, i) => ({ text, line: i + 1 })),
    address,
  );

describe('issue 25 round 11 §5: a rule under a signature with no closing (an HTML <hr>) ends nothing of it', () => {
  it.each([
    '----------------------------------------',
    '________________________________',
    '==========  ==========',
    '* * * * * * * * *',
  ])('rule %s', (rule) => {
    const body = [
      'Licensing, the customer’s request is further down. We are the Sold To.',
      '',
      'Oren Blake',
      'Harrowgate Voice Ltd',
      'oren.blake@harrowgate.example',
      'Office: +44 113 555 0101',
      '',
      rule,
      '',
      'From: Ada Pike <ada.pike@fellside.example>',
      'Sent: Monday, 2 November 2026 10:00',
      'Subject: licence',
      '',
      'We need an activation file for our new production server.',
    ].join('\n');
    const [newest] = splitMessageSections(body);
    const read = signatureOf(newest!.signature.map((l) => l.text));
    expect(read).toMatchObject({ name: 'Oren Blake', company: 'Harrowgate Voice Ltd', phone: '+44 113 555 0101' });
  });
});

describe('issue 25 round 11 §5: after a job title and a comma may come a department, not the company', () => {
  it.each([
    [['Ada Pike', 'Manager, Unified Communications', 'Fellside Water Board'], 'Fellside Water Board'],
    [['Ada Pike', 'Team Lead, Contact Centre Services', 'Fellside Water Board'], 'Fellside Water Board'],
    [['Ada Pike', 'Head of IT, Digital Workplace', 'Fellside Water Board', '+44 1539 555 010'], 'Fellside Water Board'],
  ])('%j: the company on a line of its own', (lines, company) => {
    expect(signatureOf(lines)?.company).toBe(company);
  });

  it.each([
    [
      ['Priya Rao', 'Solutions Architect, Brackenridge Contact Systems', 'p: 206.555.0101'],
      'Brackenridge Contact Systems',
    ],
    [['Priya Rao', 'Senior Engineer, Brackenridge Voice LLC'], 'Brackenridge Voice LLC'],
  ])('%j: the company after the title when no line of its own names one', (lines, company) => {
    expect(signatureOf(lines)?.company).toBe(company);
  });
});
