/** Issue 25 §2: provenance and confidence per field; low-confidence values read back, then confirmed or dropped. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { mergeAnswer } from '../../../../src/domain/license-request/merge-answer.ts';

const ALIGNED = [
  'Please order for Contoso: 120 seats of Enterprise Routing Solution 9.0, three-server redundant, for production.',
  'The license servers:',
  '',
  '   licA    3c2a91f0    Solaris 11.4',
  '   licB    3c2a91f1    Solaris 11.4',
  '   licC    3c2a91f2    Solaris 11.4',
].join('\n');

describe('issue 25 §2: where each field came from, and how sure the reader is', () => {
  it('keeps source, line, layout (label, table, prose, header, signature) and confidence per field and per server value', () => {
    const result = extractLicenseRequest({
      body: `${ALIGNED}\n\nThanks,\nMarta Kowalski`,
      subject: 'Order',
    });
    expect(result.provenance['companyName']).toEqual({ source: 'body', line: 1, confidence: 0.8, via: 'prose' });
    expect(result.provenance['licenseServers[1].hostId']).toEqual({
      source: 'body',
      line: 5,
      confidence: 0.65,
      via: 'prose',
    });
    expect(result.provenance['licenseServers[1].os']).toMatchObject({ line: 5, via: 'prose' });
    const labelled = extractLicenseRequest({
      body: 'Company name: Contoso\nHost ID: 0050569a1b2c\nSellable item: SIP Server 8.1',
    });
    expect(labelled.provenance['licenseServers[0].hostId']).toEqual({
      source: 'body',
      line: 2,
      confidence: 0.95,
      via: 'label',
    });
  });

  it('reads back a value read with low confidence instead of asking for it or trusting it silently', () => {
    const result = extractLicenseRequest({ body: ALIGNED });
    expect(result.missing).toEqual([]);
    expect(result.confirmations.map((c) => c.question)).toContain(
      'I read the host ID of license server 2 (licB) as 3c2a91f1 — correct?',
    );
    expect(result.confirmations.every((c) => !c.field.endsWith('hostName'))).toBe(true);
  });

  it('a value read from a label is not read back', () => {
    expect(
      extractLicenseRequest({ body: 'Company name: Contoso\nHost ID: 3c2a91f1\nSellable item: SIP Server 8.1' })
        .confirmations,
    ).toEqual([]);
  });
});

describe('issue 25 §2: the answer to a read-back', () => {
  const record = extractLicenseRequest({ body: ALIGNED });

  it('"yes" confirms every value read back (confidence 1, via confirmed)', () => {
    const merged = mergeAnswer(record, 'Yes, all correct.');
    expect(merged.confirmations).toEqual([]);
    expect(merged.provenance['licenseServers[1].hostId']).toMatchObject({ confidence: 1, via: 'confirmed' });
    expect(merged.fields).toEqual(record.fields);
  });

  it('an answer about something else confirms them too: they were put to the partner, who did not object', () => {
    expect(mergeAnswer(record, 'Thanks!').confirmations).toEqual([]);
  });

  it('a corrected value replaces the one read back', () => {
    const merged = mergeAnswer(record, 'Server 2 Host ID: 3c2a91f9');
    if (merged.kind !== 'engage') throw new Error(merged.kind);
    expect(merged.fields.licenseServers![1]).toMatchObject({ hostName: 'licB', hostId: '3c2a91f9' });
    expect(merged.provenance['licenseServers[1].hostId']).toMatchObject({ source: 'answer', via: 'answer' });
  });

  it('"no" drops the values read back, so they are asked for instead', () => {
    const merged = mergeAnswer(record, 'No, those are wrong.');
    expect(merged.missing).toEqual([
      'licenseServers[0].hostId',
      'licenseServers[1].hostId',
      'licenseServers[2].hostId',
    ]);
  });
});
