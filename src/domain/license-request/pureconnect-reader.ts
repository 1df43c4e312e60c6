/**
 * Reads one part of a mail into a PureConnect activation file request (seed 003, "Request a License
 * File"; DOMAIN.md §7). The form's fields are flat, so this is mostly label → normaliser; part numbers
 * also come as tables or bullets (`SW-001-4.0-AL02 x 2`).
 */
import { withoutRemark } from './account-names.ts';
import { Collected, dateContextOf, dateOf, type PartContext } from './collector.ts';
import { LEGAL_FORM } from './company-name-grammar.ts';
import { COUNT_HEADER } from './count-markers.ts';
import { findHostIds } from './host-id-tokens.ts';
import { matchPureConnectLabel, PURECONNECT_LISTS, PURECONNECT_MULTILINE, type PureConnectLabel } from './labels.ts';
import { type LayoutEntry, readLayout } from './layout.ts';
import type { SourceLine } from './message-sections.ts';
import {
  GARN_DIGITS,
  type Normalised,
  normaliseDate,
  normaliseEmail,
  normaliseEmailList,
  normaliseGarn,
  normaliseHostId,
  normaliseOrderNumber,
  normaliseQuantity,
  normaliseYesNo,
  parseCategory,
  parseDeploymentType,
  parseImplementationType,
  parseRequestType,
} from './normalise.ts';
import { NOT_GIVEN } from './not-given.ts';
import { numberWordsAsDigits } from './number-words.ts';
import { readPartNumbers } from './part-numbers.ts';
import { formLineName } from './person-names.ts';
import { readPureConnectProse } from './pureconnect-prose.ts';
import type { PartNumberLine, PureConnectRecord } from './schema.ts';
import { parseDateInWords } from './timing.ts';

const FIELD_LINE = 0.95;
const TABLE_CELL = 0.9;
const text = (raw: string): Normalised<string> => ({ ok: true, value: raw.replace(/\s+/g, ' ').trim(), confidence: 1 });
const account = (raw: string): Normalised<string> => ({ ok: true, value: withoutRemark(raw), confidence: 1 });

/** Label → how its value is normalised; labels not listed here need more than one value. */
const NORMALISERS: Partial<Record<PureConnectLabel, (raw: string) => Normalised<unknown>>> = {
  firstName: text,
  lastName: text,
  corporateEmail: normaliseEmail,
  additionalRecipients: normaliseEmailList,
  workPhone: text,
  employer: account,
  endUserAccount: account,
  soldToAccount: account,
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
  orderNumber: normaliseOrderNumber,
  thirdPartyType: text,
};

