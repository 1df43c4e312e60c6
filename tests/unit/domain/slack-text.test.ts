import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSlackText, slackText, truncateSlackText } from '../../../src/domain/slack-text.ts';

describe('issue 18 §8: customer text bound for Slack is escaped and cut safely', () => {
  it('escapes the three characters Slack reads as markup, and only those', () => {
    expect(escapeSlackText('<!channel> ping <@U123> see <http://evil.example|our portal> & "more"')).toBe(
      '&lt;!channel&gt; ping &lt;@U123&gt; see &lt;http://evil.example|our portal&gt; &amp; "more"',
    );
    expect(escapeSlackText('*bold* _it_ `code` ~x~')).toBe('*bold* _it_ `code` ~x~');
  });

  it('cuts escaped text without splitting an entity', () => {
    const escaped = escapeSlackText('Tom & Jerry <3');
    for (let max = 1; max <= escaped.length + 2; max++) {
      const cut = truncateSlackText(escaped, max);
      expect(cut.length).toBeLessThanOrEqual(Math.max(max, 1));
      expect(cut.replace(/…$/, '')).not.toMatch(/&(?:a|am|amp|l|lt|g|gt)?$/);
    }
    expect(slackText('<http://evil.example|click here> please', 20)).toBe('&lt;http://evil.exa…');
  });

  it('property: no text, however cut, reaches Slack with a raw < or > or a broken entity', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.integer({ min: 1, max: 220 }), (text, max) => {
        const out = slackText(text, max).replace(/…$/, '');
        expect(out).not.toMatch(/[<>]/);
        expect(out.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }),
      { numRuns: 500 },
    );
  });
});
