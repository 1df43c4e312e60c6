/** What cannot be understood gets a clear reply, never a crash (DOMAIN.md §1 for case numbers). */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, CARLA_VERIFIED, lastTo, replay, slack, toRecipient } from '../support/replay.ts';

describe('bad input', () => {
  it('issue 4, bad input: an empty message gets a prompt for what to ask', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', '   ')]);
    expect(lastTo(r, 'U01ANA')).toContain('Your message arrived empty.');
    expect(r.cases).toEqual([]);
  });

  it('issue 4, bad input: 1 MB of text is read up to the limit with a clear reply, and the bot goes on working', async () => {
    const huge = `SIP Server 9.0 drops calls on production, severity low. ${'log line '.repeat(110_000)}`;
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', huge),
      slack('U01ANA', 'cancel'),
      slack('U01ANA', 'my cases'),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana).toContain(
      'Your message is very long, so I read only the first 20000 characters. Please attach logs and long files as attachments rather than pasting them.',
    );
    // The case read from it was still collecting: "cancel" withdrew it, and the list says so by its absence.
    expect(ana.at(-2)).toMatch(/^Cancelled\. Case 01000001 is withdrawn/);
    expect(ana.at(-1)).toBe('There are no cases for the accounts you have access to.');
    expect(r.cases.every((c) => (c.product ?? '').length < 100)).toBe(true);
  });

  it('issue 4, bad input: binary junk is refused as unreadable', async () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', junk)]);
    expect(lastTo(r, 'U01ANA')).toBe(
      'I could not read your message: it looks like binary data rather than text. Please send it again as plain text, and attach files as attachments.',
    );
  });

  it('DOMAIN.md §1: an unknown case number is answered plainly', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'status of case 01234567')]);
    expect(lastTo(r, 'U01ANA')).toBe(
      'I could not find Case 01234567 among the cases of the accounts you have access to.',
    );
  });

  it('DOMAIN.md §1: someone else’s case number gets the same answer as an unknown one, and no details', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity high'),
      ...ANA_VERIFIED.map((s) => ({ ...s, at: '+1m' })),
      slack('U01ANA', 'status of case 01000001'),
      slack('U01ANA', 'case 01000001: please add that it happens daily'),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana.slice(-2)).toEqual([
      'I could not find Case 01000001 among the cases of the accounts you have access to.',
      'I could not find Case 01000001 among the cases of the accounts you have access to.',
    ]);
    expect(r.audit.filter((a) => a.action === 'case.access-refused').map((a) => a.details)).toEqual([
      { reason: 'no-grant' },
      { reason: 'no-grant' },
    ]);
  });
});
