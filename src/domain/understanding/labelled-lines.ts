/**
 * Labelled lines — "Severity: Low", "Circumstances: …", "Impact: …", "OS: RHEL 8", "Environment: prod" —
 * are what a contact who fills in a form writes; they are read first and win over anything found in
 * the prose (issue 21 §1).
 */

export type LabelField =
  | 'product'
  | 'version'
  | 'severity'
  | 'system'
  | 'description'
  | 'circumstances'
  | 'businessImpact'
  | 'os'
  | 'release'
  | 'language'
  | 'deliveryMethod'
  | 'shipTo'
  | 'reason'
  | 'caseNumber';

/** Label wordings per field, lower case; spaces in a label also match "-", "_" and no space. */
const LABELS: Record<LabelField, string[]> = {
  product: ['product', 'product name', 'application', 'affected product', 'software', 'component'],
  version: ['version', 'product version', 'build', 'software version', 'current version', 'ver'],
  severity: ['severity', 'sev', 'priority', 'prio', 'requested severity', 'severity level', 'urgency'],
  system: [
    'environment',
    'env',
    'system',
    'system type',
    'instance',
    'production or test',
    'prod/test',
    'prod or non-prod',
    'prod/non-prod',
    'landscape',
    'site type',
  ],
  description: [
    'description',
    'problem',
    'issue',
    'problem description',
    'issue description',
    'summary',
    'symptom',
    'symptoms',
    'details',
    'what happens',
    'error',
    'what',
    'what is wrong',
    "what's wrong",
    'what goes wrong',
    'fault',
    'defect',
  ],
  circumstances: [
    'circumstances',
    'cause',
    'trigger',
    'what changed',
    'change',
    'changes',
    'recent changes',
    'since',
    'started',
    'when it started',
    'when did it start',
    'when did it begin',
    'when did this start',
    'since when',
    'started when',
    'first seen',
    'first occurrence',
    'root cause',
    'what happened before',
    'background',
    'history',
    'context',
    'what led to it',
  ],
  businessImpact: [
    'impact',
    'business impact',
    'affected',
    'users affected',
    'agents affected',
    'scope',
    'impact on business',
    'effect',
    'effects',
    'consequence',
    'consequences',
    'cost',
    'cost to us',
    'impact on us',
    'who is affected',
    'who is impacted',
    'who is hurt',
    'who is hit',
  ],
  os: ['os', 'operating system', 'platform', 'o/s', 'os version', 'target os', 'server os', 'host os', 'box'],
  // An order form's item line: "Item wanted ..... WDE 8.5.118.10 DVD set", "Media: GIM 8.5 CD".
  release: [
    'release',
    'requested release',
    'release requested',
    'cd/dvd',
    'package',
    'software release',
    'item',
    'item wanted',
    'item requested',
    'media',
  ],
  language: [
    'language',
    'lang',
    'lingo',
    'ui language',
    'language version',
    'language pack',
    'localization',
    'localisation',
    'locale',
    'localized version',
  ],
  // How it travels, as forms ask it: "How to send ..... courier", "Via: sftp", "Ship via: DHL".
  deliveryMethod: [
    'delivery',
    'delivery method',
    'shipping method',
    'delivery via',
    'shipment',
    'delivery mode',
    'delivery type',
    'method of delivery',
    'how to send',
    'how to deliver',
    'send via',
    'send by',
    'ship via',
    'via',
    'transport',
  ],
  shipTo: [
    'ship to',
    'ship-to',
    'shipping address',
    'delivery address',
    'address',
    'deliver to',
    'send to',
    'delivery to',
    'recipient',
    'consignee',
  ],
  // The reason asked as the form's own question: "Why we need it >> …", "Why needed: …", "What for: …".
  reason: [
    'reason',
    'justification',
    'why',
    'business reason',
    'reason for request',
    'purpose',
    'why we need it',
    'why we need this',
    'why do we need it',
    'why needed',
    'why it is needed',
    'why this release',
    'what for',
    'needed for',
    'reason why',
  ],
  caseNumber: ['case', 'case number', 'case no', 'case #', 'case id', 'ticket', 'ticket number', 'reference'],
};

