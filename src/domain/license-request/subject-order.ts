/**
 * "SIP Server 9.0 x 75 - new license file for our lab server lablic01": an Engage subject that states the
 * order, over a body that leaves it there (issue 25 round 12, cause 8).
 */
import type { Collected, PartContext } from './collector.ts';
import { readEngagePart } from './engage-reader.ts';
import { soleLooseCount } from './item-mentions.ts';
import type { EngageRecord } from './schema.ts';
import { REPLY_PREFIX, subjectFieldList } from './subject-fields.ts';

/**
 * What an Engage subject may state of the order: the technical fields and what the licences are for
 * ("Licence order kit - production - 3 server redundant"), never who the customer is.
 */
const SUBJECT_ORDER_FIELDS = new Set([
  'sellableItems',
  'applications',
  'licenseServers',
  'serverConfiguration',
  'purpose',
]);

/**
 * The subject read last, as a sentence: it fills only what no body part gave (mergeCollected), and only the
 * order's technical fields (who the customer is comes from the body, the signature and company-mentions.ts).
 * A subject that is a list of fields split by `|` is read by withSubjectFields instead.
 */
export function engageSubjectPart(
  subject: string | undefined,
  body: PartContext | undefined,
  bodyText = '',
): Collected<EngageRecord>[] {
  const text = subject?.replace(REPLY_PREFIX, '').trim();
  if (!text || subjectFieldList(text)) return [];
  const part = readEngagePart([{ text, line: 0 }], { ...body, source: 'subject', weight: 0.8 });
  // "Subject: Enterprise Routing Solution 9.0 licence - lab box" over "… 40 seats. Just the one box": the one item the
  // subject names is what the body's one count counts (round 16).
  const items = part.fields.sellableItems;
  const count = items?.length === 1 && items[0]!.quantity === undefined ? soleLooseCount(bodyText) : undefined;
  if (count !== undefined) items![0]!.quantity = count;
  for (const key of Object.keys(part.fields) as (keyof EngageRecord)[]) {
    if (!SUBJECT_ORDER_FIELDS.has(key)) delete part.fields[key];
  }
  for (const path of Object.keys(part.provenance)) {
    if (!SUBJECT_ORDER_FIELDS.has(path.replace(/[[.].*$/, ''))) delete part.provenance[path];
  }
  part.invalid.length = 0;
  return [part];
}
