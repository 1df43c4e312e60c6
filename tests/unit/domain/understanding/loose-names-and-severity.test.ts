/** Issue 21 §8 (products written loosely) and §3/§10 (severities as people write them). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';
import { sentences } from '../../../../src/domain/understanding/text.ts';

const read = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: [] });

describe('issue 21 §8: products and versions written loosely', () => {
  it('issue 21 §8: "Pure Connect", "IWS", "Genesys Admin", "Genesys Administrator Ext" are catalog products', () => {
    expect(read('Pure Connect 2024 R1 queue stats are empty').slots.product?.value).toBe('PureConnect CIC');
    expect(read('IWS 8.1 freezes at login').slots.product?.value).toBe('Workspace Desktop Edition');
    expect(read('Genesys Admin 8.1 shows no permission for all users').slots.product?.value).toBe(
      'Genesys Administrator',
    );
    expect(read('Genesys Administrator Ext 8.5 is very slow').slots.product?.value).toBe(
      'Genesys Administrator Extension',
    );
    expect(read('Genesys Administrator 8.5 is very slow').slots.product?.value).toBe('Genesys Administrator');
  });

  it('issue 21 §8: "ver. 8.5.1" does not end the sentence, so the description keeps the product', () => {
    expect(sentences('interaction server ver. 8.5.1 drops chats. Please help')).toHaveLength(2);
    expect(read('stat server ver. 8.5.1 crashes every night').slots.description?.value).toContain('stat server');
  });

  it('issue 21 §1: "white screen" and "greyed out" are problems', () => {
    expect(read('Workspace Desktop 8.5 shows a white screen after login').intents[0]?.intent).toBe('open-case');
  });
});

describe('issue 21 §10: severities as people write them', () => {
  it('issue 21 §10: "we consider this critical", "hi priority", "mid prio" are the levels asked for', () => {
    expect(readSeverity('SIP Server drops calls, we consider this critical').value).toBe('critical');
    expect(readSeverity('SIP Server drops calls, I would classify it as high').value).toBe('high');
    expect(readSeverity('drops calls, hi priority').value).toBe('high');
    expect(readSeverity('drops calls, mid prio').value).toBe('medium');
  });

  it('issue 21 §10: a greeting "hi" is no severity', () => {
    expect(readSeverity('hi, SIP Server 9.0 drops calls').value).toBeUndefined();
  });
});
