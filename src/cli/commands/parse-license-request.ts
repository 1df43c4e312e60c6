/**
 * `caseline parse-license-request FILE.eml|FILE.txt [--json]`: reads a partner's license request into
 * the record of DOMAIN.md §9 and says what is missing (issue 5). Unreadable file → exit 2.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractLicenseRequest } from '../../domain/license-request/extract.ts';
import { readRequestMail } from '../../services/license-request/read-request-mail.ts';
import { UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

export function registerParseLicenseRequestCommand(program: Command): void {
  program
    .command('parse-license-request')
    .description('read a license request mail (.eml or .txt) into a structured record')
    .argument('<file>', 'the request as .eml or plain text')
    .option('--json', 'print the record as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new UsageError(`cannot read ${file} (${code})`);
      }
      const mail = await readRequestMail(file, content).catch((error: unknown) => {
        throw new UsageError(`cannot parse ${file}: ${error instanceof Error ? error.message : String(error)}`);
      });
      const { kind, fields, missing, invalid, questions, confirmations, handling, provenance } = extractLicenseRequest(
        mail.input,
      );
      if (options.json) {
        return printJson({ kind, fields, missing, invalid, questions, confirmations, handling, provenance });
      }
      printLine(`kind: ${kind}`);
      for (const [name, value] of Object.entries(fields)) printLine(`${name}: ${JSON.stringify(value)}`);
      printLine(missing.length > 0 ? `missing: ${missing.join(', ')}` : 'missing: none');
      for (const problem of invalid) printLine(`invalid: ${problem.field} = ${problem.value} (${problem.problem})`);
      for (const question of questions) printLine(`? ${question.question} e.g. ${question.example}`);
      for (const confirmation of confirmations) printLine(`confirm: ${confirmation.question}`);
      if (handling.language !== 'en') printLine(`language: ${handling.language} (routed for a person to complete)`);
      if (handling.urgent) printLine('urgent: yes');
      if (handling.dateNeeded) printLine(`date needed: ${handling.dateNeeded}`);
      for (const note of handling.notes) printLine(`note: ${note}`);
      for (const note of mail.notes) printLine(`note: ${note}`);
    });
}
