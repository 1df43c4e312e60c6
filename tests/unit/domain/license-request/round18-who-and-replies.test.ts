/**
 * Issue 25 round 18 (fix-lic-a): the requester's name on a form line written family name first, "separate"
 * said of something else than the agents, and a reply that answers none of our questions.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest, readLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { answersNoQuestion, mergeAnswer } from '../../../../src/domain/license-request/merge-answer.ts';
import { formLineName } from '../../../../src/domain/license-request/person-names.ts';

const FORM = (nameLine: string) =>
  [
    'Request type: Activation file',
    'Implementation type: Upgrade',
    nameLine,
    'End User: Ridgeway Dental',
    'Primary host ID: 0050569a7c31',
    'Deployment type: Lab',
  ].join('\n');

describe('issue 25: a name line written "Family, Given" names the given name after the comma', () => {
  it.each([
    ['Requester: Haddad, Rania', 'Rania', 'Haddad'],
    ['Name:  de Vries ,  Maarten | m.devries@polder.example', 'Maarten', 'de Vries'],
    ['Requested by: Ferreira Costa, Joana', 'Joana', 'Ferreira Costa'],
    ['Contact name: Ivo Petrov, Delivery Lead', 'Ivo', 'Petrov'],
    ['Requester: Ivo Petrov', 'Ivo', 'Petrov'],
  ])('%s → %s / %s', (line, firstName, lastName) => {
    const read = readLicenseRequest({ body: FORM(line) }) as { fields: Record<string, unknown> };
    expect(read.fields).toMatchObject({ firstName, lastName });
  });

  it('a team or a desk on the name line names no one', () => {
    expect(formLineName('Licensing Desk, Corvane Systems')).toBeUndefined();
    expect(formLineName('Presales Team')).toBeUndefined();
    expect(formLineName('Rania')).toBeUndefined();
  });
});

describe('issue 25: "separate" is the deployment mode only when said of the agents, not of a question or a mail', () => {
  const mode = (text: string) =>
    (
      readLicenseRequest({ body: text }, { kind: 'engage', newestOnly: true, source: 'answer' }) as {
        fields: Record<string, unknown>;
      }
    ).fields.deploymentMode;
  it.each([
    'One more separate question: does the quote include tax?',
    'The signed PO follows in a separate mail.',
    'On a separate note, we moved offices.',
    'We logged a separate ticket for the outage.',
  ])('%s → no mode', (text) => expect(mode(text)).toBeUndefined());
  it.each(['Voice and chat agents are kept separate.', 'Deployment mode: separate', 'They run them separately.'])(
    '%s → separate',
    (text) => expect(mode(text)).toBe('separate'),
  );
});

describe('docs/rules.md §7: a reply that answers none of our questions', () => {
  const first = extractLicenseRequest({
    body: 'Hello,\nplease cut the activation file for Ridgeway Dental, upgrade to 2025 R1.\nHost id 00-50-56-9A-7C-31.\n\nRania Haddad\nBluewave Integrators',
    subject: 'AFR Ridgeway',
    date: new Date('2026-12-01T10:00:00Z'),
    from: { name: 'Rania Haddad', address: 'rania@bluewave.example' },
    attachments: [],
  });
  it('the request asks something to begin with', () => expect(first.questions.length).toBeGreaterThan(0));
  it.each(['Thanks!', 'Noted - when can we expect the file?', 'Will check with the customer and revert.'])(
    '"%s" answers none of them',
    (reply) => expect(answersNoQuestion(first, mergeAnswer(first, reply))).toBe(true),
  );
  it.each(['Deployment type: lab', "It's for their test system."])('"%s" answers one', (reply) =>
    expect(answersNoQuestion(first, mergeAnswer(first, reply))).toBe(false),
  );
});

describe('issue 25 "Bad input": a quotation, a file said to have loaded fine, a chase in another language are no requests', () => {
  const kindOf = (body: string) => readLicenseRequest({ body, date: new Date('2026-12-01T10:00:00Z') }).kind;
  it.each([
    'QUOTE Q-2027-0412\nCustomer: Elmfield Water\nGARN: 0151-774\nHost ID: 00155d3c9a10\nSW-001-4.0-AL02 x 15\nValid until 20 January 2027. Reply to accept.',
    'Dear Partner,\nbelow is the maintenance renewal quotation for Corbel Logistics (GARN 0169002).\nEnd User: Corbel Logistics\nHost ID: 005056a40a0b\nPart number: SW-001-4.0-AL06 Qty 35\nThis quote is valid for 60 days. To accept, send your purchase order.',
    'Hi all - the new licence for Fenwick Transit (host 0050.56b1.2c3d, SO 66120334) went in without issues, server is up. Ta, Jo',
    'Hallo, gibt es Neuigkeiten zu unserer Anfrage AFR-2026-13002 (Kreiswerke Ost, Host 00155d77aa02)? Danke, Uwe Brandt',
    'Bonjour, des nouvelles de notre demande AFR-2026-12120 (Mutuelle Loire, hôte 0050569a3344) ? Merci, Julie Roux',
  ])('%s → not-a-request', (body) => expect(kindOf(body)).toBe('not-a-request'));
  it.each([
    'Please issue the activation file per our accepted quote Q-2027-0412 (valid until 20 January).\nEnd User: Elmfield Water\nGARN: 0151-774\nHost ID: 00155d3c9a10\nPart number: SW-001-4.0-AL02 x 15\nImplementation type: new deployment\nDeployment type: production',
    'The lab file loaded fine; now we need the production activation file for Fenwick Transit, host 0050569a2c3e, new deployment.',
  ])('%s → a request', (body) => expect(kindOf(body)).not.toBe('not-a-request'));
});

describe('issue 25 "Bad input": a labelled date needed and another said in the prose are a contradiction, asked about', () => {
  const read = (lines: string[]) =>
    readLicenseRequest({
      body: ['Request type: Activation file', 'Name: Tom Reyes', 'End User: Pinecrest Clinics', ...lines].join('\n'),
      date: new Date('2026-12-03T10:00:00Z'),
    }) as { fields: Record<string, unknown>; invalid: Array<{ field: string }> };
  it('"Date needed: Mon 7 Dec" and "we must have the file by Wednesday 9 December": neither is kept', () => {
    const r = read(['Date needed: Mon 7 Dec', 'We must have the file by Wednesday 9 December for the go-live.']);
    expect(r.invalid.map((i) => i.field)).toContain('dateNeeded');
    expect(r.fields.dateNeeded).toBeUndefined();
  });
  it('the same date said again, or an event on another day, is no contradiction', () => {
    expect(read(['Date needed: Wed 9 Dec', 'We need it by Wednesday 9 December.']).fields.dateNeeded).toBe(
      '2026-12-09',
    );
    expect(read(['Date needed: 9 Dec', 'Their temporary license expires on 7 December.']).invalid).toEqual([]);
  });
});
