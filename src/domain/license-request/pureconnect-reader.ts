/**
 * Reads one part of a mail into a PureConnect activation file request (seed 003, "Request a License
 * File"; DOMAIN.md §7). The form's fields are flat, so this is mostly label → normaliser; part numbers
 * also come as tables or bullets (`SW-001-4.0-AL02 x 2`).
 */
import { Collected, type PartContext } from './collector.ts';
import { matchPureConnectLabel, PURECONNECT_MULTILINE, type PureConnectLabel } from './labels.ts';
import { type LayoutEntry, readLayout } from './layout.ts';
import type { SourceLine } from './message-sections.ts';
import {
  type Normalised,
  normaliseDate,
  normaliseEmail,
  normaliseEmailList,
  normaliseGarn,
  normaliseHostId,
  normalisePartNumber,
  normaliseQuantity,
  normaliseYesNo,
  parseCategory,
  parseDeploymentType,
  parseImplementationType,
  parseRequestType,
} from './normalise.ts';
import { scanPureConnectProse } from './pureconnect-prose.ts';
import type { PartNumberLine, PureConnectRecord } from './schema.ts';

const FIELD_LINE = 0.95;
const TABLE_CELL = 0.9;
const text = (raw: string): Normalised<string> => ({ ok: true, value: raw.replace(/\s+/g, ' ').trim(), confidence: 1 });

/** Label → how its value is normalised; labels not listed here need more than one value. */
const NORMALISERS: Partial<Record<PureConnectLabel, (raw: string) => Normalised<unknown>>> = {
  firstName: text,
  lastName: text,
  corporateEmail: normaliseEmail,
  additionalRecipients: normaliseEmailList,
  workPhone: text,
  employer: text,
  endUserAccount: text,
  soldToAccount: text,
  garn: normaliseGarn,
  requestType: parseRequestType,
  category: parseCategory,
  implementationType: parseImplementationType,
  subject: text,
  description: text,
  urgent: normaliseYesNo,
  dateNeeded: normaliseDate,
  dateReasoning: text,
  primaryHostId: normaliseHostId,
  backupHostId: normaliseHostId,
  deploymentType: parseDeploymentType,
  orderNumber: text,
  thirdPartyType: text,
};

export function readPureConnectPart(
  lines: SourceLine[],
  context: PartContext,
  describeFromProse = true,
): Collected<PureConnectRecord> {
  const out = new Collected<PureConnectRecord>(context);
  const parts: PartNumberLine[] = [];
  const prose: { text: string; line: number }[] = [];
  let partsLine = 0;
  let confirmEmail: { value: string; line: number } | undefined;
  const entries = readLayout(lines, matchPureConnectLabel, (f) => PURECONNECT_MULTILINE.has(f));
  const readField = (field: PureConnectLabel, value: string, line: number, confidence: number) => {
    if (value === '' || /^(n\/?a|tbd|-+|\?+|none)$/i.test(value)) return;
    const normalise = NORMALISERS[field];
    if (normalise) {
      if (!out.has(field as keyof PureConnectRecord)) {
        out.setNormalised(field as keyof PureConnectRecord, normalise(value) as never, value, line, confidence);
      }
    } else if (field === 'fullName') {
      const [first, ...rest] = value.replace(/\s+/g, ' ').trim().split(' ');
      if (first && rest.length > 0 && !out.has('firstName')) {
        out.set('firstName', first, line, confidence * 0.9);
        out.set('lastName', rest.join(' '), line, confidence * 0.9);
      }
    } else if (field === 'confirmEmail') confirmEmail = { value, line };
    else if (field === 'partNumber') {
      for (const found of readPartNumbers(value)) parts.push(found);
      partsLine ||= line;
    } else if (field === 'quantity') {
      const quantity = normaliseQuantity(value);
      const last = parts.at(-1);
      if (last && quantity.ok) last.quantity = quantity.value;
    }
  };
  for (const entry of entries) readEntry(entry);
  function readEntry(entry: LayoutEntry<PureConnectLabel>): void {
    if (entry.type === 'field')
      readField(entry.label.field, entry.value, entry.line, FIELD_LINE * entry.label.confidence);
    else if (entry.type === 'table') {
      // In a part number table, "Description" describes the part, not the request.
      const partTable = entry.columns.some((c) => c?.field === 'partNumber');
      for (const row of entry.rows) {
        const order = row.cells
          .map((_, k) => k)
          .sort((a, b) => rank(entry.columns[a]?.field) - rank(entry.columns[b]?.field));
        for (const k of order) {
          const column = entry.columns[k];
          if (partTable && column?.field !== 'partNumber' && column?.field !== 'quantity') continue;
          if (column) readField(column.field, row.cells[k]!, row.line, TABLE_CELL * column.confidence);
        }
      }
    } else if (entry.type === 'prose') prose.push(entry);
  }
  for (const { text: line, line: number } of prose) {
    if (/\bSW-?\s?\d{3}-/i.test(line)) {
      parts.push(...readPartNumbers(line));
      partsLine ||= number;
    }
  }
  if (parts.length > 0) out.set('partNumbers', parts, partsLine, FIELD_LINE);
  checkConfirmation(out, confirmEmail);
  scanPureConnectProse(prose, out, describeFromProse);
  return out;
}

const rank = (field: PureConnectLabel | undefined) => (field === 'partNumber' ? 0 : 1);

/** `SW-001-4.0-AL02 x 2`, `2 x SW-…`, `SW-… (qty 2)`, `SW-…, 2`: each part number with the count beside it. */
export function readPartNumbers(raw: string): PartNumberLine[] {
  const found: PartNumberLine[] = [];
  const pattern =
    /(?:\b(\d+)\s*[x×]\s*)?\b(SW-?\s?\d{3}-\d+\.\d+-[A-Z0-9]+)\b(?:\s*(?:[x×]|qty:?|quantity:?|\(qty:?|[,–:-]|\()\s*(\d+)\)?)?/gi;
  for (const match of raw.matchAll(pattern)) {
    const partNumber = normalisePartNumber(match[2]!);
    if (!partNumber.ok) continue;
    const count = match[1] ?? match[3];
    found.push(count ? { partNumber: partNumber.value, quantity: Number(count) } : { partNumber: partNumber.value });
  }
  return found;
}

/** Seed 003: the form asks for the corporate email twice, "to ensure that you typed it correctly". */
function checkConfirmation(out: Collected<PureConnectRecord>, confirm: { value: string; line: number } | undefined) {
  if (!confirm) return;
  const confirmed = normaliseEmail(confirm.value);
  const email = out.fields.corporateEmail;
  if (!email && confirmed.ok) out.set('corporateEmail', confirmed.value, confirm.line, FIELD_LINE * 0.9);
  else if (email && confirmed.ok && confirmed.value !== email) {
    delete out.fields.corporateEmail;
    out.reject('corporateEmail', `${email} / ${confirmed.value}`, 'the corporate email and its confirmation differ');
  }
}
