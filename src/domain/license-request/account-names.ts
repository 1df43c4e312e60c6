/**
 * An account or company name as a labelled line gives it, without the writer's remark after it:
 * | written                                                                 | the name                        |
 * |-------------------------------------------------------------------------|---------------------------------|
 * | `Westbridge Distribution UK Ltd (our distributor - the order was placed through them)` | `Westbridge Distribution UK Ltd` |
 * | `Coastal Water Authority (they buy direct)`, `Contoso Ltd - our reseller` | `Coastal Water Authority`, `Contoso Ltd` |
 * | `Brightwater Consulting (that's us, the partner).`, `Bayanihan Telecom Inc. / GARN 0388820` | `Brightwater Consulting`, `Bayanihan Telecom Inc.` |
 * | `Siam Contact (Thailand) Co., Ltd.`, `Northwind (UK)`, `Tasman Freight (Pty) Ltd` | unchanged: part of the name |
 * A remark starts in lower case (or with a pronoun or "via"); a bracket in capitals is part of the name.
 */
const REMARK_START = String.raw`(?:[\p{Ll}]|(?:Our|They|Their|We|Via|Through|The|Same|See|Not|This|That|Also|GARN|SO|PO|AFR|MAC|Ref)\b)`;
const BRACKETED_REMARK = new RegExp(String.raw`\s*\(\s*${REMARK_START}[^()]*\)[\s.;,]*$`, 'u');
/** `Contoso Ltd - our reseller`, `Bayanihan Telecom Inc. / GARN 0388820`, `Quay CX | SO 6312207` (round 11). */
const DASHED_REMARK = new RegExp(String.raw`\s+[-–—/|]\s+${REMARK_START}[^()]*$`, 'u');

/**
 * `us (Straits Voice Solutions)`, `we, Kommunikationstechnik Brenner GmbH`, `ourselves - Kiwi Voice Ltd`: the writer
 * says the account is itself, then names it (issue 25 round 16 §2); the name is what follows the pronoun.
 */
const OURSELVES_FIRST = /^(?:us|we|ourselves|myself|our\s+company|my\s+company)\b\s*(?:\((.+)\)[\s.;,]*$|[,:–—-]\s*)/iu;

export function withoutRemark(raw: string): string {
  const written = raw.replace(/\s+/g, ' ').trim();
  const ourselves = OURSELVES_FIRST.exec(written);
  const name = ourselves ? (ourselves[1] ?? written.slice(ourselves[0].length)).trim() : written;
  const cut = name.replace(BRACKETED_REMARK, '').replace(DASHED_REMARK, '').trim();
  // A remark is never the whole value, and "(Pty) Ltd" is not one (it does not end the name).
  return cut.length >= 2 ? cut : name;
}
