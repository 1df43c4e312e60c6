/**
 * Issue 21, round 11: the dialogue as the promoted held-out part wrote it. A mail answering our question
 * without an In-Reply-To header (a client that drops it, a reply written fresh with the subject kept) goes
 * on with the sender's own dialogue about the tagged case, as the mail channel threads it — in a replay too.
 */
import { describe, expect, it } from 'vitest';
import { email, replay, toRecipient } from '../support/replay.ts';

describe('issue 21 §1: an answer by mail under the case tag, without In-Reply-To', () => {
  it('issue 21 §1: "High, production. It started after …" under "RE: [Case N]" answers the open questions and opens the case', async () => {
    const r = await replay([
      email(
        'carla@globex.example',
        'Hello,\n\nInteraction Server 8.5 stops routing chats to the sales queue: the chats wait forever.\n\nPIN: 615283\n\nCarla',
        { auth: 'pass', subject: 'chats stuck' },
      ),
      email(
        'carla@globex.example',
        'Medium, production. It began after we renamed the sales skill on Thursday; 35 agents get no chats.\n\nCarla',
        { auth: 'pass', subject: 'RE: [Case 01000001] chats stuck' },
        '+20m',
      ),
    ]);
    expect(r.cases).toMatchObject([
      { state: 'open', product: 'Interaction Server', severity: 'medium', system: 'production' },
    ]);
    expect(r.cases[0]!.circumstances).toContain('renamed the sales skill');
    expect(r.cases[0]!.businessImpact).toContain('35 agents');
    expect(toRecipient(r, 'carla@globex.example').join('\n')).not.toMatch(/Case 01000001: collecting/);
  });

  it('issue 21 §1: someone else writing under the same tag does not continue that dialogue', async () => {
    const r = await replay([
      email(
        'carla@globex.example',
        'Hello,\n\nInteraction Server 8.5 stops routing chats to the sales queue: the chats wait forever.\n\nPIN: 615283\n\nCarla',
        { auth: 'pass', subject: 'chats stuck' },
      ),
      email(
        'ana@acme.example',
        'High, production.',
        { auth: 'pass', subject: 'RE: [Case 01000001] chats stuck' },
        '+20m',
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'collecting', severity: null, system: null }]);
  });
});
