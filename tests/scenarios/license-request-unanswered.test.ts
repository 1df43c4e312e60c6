/**
 * docs/rules.md §7, "A reply that answers none of our questions" (issue 25 round 18, the lead's decision): a
 * license request whose reply to our questions gives none of the values asked is routed to the regional
 * Licensing team with what was read, its gaps marked for a person to complete, and the partner is told once
 * that Licensing will ask for the rest — the same questions are never asked twice. A question in that reply
 * is answered as usual; a reply that gives a value goes on as before.
 */
import { describe, expect, it } from 'vitest';
import { ERIN_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

const ERIN = 'erin@northwind.example';
const LICENSING = 'license@genesys.com';

// A PureConnect file request without its deployment type: the bot asks for it.
const REQUEST = [
  'Hi team,',
  '',
  'We need the activation file for Initech, an upgrade of their Interaction Center to 2025 R1.',
  'Primary host id 00:50:56:9A:44:10. SO# 7781234.',
  '',
  'Regards,',
  'Erin Cole',
  'Northwind Partners',
].join('\n');

const ASKED = /I still need/;

function routedMails(r: Awaited<ReturnType<typeof replay>>) {
  return r.transcript.filter((t) => t.direction === 'out' && t.to === LICENSING).map((t) => t.text);
}

describe('rules §7: a reply that answers none of our questions routes the request with its gaps', () => {
  it('by mail: thanks and a question of its own → routed [to complete] with what is missing, the partner told once, never asked again', async () => {
    const r = await replay([
      email(ERIN, REQUEST, { subject: 'AFR for Initech', thread: 'afr-1' }, '+0s'),
      email(ERIN, 'Thank you! Roughly how long does Licensing usually take?', {
        subject: 'Re: AFR for Initech',
        thread: 'afr-1',
      }),
    ]);
    const toErin = toRecipient(r, ERIN);
    expect(toErin[0]).toMatch(ASKED);
    expect(toErin.slice(1).join('\n')).not.toMatch(ASKED);
    expect(toErin.slice(1).join('\n')).toContain('will ask you in this thread for the details still missing');
    expect(toErin.filter((t) => t.includes('will ask you in this thread'))).toHaveLength(1);
    expect(r.licenseRequests).toMatchObject([{ state: 'routed' }]);
    const [routed = ''] = routedMails(r);
    expect(routed).toContain("TO COMPLETE BY A PERSON: the partner's reply to our questions answered none of them");
    expect(routed).toMatch(/Still missing: .*deploymentType/);
    const audit = r.audit.find((a) => a.action === 'license-request.routed');
    expect(audit?.details).toMatchObject({ needsPerson: true, unanswered: true });
  });

  it('by mail: a policy question in that reply is answered after the routing', async () => {
    const r = await replay([
      email(ERIN, REQUEST, { subject: 'AFR for Initech', thread: 'afr-2' }, '+0s'),
      email(ERIN, 'Different topic - will our maintenance fees change after this upgrade?', {
        subject: 'Re: AFR for Initech',
        thread: 'afr-2',
      }),
    ]);
    const later = toRecipient(r, ERIN).slice(1);
    expect(later[0]).toContain('will ask you in this thread');
    expect(later.join('\n')).toMatch(/maintenance fees/i);
    expect(r.licenseRequests).toMatchObject([{ state: 'routed' }]);
  });

  it('by mail: a reply that gives the value asked is merged and routed complete, not [to complete]', async () => {
    const r = await replay([
      email(ERIN, REQUEST, { subject: 'AFR for Initech', thread: 'afr-3' }, '+0s'),
      email(ERIN, 'It is for production.', { subject: 'Re: AFR for Initech', thread: 'afr-3' }),
    ]);
    expect(r.licenseRequests).toMatchObject([{ state: 'routed', fields: { deploymentType: 'production' } }]);
    expect(routedMails(r).join('\n')).not.toContain('TO COMPLETE BY A PERSON');
    expect(toRecipient(r, ERIN).join('\n')).not.toContain('will ask you in this thread');
  });

  it('in Slack: the same — a reply that answers nothing routes the request once, and nothing is asked again', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', REQUEST),
      slack('U03ERIN', 'ok thanks, I will let the customer know'),
    ]);
    const toErin = r.transcript.filter((t) => t.direction === 'out' && t.to === 'U03ERIN').map((t) => t.text);
    const asked = toErin.findIndex((t) => ASKED.test(t));
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(toErin.slice(asked + 1).join('\n')).not.toMatch(ASKED);
    expect(toErin.slice(asked + 1).join('\n')).toContain('will ask you in this thread for the details still missing');
    expect(r.licenseRequests).toMatchObject([{ state: 'routed' }]);
    expect(routedMails(r).join('\n')).toContain('answered none of them');
  });
});
