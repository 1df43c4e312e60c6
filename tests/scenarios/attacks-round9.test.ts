/**
 * Holes found by the round-9 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix. The mail parser's holes are in tests/integration/email/attacks-round9.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

const NOT_COVERED =
  'Your access does not cover Umbrella Retail: I can act only for Initech KK (through Northwind Partners), so I have not opened, ordered or changed anything.';

describe('an account the sender does not hold, named after "for" mid-sentence', () => {
  const frank = (text: string, attachments: unknown[] = []) =>
    email('frank@northwind.example', `PIN: 264819\n${text}`, { subject: 'Request', attachments });

  it.each([
    ['download steps', 'How do I download Workspace Desktop Edition 8.5 for Umbrella Retail?'],
    [
      'a temporary license',
      'We need an emergency temporary license for Umbrella Retail, their license server died in production.',
    ],
    [
      'a case',
      'Workspace Desktop Edition 8.5 crashes at login in production for Umbrella Retail since yesterday, severity high, 40 agents.',
    ],
  ])(
    'DOMAIN.md §1: %s for Umbrella from a contact who holds Initech only are refused, not given for Initech',
    async (_what, text) => {
      const r = await replay([frank(text)]);
      const toFrank = toRecipient(r, 'frank@northwind.example').join('\n');
      expect(toFrank).toContain(NOT_COVERED);
      expect(toFrank).not.toContain('To download');
      expect(toFrank).not.toContain('original license file');
      expect(r.cases).toEqual([]);
    },
  );

  it('DOMAIN.md §1: the same questions for Initech, or without a company, are answered for Initech', async () => {
    const r = await replay([
      frank('How do I download Workspace Desktop Edition 8.5 for Initech?'),
      email('frank@northwind.example', 'How do I download Workspace Desktop Edition 8.5?', { subject: 'Request' }),
    ]);
    const toFrank = toRecipient(r, 'frank@northwind.example');
    expect(toFrank.filter((t) => t.startsWith('To download Workspace Desktop Edition for Initech KK'))).toHaveLength(2);
  });
});

describe('a company named with Greek or Cyrillic letters drawn like Latin ones', () => {
  it.each([
    [
      'a Cyrillic е',
      'For Umbr\u0435lla Retail: Workspace Desktop Edition 8.5 crashes at login on production, severity high, since the update yesterday, 40 agents.',
    ],
    [
      'Cyrillic е and а after a label',
      'End User: Umbrella R\u0435t\u0430il\nWorkspace Desktop Edition 8.5 crashes at login on production, severity high, since the update yesterday, 40 agents.',
    ],
  ])(
    'DOMAIN.md §1: "Umbrella" spelt with %s is still Umbrella: refused for a contact who holds Initech only, no case filed under Initech',
    async (_how, text) => {
      const r = await replay([email('frank@northwind.example', `PIN: 264819\n${text}`, { subject: 'Request' })]);
      expect(toRecipient(r, 'frank@northwind.example').join('\n')).toContain(NOT_COVERED);
      expect(r.cases).toEqual([]);
    },
  );
});

describe('text that made the readers’ patterns run for minutes', () => {
  // Before the fix each of these held the engine (and so every channel) for minutes: lookbehinds going back
  // over a run of blanks at each of its characters, a question pattern retried from every character.
  it.each([
    ['tabs', `Our production SIP Server 9.0 drops calls${'\t'.repeat(3000)}severity medium`],
    ['spaces', `Our production SIP Server 9.0 drops calls${' '.repeat(3000)}severity medium`],
    ['one long word', `Our production SIP Server 9.0 drops calls ${'X'.repeat(19_000)}`],
  ])(
    'issue 18: a Slack message with %s in a row is answered within seconds, its words kept',
    async (_what, text) => {
      const started = Date.now();
      const r = await replay([...ANA_VERIFIED, slack('U01ANA', text)]);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(toRecipient(r, 'U01ANA').length).toBeGreaterThan(1);
      expect(r.cases[0]?.product).toBe('SIP Server');
    },
    60_000,
  );
});