/** Fields where a second, different labelled value is a contradiction to ask about, not a detail to add. */
const SINGLE_VALUED = new Set<PureConnectLabel>([
  'corporateEmail',
  'garn',
  'requestType',
  'category',
  'implementationType',
  'dateNeeded',
  'primaryHostId',
  'backupHostId',
  'deploymentType',
  'orderNumber',
]);
const BRACKET_NOTE = /\(\s*([\p{L} -]{2,30}?)\s*\)\s*$/u;
const CONTACT_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** `+91 44 4210 7788 Extn. 115`, `(503) 555-0114 x22`: a phone number with its extension. */
const CONTACT_PHONE = /\+?\(?\d[\d\s().-]{6,}\d(?:\s*(?:ext|extn|x|poste|Durchwahl)\.?\s*\d+)?/i;
const ASAP =
  /^\s*(?:asap|a\.s\.a\.p\.?|as soon as possible|immediately|urgent(?:ly)?|dringend|urgente|至急)\s*[.!]*\s*$/i;

/** A table row for the partner's account (its own GARN beside the End User's). */
const PARTNER_ROW = /^\s*(?:sold[\s-]*to|reseller|partner|distributor|bill[\s-]*to)\b/i;

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
  let orderLabel = '';
  const entries = readLayout(lines, matchPureConnectLabel, {
    multiline: (f) => PURECONNECT_MULTILINE.has(f),
    list: (f) => PURECONNECT_LISTS.has(f),
    names: (f) => ACCOUNT_FIELDS.has(f),
  });
  // The address and the phone written after a name on its label's line.
  const readContactDetails = (details: string, line: number, confidence: number) => {
    const email = CONTACT_EMAIL.exec(details)?.[0];
    if (email && !out.has('corporateEmail'))
      out.setNormalised('corporateEmail', normaliseEmail(email), email, line, confidence);
    const phone = CONTACT_PHONE.exec(details)?.[0]?.trim();
    if (phone && !out.has('workPhone')) out.set('workPhone', phone, line, confidence);
  };
  const readField = (field: PureConnectLabel, value: string, line: number, confidence: number, label = '') => {
    if (value === '' || NOT_GIVEN.test(value)) return;
    // "IC server MAC (primary): …" / "IC server MAC (backup): …": the role the label's words give.
    if (field === 'primaryHostId' && BACKUP_ROLE.test(label)) field = 'backupHostId';
    else if (field === 'backupHostId' && PRIMARY_ROLE.test(label) && !BACKUP_ROLE.test(label)) field = 'primaryHostId';
    // "End User: Alpine Ridge Resorts Ltd. (GARN 0204471)": the GARN written beside the account.
    const garn = ACCOUNT_FIELDS.has(field) ? GARN_BESIDE.exec(value) : null;
    if (garn && !out.has('garn')) out.setNormalised('garn', normaliseGarn(garn[1]!), garn[1]!, line, confidence);
    if (field === 'dateNeeded' && ASAP.test(value)) {
      if (!out.has('urgent')) out.set('urgent', true, line, confidence);
      return;
    }
    // A bare "Type: new deployment" names whichever of the tool's types its value is; none is no error.
    // "Type: new deployment, production": each piece names one of them.
    if (field === 'requestType' && /^\s*type\s*$/i.test(label)) {
      for (const piece of value.split(/\s*(?:[,;/+]|\band\b)\s*/)) {
        for (const choice of ['requestType', 'implementationType', 'deploymentType'] as const) {
          const read = NORMALISERS[choice]!(piece);
          if (read.ok && !out.has(choice)) {
            out.set(choice, read.value as never, line, confidence * 0.9);
            break;
          }
        }
      }
      return;
    }
    // "New MAC: 00-1B-21-… (production)": the server's deployment noted in brackets beside its id (round 16 §10).
    const note = HOST_ID_FIELDS.has(field) ? BRACKET_NOTE.exec(value)?.[1] : undefined;
    const deployment = note ? parseDeploymentType(note) : undefined;
    if (deployment?.ok && !out.has('deploymentType'))
      out.set('deploymentType', deployment.value, line, confidence * 0.9);
    const normalise = NORMALISERS[field];
    if (normalise) {
      const key = field as keyof PureConnectRecord;
      let normalised =
        field === 'dateNeeded'
          ? normaliseDate(value, { dayFirst: context.dayFirst, reference: dateOf(context) })
          : normalise(value);
      if (field === 'dateNeeded') {
        const inWords = normalised.ok ? undefined : parseDateInWords(value, dateContextOf(context));
        if (inWords) normalised = { ok: true, value: inWords.value, confidence: inWords.confidence };
        // "10-Mar-2025 (UAT kick-off)", "20.01.2025 - go-live on the 21st": the reason comes with the date.
        const reason = /\d[^(]*?(?:\(([^)]{3,80})\)|\s[–-]\s+(.{3,80}))\s*$/.exec(value);
        if (normalised.ok && reason && !out.has('dateReasoning'))
          out.set('dateReasoning', (reason[1] ?? reason[2])!.trim(), line, confidence * 0.8);
      }
      // "Host IDs: 00-50-… (primary), 00-50-… (backup)": several ids, each said which it is — read as a sentence.
      if (!normalised.ok && (field === 'primaryHostId' || field === 'backupHostId') && findHostIds(value).length > 0) {
        prose.push({ text: `${label}: ${value}`, line });
        return;
      }
      // "Urgent: we need an activation file for an upgrade …": a sentence after a label is prose; the
      // label still says what it says (urgent).
      if (!normalised.ok && value.split(/\s+/).length >= 4) {
        if (field === 'urgent' && !out.has('urgent')) out.set('urgent', true, line, confidence);
        prose.push({ text: value, line });
        return;
      }
      if (!out.has(key)) {
        out.setNormalised(key, normalised as never, value, line, confidence);
        if (field === 'orderNumber') orderLabel = label;
      } else if (field === 'orderNumber' && normalised.ok) {
        const settled = settleOrder(String(out.fields.orderNumber), orderLabel, normalised.value as string, label);
        if (settled === 'contradiction') out.contradict(key, String(out.fields[key]), String(normalised.value));
        else if (settled === 'second') {
          out.set('orderNumber', normalised.value as string, line, confidence);
          orderLabel = label;
        }
      } else if (SINGLE_VALUED.has(field) && normalised.ok && out.fields[key] !== normalised.value) {
        out.contradict(key, String(out.fields[key]), String(normalised.value));
      }
    } else if (field === 'fullName') {
      // "Name: Tomás Herrera, tomas@…, +54 …", "Contact: Julia Novak (julia@…, +420 …)": the name is what comes
      // before the contact details, which give the address and the phone (round 16 §4).
      const [name, ...details] = value.split(/\s*(?:[,;|]|\((?!\d{2,5}\)))\s*(?=\S*@|\+?\(?\d)/);
      readContactDetails(details.join(', ').replace(/\)\s*$/, ''), line, confidence * 0.9);
      // "Lindqvist, Anna": the family name before a comma (person-names.ts).
      const person = formLineName(name!);
      // "Account | Name | GARN" over "Sold To | Merlion Distribution Pte Ltd | …": a name with a legal form is an
      // account's, not the writer's (round 15).
      if (person && !out.has('firstName') && !COMPANY_NAME.test(name!)) {
        out.set('firstName', person.firstName, line, confidence * 0.9);
        out.set('lastName', person.lastName, line, confidence * 0.9);
      }
    } else if (field === 'confirmEmail') confirmEmail = { value, line };
    else if (field === 'partNumber') {
      for (const found of readPartNumbers(value)) parts.push(found);
      partsLine ||= line;
    } else if (field === 'quantity') {
      // "twelve": a count in words is its number.
      const quantity = normaliseQuantity(numberWordsAsDigits(value));
      const last = parts.at(-1);
      if (last && quantity.ok) last.quantity = quantity.value;
    }
  };
  // "Backup (ipconfig /all on CIC-B):" over "Physical address: …": the heading says whose id the label gives.
  let headingRole = '';
  for (const entry of entries) readEntry(entry);
  function readEntry(entry: LayoutEntry<PureConnectLabel>): void {
    if (entry.type === 'field') {
      const raw = entry.label.raw ?? '';
      // "Standby server:" alone on its line heads the labels under it.
      if (entry.value === '' && HOST_ID_FIELDS.has(entry.label.field) && ROLE.test(raw))
        headingRole = BACKUP_ROLE.test(raw) ? 'backup' : 'primary';
      const role = HOST_ID_FIELDS.has(entry.label.field) && !ROLE.test(raw) ? headingRole : '';
      readField(
        entry.label.field,
        entry.value,
        entry.line,
        FIELD_LINE * entry.label.confidence,
        `${role} ${raw}`.trim(),
      );
      if (entry.label.also) readField(entry.label.also, entry.value, entry.line, FIELD_LINE * entry.label.confidence);
    } else if (entry.type === 'heading') {
      // "Primary server:" / "Backup server:" (or "Server 1:" / "Server 2:") alone on a line head what follows.
      headingRole = entry.index === 0 ? 'primary' : 'backup';
    } else if (entry.type === 'prose' && isRoleHeading(entry.text)) {
      headingRole = BACKUP_ROLE.test(entry.text) ? 'backup' : 'primary';
      prose.push(entry);
    } else if (entry.type === 'prose' && headingRole !== '' && PRINTED_MAC.test(entry.text)) {
      // `ipconfig /all`'s physical address or `ip link`'s link/ether under "Backup (…):" is the backup's id.
      const field = headingRole === 'backup' ? 'backupHostId' : 'primaryHostId';
      readField(field, PRINTED_MAC.exec(entry.text)![1]!, entry.line, FIELD_LINE * 0.9, headingRole);
    } else if (entry.type === 'table') {
      // In a part number table, "Description" describes the part, not the request.
      const partTable = entry.columns.some((c) => c?.field === 'partNumber');
      // A table of several people (an agent roster attached for reference) names none of them as the requester.
      const roster = entry.rows.length > 1;
      for (const row of entry.rows) {
        // "Sold To | Merlion Distribution | 0145530" over "End User | … | 0188412": the GARN is the End User's.
        const partnerRow = PARTNER_ROW.test(row.cells[0] ?? '');
        const order = row.cells
          .map((_, k) => k)
          .sort((a, b) => rank(entry.columns[a]?.field) - rank(entry.columns[b]?.field));
        for (const k of order) {
          const column = entry.columns[k];
          // "Part # | What | How many": a column whose header asks for a count holds the part's quantity.
          if (partTable && column?.field !== 'partNumber' && COUNT_HEADER.test(entry.headers?.[k] ?? ''))
            readField('quantity', row.cells[k]!, row.line, TABLE_CELL * 0.9);
          if (partTable && column?.field !== 'partNumber' && column?.field !== 'quantity') continue;
          if (roster && column && PERSON_FIELDS.has(column.field)) continue;
          if (partnerRow && column?.field === 'garn') continue;
          if (column) readField(column.field, row.cells[k]!, row.line, TABLE_CELL * column.confidence, column.raw);
        }
      }
    } else if (entry.type === 'prose') prose.push(entry);
  }
  if (parts.length > 0) out.set('partNumbers', parts, partsLine, FIELD_LINE);
  checkConfirmation(out, confirmEmail);
  const ownWords = entries.flatMap((e) =>
    e.type === 'field' && (e.label.field === 'subject' || e.label.field === 'description')
      ? [{ text: e.value, line: e.line }]
      : [],
  );
  readPureConnectProse(prose, out, { describe: describeFromProse, ownWords });
  return out;
}

