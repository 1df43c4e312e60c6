import { describe, expect, it } from 'vitest';
import { createSlackHealth } from '../../../src/health/slack-health.ts';

describe('issue 23 §1 with issue 19: Slack in readiness', () => {
  it('Socket Mode is down until connected, up while connected, down with the reason once the socket drops', () => {
    let clock = 0;
    const health = createSlackHealth('socket', () => clock);
    expect(health.status().state).toBe('down');
    health.connected();
    clock += 5_000;
    expect(health.status()).toMatchObject({ state: 'up', connected: true });
    health.disconnected('pong timeout');
    expect(health.status()).toMatchObject({ state: 'down', connected: false });
    expect(health.status().detail).toContain('pong timeout');
  });

  it('HTTP mode is up: Slack reaches the bot through the HTTP server that answers /readyz', () => {
    expect(createSlackHealth('http').status().state).toBe('up');
  });
});
