// The engine over the demo directory in memory, fed raw MIME through `ingestMessage` as the IMAP channel and
// `caseline ingest` feed it, at a fixed clock: for the red team's mail-path tests.
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings } from './mail-harness.ts';

/** A factory of fresh engines, each with its own database; files go to `attachmentDir`. */
export function ingestEngineAt(now: Date, attachmentDir: string) {
  return async () => {
    const db = openDatabase(':memory:', { image: await demoImage() });
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => now });
    return { db, ctx, ingest: (raw: Buffer) => ingestMessage(ctx, ingestSettings(attachmentDir), raw) };
  };
}