/** A name ending in a legal form ("Merlion Distribution Pte Ltd") is a company's. */
const COMPANY_NAME = new RegExp(String.raw`[\s,]${LEGAL_FORM}$`, 'u');

const PERSON_FIELDS = new Set<PureConnectLabel>(['firstName', 'lastName', 'corporateEmail', 'workPhone']);
const BACKUP_ROLE = /\b(?:backup|back-up|secondary|standby|switchover)\b/i;
const PRIMARY_ROLE = /\b(?:primary|main)\b/i;
const ROLE = /\b(?:backup|back-up|secondary|standby|switchover|primary|main)\b/i;
const PRINTED_MAC = /^\s*(?:physical\s+address\s*:|link\/ether)\s*([0-9A-Fa-f]{2}(?:[-:][0-9A-Fa-f]{2}){5})\b/i;
const HOST_ID_FIELDS = new Set<PureConnectLabel>(['primaryHostId', 'backupHostId']);
/** `Primary (ipconfig /all on CIC-A):`, `CIC-B (backup)`, `Standby server -`: a short line naming a machine's role. */
function isRoleHeading(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return ROLE.test(text) && words <= 8 && (/[:(–-]\s*$|\)\s*:?\s*$/.test(text.trim()) || words <= 4);
}
const ACCOUNT_FIELDS = new Set<PureConnectLabel>(['endUserAccount', 'soldToAccount', 'employer']);
const GARN_BESIDE = new RegExp(String.raw`\bGARN\b\s*(?:#|no\.?|number)?\s*[:=-]?\s*(${GARN_DIGITS})(?!\d)`, 'i');

const PURCHASE_ORDER = /\bP\.?\s?O\b|purchase/i;
const SALES_ORDER = /\bS\.?\s?O\b|sales|genesys/i;

/**
 * Two order numbers on labelled lines: `SO# 6100457` and `SO-6100457` are one number written twice; a `PO:`
 * and an `SO:` are the partner's purchase order and the vendor's sales order of one order — the sales
 * order is kept, no question; two of the same kind, different, are a contradiction to ask about.
 */
function settleOrder(first: string, firstLabel: string, second: string, secondLabel: string) {
  if (first.replace(/\D/g, '') === second.replace(/\D/g, '')) return 'first';
  const kind = (label: string) => (SALES_ORDER.test(label) ? 'so' : PURCHASE_ORDER.test(label) ? 'po' : 'order');
  const [a, b] = [kind(firstLabel), kind(secondLabel)];
  if (a === b || a === 'order' || b === 'order') return 'contradiction';
  return b === 'so' ? 'second' : 'first';
}

const rank = (field: PureConnectLabel | undefined) => (field === 'partNumber' ? 0 : 1);

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