export interface LabelledValue {
  field: LabelField;
  label: string;
  value: string;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&').replace(/ /g, '[\\s_-]*');
const ALL = Object.entries(LABELS).flatMap(([field, labels]) => labels.map((l) => ({ field: field as LabelField, l })));
ALL.sort((a, b) => b.l.length - a.l.length);
const LABEL_ALTERNATIVES = ALL.map((a) => escapeRegExp(a.l)).join('|');
/**
 * What people put between a label and its value: a colon or "=", and in forms typed by hand an arrow
 * ("Env -> PROD", "Impact => …", "Cause >> …", "→"), a run of dots ("Product ..... CIC") or dashes
 * ("Sev -- low"), or a dash between spaces ("Impact - nobody can dial out").
 */
const SEPARATOR = String.raw`(?:\s*(?:[-=]+>|>>|[:=]|[»→⇒]|\.{2,}:?|-{2,})|\s+[-–—](?=\s))\s*`;
/** A label at a line start (after a bullet), or after a separator on the same line. */
/**
 * A form's own wording around a known label: which one ("Preceding change", "Last change", "Observed
 * problem") or whose ("Software concerned", "Priority requested", "Changes made"). The label word decides
 * the field; these words only qualify it.
 */
/**
 * On whom or what a field bears: "Effect on business", "Impact for users", "Consequence for the operations",
 * "Cost to the company" — the label word decides the field, what it bears on only qualifies it.
 */
const WHOM = String.raw`(?:on|for|to)[\s_-]+(?:the[\s_-]+|our[\s_-]+)?(?:business|company|users?|us|operations?|customers?|clients?|agents|callers|service|production|end[\s_-]+users?|staff|people|the\s+business)`;
const QUALIFIER_BEFORE = String.raw`(?:(?:preceding|previous|prior|last|latest|recent|requested|desired|observed|reported|current|main|short|brief|detailed|relevant|related)[\s_-]+)?`;
const QUALIFIER_AFTER = String.raw`(?:[\s_-]+(?:concerned|requested|observed|affected|made|reported|seen|involved|in\s+question|before(?:\s+(?:the\s+)?(?:fault|problem|issue))?|${WHOM}))?`;
const QUALIFIED = new RegExp(`^${QUALIFIER_BEFORE}(.+?)${QUALIFIER_AFTER}$`, 'i');
const LABEL = new RegExp(
  `(?:^|[;|]\\s*|,\\s+|\\s{2,})[-*•>]?\\s*(${QUALIFIER_BEFORE}(?:${LABEL_ALTERNATIVES})${QUALIFIER_AFTER})\\s*(?:\\([^)\\n]{0,20}\\))?${SEPARATOR}`,
  'gim',
);

function fieldOf(label: string): LabelField | undefined {
  return fieldOfWords(label) ?? fieldOfWords(QUALIFIED.exec(label.trim())?.[1] ?? '');
}

function fieldOfWords(label: string): LabelField | undefined {
  const key = label.toLowerCase().replace(/[\s_-]+/g, ' ');
  return ALL.find((a) => a.l.replace(/[\s_-]+/g, ' ') === key || a.l.replace(/[\s_-]+/g, '') === key.replace(/ /g, ''))
    ?.field;
}

/** Every labelled value, in order. A value runs to the line end or the next label on the same line. */
export function readLabelledLines(text: string): LabelledValue[] {
  const found: LabelledValue[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const hits = [...line.matchAll(LABEL)];
    // Only a label at the start of a line makes a line labelled; inline labels need one there too
    // ("Severity: Low; OS: RHEL 8"), so prose like "the problem: calls drop" is not a form.
    if (hits.length > 0 && hits[0]!.index === 0) {
      hits.forEach((hit, i) => {
        const field = fieldOf(hit[1]!);
        if (!field) return;
        const valueStart = hit.index! + hit[0].length;
        const valueEnd = i + 1 < hits.length ? hits[i + 1]!.index! : line.length;
        const raw = line.slice(valueStart, valueEnd);
        const value = raw.replace(/[\s;,|]+$/, '').trim();
        if (!value) return;
        const start = offset + valueStart + raw.indexOf(value);
        found.push({ field, label: hit[1]!, value, start, end: start + value.length });
      });
    }
    offset += line.length + 1;
  }
  return found;
}

export function labelled(values: readonly LabelledValue[], field: LabelField): LabelledValue | undefined {
  return values.find((v) => v.field === field);
}

/**
 * An answer that repeats the label it answers ("Reason - carrier certification", "The reason: …", "Ship to
 * is Acme, …"): the value without it, so a summary never reads "Reason: Reason: …".
 */
export function withoutOwnLabel(value: string, field: LabelField): string {
  const labels = LABELS[field].map(escapeRegExp).join('|');
  const lead = new RegExp(
    `^\\s*(?:the\\s+|our\\s+|my\\s+)?(?:${labels})\\s*(?:\\([^)\\n]{0,20}\\))?\\s*(?:(?:is|was|would\\s+be|are)(?:\\s+that)?\\s+|[:=]\\s*|\\s[-–—]+\\s*)`,
    'i',
  );
  const stripped = value.replace(lead, '');
  return stripped.trim().length >= 2 ? stripped.trim() : value;
}
