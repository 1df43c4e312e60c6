/** The staff side's pure builders (issue 20): the cards as docs/slack.md shows them, and their rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCard, parseTakeValue } from '../../../../src/channels/slack/blocks/case-card.ts';
import { pageDm } from '../../../../src/channels/slack/blocks/page-dm.ts';
import { repoRoot } from '../../cli/run-caseline.ts';
import { APPROVAL_CARD, APPROVED_CARD, CASE_CARD, PAGE_DM } from './staff-card-examples.ts';

const docs = readFileSync(join(repoRoot, 'docs/slack.md'), 'utf8');

describe('staff cards (issue 20)', () => {
  it('issue 20 (done when): docs/slack.md shows each card’s Block Kit exactly as the builders make it', () => {
    for (const card of [CASE_CARD, APPROVAL_CARD, APPROVED_CARD, PAGE_DM]) {
      expect(docs).toContain(JSON.stringify(card, null, 2));
    }
  });

  it('issue 20 §2: the case card escapes customer text, names the owner by mention, and loses its buttons once closed', () => {
    const view = JSON.parse(JSON.stringify(CASE_CARD)) as typeof CASE_CARD;
    expect(JSON.stringify(view.blocks)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(view.blocks)).not.toContain('<!channel>');
    expect(JSON.stringify(view.blocks)).toContain('<@U09ANALYST>');
    const closed = caseCard({
      number: '01000001',
      state: 'closed',
      type: 'support',
      severity: null,
      tier: null,
      account: 'a / b',
      product: null,
      version: null,
      system: null,
      region: null,
      responseDue: null,
      targetDue: null,
      zone: 'UTC',
      targetKind: null,
      mustCallIn: true,
      customerCarePhone: '+1 800',
      description: null,
      owner: null,
      history: ['closed by <@U1>'],
      pages: [],
      revision: 9,
    });
    expect(closed.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(closed.blocks)).toContain('must be called in');
    expect(JSON.stringify(closed.blocks)).toContain('closed by &lt;@U1&gt;');
  });

  it('issue 20 §2: the Take button carries the owner the card showed (compare-and-set), and only a well-formed value is read', () => {
    expect(parseTakeValue('01000001:')).toEqual({ number: '01000001', expectedOwner: null });
    expect(parseTakeValue('01000001:12')).toEqual({ number: '01000001', expectedOwner: 12 });
    expect(parseTakeValue('1:2')).toBeUndefined();
    expect(parseTakeValue(undefined)).toBeUndefined();
  });

  it('issue 20 §4: an acknowledged page DM says who and loses its button', () => {
    const acknowledged = pageDm({
      pageId: 1,
      reference: 'P-000001',
      caseNumber: '01000001',
      body: 'SLA at risk',
      state: 'acknowledged',
      acknowledgedBy: { name: 'Mia Chen', slackUserId: 'U09MANAGER' },
      acknowledgedAt: '2026-11-23T15:00:00.000Z',
      closedReason: null,
      zone: 'America/New_York',
      revision: 2,
    });
    expect(acknowledged.blocks.some((b) => b.type === 'actions')).toBe(false);
    // Each reader sees the time in their own zone; the fallback is readable in the region's, never ISO.
    expect(JSON.stringify(acknowledged.blocks)).toContain(
      'Acknowledged by <@U09MANAGER> <!date^1795446000^{date_short_pretty} at {time}|Mon 23 Nov, 10:00 EST>',
    );
  });
});
