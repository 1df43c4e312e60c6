/**
 * `caseline ingest FILE.eml [--dry-run] [--json]`: one message through the mail channel's own path
 * (ingest-message.ts) against the configured store: PostgreSQL with DATABASE_URL, else CASELINE_DB. Mail
 * settings come from the configuration where present, else the local defaults of mail-settings.ts (no
 * trusted authserv-id: every sender's auth is 'none'). --dry-run decides and writes nothing: the run
 * happens in a unit of work that is rolled back (rolled-back.ts, which also keeps PostgreSQL's case
 * numbers from skipping one) and attachments go to a temporary directory that is removed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type IngestResult, ingestMessage } from '../../channels/email/ingest-message.ts';
import { mailSettingsFrom } from '../../channels/email/mail-settings.ts';
import { loadConfig } from '../../config.ts';
import { understandingReader } from '../../domain/understanding/statistical/index.ts';
import { createEngineContext } from '../../services/engine/index.ts';
import { openStore } from '../../store/open-store.ts';
import { loadPolicy } from '../../store/policy-file.ts';
import { UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';
import { rolledBack } from '../rolled-back.ts';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('run one mail (.eml) through the mailbox channel: decide, record and queue the replies')
    .argument('<file>', 'the message as .eml')
    .option('--dry-run', 'decide and print, write nothing')
    .option('--json', 'print { decision, reason, case, replies } as JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }) => {
      let raw: Buffer;
      try {
        raw = await readFile(file);
      } catch (error) {
        throw new UsageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
      }
      const result = await ingestFile(raw, options.dryRun === true);
      if (options.json) {
        const { duplicate: _duplicate, ...shown } = result;
        return printJson(shown);
      }
      printSummary(result, options.dryRun === true);
    });
}

async function ingestFile(raw: Buffer, dryRun: boolean): Promise<IngestResult> {
  const config = loadConfig();
  const policy = loadPolicy(config.POLICY_FILE);
  const store = await openStore(config, { max: 3 });
  const { db } = store;
  const scratch = dryRun ? mkdtempSync(join(tmpdir(), 'caseline-ingest-')) : null;
  const settings = { ...mailSettingsFrom(config), ...(scratch ? { attachmentDir: scratch } : {}) };
  if (!scratch) mkdirSync(settings.attachmentDir, { recursive: true });
  const ctx = createEngineContext({
    db,
    policy,
    staffChannel: config.channels.mailbox ? 'email' : 'console',
    reader: understandingReader(config.INTENT_FALLBACK, config.SLOT_OPINION),
  });
  try {
    if (!dryRun) return await ingestMessage(ctx, settings, raw);
    return await rolledBack(db, async () => await ingestMessage(ctx, settings, raw));
  } finally {
    await store.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function printSummary(result: IngestResult, dryRun: boolean): void {
  printLine(
    `${dryRun ? 'dry run — nothing written. ' : ''}decision: ${result.decision}${result.duplicate ? ' (seen before)' : ''}`,
  );
  if (result.reason) printLine(`reason: ${result.reason}`);
  printLine(`case: ${result.case ?? 'none'}`);
  if (result.replies.length === 0) printLine('replies: none');
  for (const reply of result.replies) {
    printLine('');
    printLine(`to: ${reply.to}`);
    printLine(`subject: ${reply.subject}`);
    printLine(reply.text);
  }
}
