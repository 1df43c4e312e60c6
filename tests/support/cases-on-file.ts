/** A database file with the demo directory and `count` open cases, made through the engine as a contact would. */
import { writeFileSync } from 'node:fs';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../src/services/engine/index.ts';
import { openDatabase } from '../../src/store/database.ts';
import { demoImage } from './replay.ts';

export async function databaseWithCases(path: string, count: number): Promise<string[]> {
  writeFileSync(path, await demoImage());
  const db = openDatabase(path);
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY });
  const sender = { kind: 'console' as const, email: 'ana@acme.example' };
  const numbers: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const at = new Date(Date.UTC(2026, 10, 23, 14, i));
      const threadKey = `console:ana:${i}`;
      await handlePinForm(ctx, { channel: 'console', sender, email: 'ana@acme.example', pin: '482913', at, threadKey });
      const result = await handleInbound(ctx, {
        channel: 'console',
        sender,
        threadKey,
        text: `Our production SIP Server 9.0 is down at site ${i}, no calls at all`,
        attachments: [],
        receivedAt: at,
      });
      if (!result.caseNumber) throw new Error(`no case opened: ${result.decision}`);
      numbers.push(result.caseNumber);
    }
  } finally {
    db.$client.close();
  }
  return numbers;
}
