/**
 * Readiness: is every configured part of the bot working? Each part reports itself; the answer names
 * every part, and the bot is ready only when no configured part is down. A part that is not
 * configured (no mailbox settings, no Slack token) is shown as such and does not count.
 */
export type PartState = 'up' | 'down' | 'not-configured';

export interface PartStatus {
  state: PartState;
  /** One line an operator can act on: what is wrong, or what was last seen working. */
  detail: string;
  /** Anything else worth showing (ages in seconds, lease holder, …). */
  [key: string]: unknown;
}

/**
 * The parts the bot is made of. The database is always there; the others exist when configured.
 * `scheduler` is the hook for the timed-work runner: its lease held here, or by a live peer.
 */
export interface HealthSources {
  database: () => PartStatus | Promise<PartStatus>;
  mailbox?: () => PartStatus | Promise<PartStatus>;
  slack?: () => PartStatus | Promise<PartStatus>;
  scheduler?: () => PartStatus | Promise<PartStatus>;
}

export const PART_NAMES = ['database', 'mailbox', 'slack', 'scheduler'] as const;
export type PartName = (typeof PART_NAMES)[number];

export interface Readiness {
  ready: boolean;
  parts: Record<PartName, PartStatus>;
}

const NOT_CONFIGURED: PartStatus = { state: 'not-configured', detail: 'not configured' };

/** Asks every part; a part whose check throws is down, with the error as its detail. */
export async function evaluateReadiness(sources: HealthSources): Promise<Readiness> {
  const parts = {} as Record<PartName, PartStatus>;
  for (const name of PART_NAMES) {
    const source = sources[name];
    parts[name] = source ? await ask(source) : NOT_CONFIGURED;
  }
  const ready = PART_NAMES.every((name) => parts[name].state !== 'down');
  return { ready, parts };
}

async function ask(source: () => PartStatus | Promise<PartStatus>): Promise<PartStatus> {
  try {
    return await source();
  } catch (error) {
    return { state: 'down', detail: `check failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export const up = (detail: string, extra: Record<string, unknown> = {}): PartStatus => ({
  state: 'up',
  detail,
  ...extra,
});
export const down = (detail: string, extra: Record<string, unknown> = {}): PartStatus => ({
  state: 'down',
  detail,
  ...extra,
});

/** "12 s", "4 min", "3 h": how long ago, for details. */
export function describeAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}
