/** `caseline replay SCRIPT.json [--json]`: a scripted conversation on a fresh in-memory database. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { understandingReader } from '../../domain/understanding/statistical/index.ts';
import { describeZodIssues } from '../../domain/validation.ts';
import { directoryLoader } from '../../services/replay/load-directory.ts';
import { ReplayError, runReplay } from '../../services/replay/run-replay.ts';
import { ReplayScriptSchema } from '../../services/replay/script.ts';
import { loadPolicy } from '../../store/policy-file.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description('run a scripted conversation against a fresh in-memory database with a fixed clock')
    .argument('<script>', 'replay script (JSON)')
    .option('--json', 'print the transcript and records as JSON')
    .action(async (scriptPath: string, options: { json?: boolean }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(scriptPath, 'utf8'));
      } catch (error) {
        throw new UsageError(`cannot read ${scriptPath}: ${(error as Error).message}`);
      }
      const parsed = ReplayScriptSchema.safeParse(raw);
      if (!parsed.success) throw new UsageError(`${scriptPath}: ${describeZodIssues(parsed.error).join('; ')}`);
      const config = loadConfig();
      const policy = loadPolicy(config.POLICY_FILE);
      let result: Awaited<ReturnType<typeof runReplay>>;
      try {
        result = await runReplay(parsed.data, {
          policy,
          reader: understandingReader(config.INTENT_FALLBACK, config.SLOT_OPINION),
          loadDirectory: directoryLoader(parsed.data.directory, scriptPath, policy.pin),
        });
      } catch (error) {
        if (error instanceof ReplayError) throw new CommandFailed(error.message);
        throw error;
      }
      if (options.json) return printJson(result);
      for (const t of result.transcript) {
        const who = t.direction === 'in' ? `${t.channel} ${t.from} →` : `→ ${t.channel} ${t.to}`;
        printLine(`[${t.at}] ${who}`);
        printLine(`  ${t.text.replace(/\n/g, '\n  ')}`);
      }
      printLine();
      for (const c of result.cases) {
        printLine(
          `case ${c.number}: ${c.type}, ${c.state}, ${c.severity ?? '-'}, ${c.product ?? '-'} ${c.version ?? ''}, response due ${c.responseDue ?? '-'}, target due ${c.targetDue ?? '-'}`,
        );
      }
    });
}
