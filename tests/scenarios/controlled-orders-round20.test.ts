/**
 * Issue 21, round 20: a controlled-software order (DOMAIN.md §5) whose subject names the line short and whose
 * body names the build — the order sent to the desk carries the body's release and platform — and an order
 * whose language is its last item before a new sentence, which is not asked for.
 */
import { describe, expect, it } from 'vitest';
import { ERIN_VERIFIED, email, lastTo, replay, slack } from '../support/replay.ts';

const orderSent = (r: Awaited<ReturnType<typeof replay>>) =>
  r.transcript.filter((t) => t.direction === 'out' && /^care[.@]/.test(t.to ?? '')).at(-1)?.text ?? '';
const asksOf = (r: Awaited<ReturnType<typeof replay>>, to: string) =>
  r.transcript.filter((t) => t.direction === 'out' && t.to === to).flatMap((t) => t.asks ?? []);

describe('issue 21: the release and platform of an order are the body’s fullest naming', () => {
  it('DOMAIN.md §5: a subject "SIP Server 9.0 AIX" over a body ordering the 9.0.012.05 patch for AIX 7.2', async () => {
    const r = await replay([
      email(
        'ben@acme.example',
        [
          'PIN: 739164',
          '',
          'Hello,',
          '',
          'please order the controlled SIP Server 9.0.012.05 patch for AIX 7.2, by FTP, English.',
          'Reason: the lab keeps AIX until the migration in spring.',
          '',
          'Ben',
        ].join('\n'),
        { subject: 'Controlled order - SIP Server 9.0 AIX' },
      ),
    ]);
    const asks = asksOf(r, 'ben@acme.example');
    for (const given of ['os', 'deliveryMethod', 'release', 'reason', 'language']) expect(asks).not.toContain(given);
    const order = orderSent(r);
    expect(order).toContain('Release: SIP Server 9.0.012.05 patch');
    expect(order).toContain('Operating system: AIX 7.2');
    expect(lastTo(r, 'ben@acme.example')).toContain('Case 01000001 is open for your controlled software order.');
  });

  it('DOMAIN.md §5: "FTP is fine, Korean. Reason: …" gives the language; only what is missing is asked', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech pls order the controlled WDE 8.5.118.10, FTP is fine, Korean. Reason: new Busan office',
      ),
      slack('U03ERIN', 'Windows 10 Enterprise'),
    ]);
    const asks = asksOf(r, 'U03ERIN');
    expect(asks).not.toContain('language');
    expect(asks.filter((a) => a === 'os')).toHaveLength(1);
    const order = orderSent(r);
    expect(order).toContain('Language: Korean');
    expect(order).toContain('Operating system: Windows 10 Enterprise');
  });
});
