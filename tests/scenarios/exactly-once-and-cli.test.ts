/** Exactly-once processing (engine.ts dedupe) and the example scripts run through the real CLI. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { handleInbound, type InboundMessage } from '../../src/services/engine/index.ts';
import { runReplay } from '../../src/services/replay/run-replay.ts';
import { ReplayScriptSchema } from '../../src/services/replay/script.ts';
import { schema } from '../../src/store/database.ts';
import { demoEngine, demoImage } from '../support/replay.ts';

describe('exactly once', () => {
  it('DOMAIN.md §4 (engine.ts): the same email delivered twice (same Message-ID) gives one case and one set of replies', async () => {
    const at = new Date('2026-11-23T14:00:00Z');
    const { db, ctx } = await demoEngine(at);
    const message: InboundMessage = {
      channel: 'email',
      sender: { kind: 'email', address: 'ana@acme.example', auth: 'pass' },
      threadKey: 'email:<m1@acme.example>',
      subject: 'SIP Server down',
      text: 'Critical production down: SIP Server 9.0 rejects every call on production\nPIN: 482913',
      attachments: [],
      receivedAt: at,
      dedupeKey: '<m1@acme.example>',
    };
    const first = await handleInbound(ctx, message);
    const outboxAfterFirst = db.select().from(schema.outbox).all().length;
    // Redelivered a minute later (after a crash before the IMAP flag was set, say).
    const second = await handleInbound(ctx, { ...message, receivedAt: new Date(at.getTime() + 60_000) });

    expect(first.status).toBe('processed');
    expect(first.caseNumber).toBe('01000001');
    expect(second.status).toBe('duplicate');
    expect(second.caseNumber).toBe('01000001');
    expect(second.decision).toBe(first.decision);
    const shown = (r: typeof first) => r.replies.map(({ id, recipient, text }) => ({ id, recipient, text }));
    expect(shown(second)).toEqual(shown(first));
    expect(first.replies.map((r) => r.recipient)).toEqual(
      expect.arrayContaining(['ana@acme.example', 'care@vendor.example', 'manager@vendor.example']),
    );
    expect(db.select().from(schema.cases).all()).toHaveLength(1);
    expect(db.select().from(schema.outbox).all()).toHaveLength(outboxAfterFirst);
    expect(db.select().from(schema.inboundMessages).all()).toHaveLength(1);
    db.$client.close();
  });
});

describe('example scripts', () => {
  const scripts = readdirSync('tests/scenarios').filter((f) => f.endsWith('.json'));

  it('every example script in tests/scenarios is valid and runs to the end', async () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const file of scripts) {
      const script = ReplayScriptSchema.parse(JSON.parse(readFileSync(`tests/scenarios/${file}`, 'utf8')));
      const result = await runReplay(script, {
        policy: DEFAULT_POLICY,
        loadDirectory: async () => {},
        image: await demoImage(),
      });
      expect(result.transcript.filter((t) => t.direction === 'out').length, file).toBeGreaterThan(0);
    }
  });

  it('caseline replay --json prints { transcript, cases, licenseRequests, approvals, escalations, audit }', () => {
    const stdout = execFileSync(
      'node',
      ['bin/caseline.js', 'replay', 'tests/scenarios/waiting-on-customer.json', '--json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const output = JSON.parse(stdout) as Record<string, unknown[]>;
    expect(Object.keys(output).sort()).toEqual([
      'approvals',
      'audit',
      'cases',
      'escalations',
      'licenseRequests',
      'pages',
      'tasks',
      'transcript',
    ]);
    expect(output['transcript']?.[0]).toEqual({
      at: '2026-11-23T13:55:00.000Z',
      direction: 'in',
      channel: 'slack',
      from: 'U02CARLA',
      text: 'Interaction Server 9.0 drops chat interactions on production, severity high',
    });
    // Paused 10:00–18:00 New York (8 business hours): Wed 25 Nov 09:00 ET → 17:00 ET.
    expect(output['cases']).toEqual([
      {
        number: '01000001',
        type: 'support',
        state: 'resolved',
        severity: 'high',
        tier: 'business-care',
        system: 'production',
        product: 'Interaction Server',
        version: '9.0',
        soldTo: 'globex',
        endUser: 'globex',
        contact: 'carla@globex.example',
        responseDue: '2026-11-24T16:00:00.000Z',
        targetDue: '2026-11-25T22:00:00.000Z',
        mustCallIn: false,
        description: 'Interaction Server 9.0 drops chat interactions on production, severity high',
        circumstances: 'after the network change on Friday',
        businessImpact: 'Five agents cannot chat with customers',
      },
    ]);
    expect(output['audit']?.length).toBeGreaterThan(3);
    expect(stdout).not.toContain('615283');
  });
});
