/** What bench/slack.bench.ts and its load client (bench/slack-load-client.ts) share. */
export interface RunOrder {
  type: 'flood' | 'paced';
  url: string;
  secret: string;
  /** Conversations [from, to): Slack user UB<i> in DM channel DB<i>, four messages in one thread. */
  from: number;
  to: number;
  concurrency?: number;
  rate?: number;
}

export const TEXTS = [
  'Calls drop after 30 seconds on our SIP Server 9.0 in production',
  'medium',
  'It started after the upgrade last night',
  'About 20 agents are affected',
];
