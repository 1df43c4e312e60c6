/** The structured summary the regional Licensing team receives (DOMAIN.md §7, field names of §9). */
import type { LicenseRequestExtraction } from '../../../domain/license-request/schema.ts';

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

export function summariseLicenseRequest(reference: string, extraction: LicenseRequestExtraction): string {
  const lines = [`Reference: ${reference}`, `Kind: ${extraction.kind}`, 'Fields:'];
  lines.push(render(extraction.fields).replace(/^\n/, ''));
  return lines.join('\n');
}
