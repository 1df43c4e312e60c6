/**
 * The structured summary the regional Licensing team receives (DOMAIN.md §7, field names of §9), with
 * how to handle it: urgency and date needed, a request a person must complete (written in another
 * language: what was read and what is still missing), values read with low confidence that the partner
 * did not confirm, and notes such as a spreadsheet read only in part.
 */
import type { LicenseRequestExtraction } from '../../../domain/license-request/schema.ts';

const LANGUAGES: Record<string, string> = {
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  ja: 'Japanese',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};

function render(value: unknown, indent = '  '): string {
  if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${render(v, `${indent}  `).trimStart()}`).join('');
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `\n${indent}${k}: ${render(v, `${indent}  `).trimStart()}`)
      .join('');
  }
  return String(value);
}

export function summariseLicenseRequest(
  reference: string,
  extraction: LicenseRequestExtraction,
  unanswered = false,
): string {
  const { handling } = extraction;
  const lines = [`Reference: ${reference}`, `Kind: ${extraction.kind}`];
  if (unanswered && !handling.needsPerson) {
    lines.push(
      "TO COMPLETE BY A PERSON: the partner's reply to our questions answered none of them; the fields below are what could be read, and the partner was told you will ask them for the rest.",
    );
    if (extraction.missing.length > 0) lines.push(`Still missing: ${extraction.missing.join(', ')}`);
    for (const i of extraction.invalid) lines.push(`To check: ${i.field} (${i.problem})`);
  }
  if (handling.needsPerson) {
    lines.push(
      `TO COMPLETE BY A PERSON: the request is written in ${LANGUAGES[handling.language] ?? handling.language}; the fields below are what could be read automatically.`,
    );
    if (extraction.missing.length > 0) lines.push(`Still missing: ${extraction.missing.join(', ')}`);
  }
  if (handling.urgent) lines.push('Urgent: yes');
  if (handling.dateNeeded)
    lines.push(`Date needed: ${handling.dateNeeded}${handling.dateReasoning ? ` (${handling.dateReasoning})` : ''}`);
  lines.push('Fields:', render(extraction.fields).replace(/^\n/, ''));
  const unconfirmed = extraction.confirmations;
  if (unconfirmed.length > 0) {
    lines.push('Read with low confidence, not confirmed by the partner:');
    for (const c of unconfirmed) lines.push(`  - ${c.field}: ${c.value}`);
  }
  for (const note of handling.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
