/** A Slack user verified through the engine's PIN form directly, for tests about what comes after. */
import { handlePinForm } from '../../../../src/services/engine/index.ts';
import type { Harness } from './slack-harness.ts';

export async function verifyDirectly(h: Harness, userId: string, email: string, pin: string): Promise<void> {
  const result = await handlePinForm(h.ctx, {
    channel: 'slack',
    sender: { kind: 'slack', teamId: 'TCUSTOMER', userId },
    email,
    pin,
    at: h.ctx.now(),
  });
  if (!result.verified) throw new Error(`${email} not verified`);
  await h.settle();
  h.fake.calls.length = 0;
}
