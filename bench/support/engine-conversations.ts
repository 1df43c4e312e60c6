/**
 * The conversations bench:engine drives through the core (shared by the SQLite run, the PostgreSQL run
 * and its worker processes): designated contacts verify their PIN, then each conversation opens a case
 * in four messages. `first` offsets the thread keys, so that several processes on one database hold
 * different conversations.
 */
import { performance } from 'node:perf_hooks';
import { handleInbound, handlePinForm } from '../../src/services/engine/index.ts';
import type { EngineContext } from '../../src/services/engine/types.ts';

const CONTACTS = [
  { email: 'ana@acme.example', pin: '482913', product: 'SIP Server 9.0' },
  { email: 'ben@acme.example', pin: '739164', product: 'Genesys Info Mart 8.5' },
  { email: 'carla@globex.example', pin: '615283', product: 'Interaction Server 8.1' },
];
const OPENINGS = [
  'Calls drop after 30 seconds on our {product} in production',
  'Agents cannot log in to {product} on the test system since this morning',
  'Reports are slow on {product} in production, severity medium',
];
export const MESSAGES_PER_CONVERSATION = 4;

/** A simulated clock moving one second per message, from the bench's Monday afternoon. */
export function benchClock(start = '2026-11-23T14:00:00Z'): { now: () => Date; tick: () => Date } {
  let clock = new Date(start);
  return {
    now: () => clock,
    tick: () => {
      clock = new Date(clock.getTime() + 1000);
      return clock;
    },
  };
}

export async function verifyContacts(ctx: EngineContext, tick: () => Date, label = 'bench'): Promise<void> {
  for (const c of CONTACTS) {
    await handlePinForm(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: c.email },
      email: c.email,
      pin: c.pin,
      at: tick(),
      threadKey: `${label}:${c.email}:pin`,
    });
  }
}

export interface ConversationRun {
  messages: number;
  /** Milliseconds per message, in order. */
  latencies: number[];
}

export async function runConversations(
  ctx: EngineContext,
  options: { first?: number; count: number; tick: () => Date; every1000?: () => void },
): Promise<ConversationRun> {
  const latencies: number[] = [];
  const first = options.first ?? 0;
  for (let i = first; i < first + options.count; i++) {
    const contact = CONTACTS[i % CONTACTS.length]!;
    const threadKey = `bench:${contact.email}:${i}`;
    const opening = OPENINGS[i % OPENINGS.length]!.replace('{product}', contact.product);
    for (const text of [opening, 'medium', 'It started after the upgrade last night', 'About 20 agents are affected']) {
      const t0 = performance.now();
      await handleInbound(ctx, {
        channel: 'console',
        sender: { kind: 'console', email: contact.email },
        threadKey,
        text,
        attachments: [],
        receivedAt: options.tick(),
      });
      latencies.push(performance.now() - t0);
    }
    if ((i - first) % 1000 === 0) options.every1000?.();
  }
  return { messages: latencies.length, latencies };
}
