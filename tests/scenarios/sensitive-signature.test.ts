/**
 * The signature convention through the engine (issue 21 §7, DOMAIN.md §4): the sender's own signature is
 * how Customer Care reaches them — no warning, nothing kept from staff; anyone else's personal data in
 * the same message is warned about and kept out of what staff see.
 */
import { describe, expect, it } from 'vitest';
import type { ReplayStep } from '../../src/services/replay/script.ts';
import { CARLA_VERIFIED, everythingButInput, lastTo, replay, slack, toRecipient } from '../support/replay.ts';

const OPEN_HIGH: ReplayStep[] = [
  ...CARLA_VERIFIED,
  slack(
    'U02CARLA',
    'Interaction Server 9.0 drops chat interactions on production, severity high',
    '2026-11-23T13:58:00Z',
  ),
  slack('U02CARLA', '5 agents cannot chat', '2026-11-23T13:59:00Z'),
  slack('U02CARLA', 'after the network change on Friday', '2026-11-23T14:00:00Z'),
];
const NOW = '2026-11-23T13:50:00Z';
const SIGNATURE = 'Kind regards,\nCarla Diaz\nContact Center Lead | Globex Inc\nM +1 917 555 0123';

describe('issue 21 §7: the sender’s own signature through the engine', () => {
  it('issue 21 §7: an update signed with the sender’s mobile gets no warning and staff see the signature', async () => {
    const r = await replay(
      [...OPEN_HIGH, slack('U02CARLA', `The drops also hit the web chat widget now.\n\n${SIGNATURE}`)],
      NOW,
    );
    expect(toRecipient(r, 'U02CARLA').join('\n')).not.toMatch(/sensitive data/);
    expect(r.audit.some((a) => a.action === 'message.redacted')).toBe(false);
    expect(lastTo(r, 'care@vendor.example')).toContain('+1 917 555 0123');
  });

  it('issue 21 §7: a colleague’s number in the body of the same signed update is warned about and redacted', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        slack('U02CARLA', `Our on-site tech Raj can reproduce it, call him on +1 646 555 0199.\n\n${SIGNATURE}`),
      ],
      NOW,
    );
    expect(toRecipient(r, 'U02CARLA').join('\n')).toMatch(/sensitive data \(phone number\)/);
    expect(everythingButInput(r)).not.toContain('646 555 0199');
    expect(lastTo(r, 'care@vendor.example')).toContain('+1 917 555 0123');
    expect(r.audit.find((a) => a.action === 'message.redacted')?.details).toEqual({ kinds: ['phone'] });
  });
});
