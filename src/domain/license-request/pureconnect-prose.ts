/**
 * What a careful reader finds in PureConnect prose (seed 003's request written as a mail): the GARN in
 * any usual form, MACs named primary or backup ("… and 00-50-56-A7-10-02 for the switchover server"),
 * the request type, category, implementation and deployment type in words (pureconnect-words.ts), the
 * End User and Sold To accounts, order and part numbers, and the paragraph that describes the request.
 * It fills only what the labelled lines of the same part left empty, at prose confidence.
 */
import type { Collected } from './collector.ts';
import { findCompany, otherCompanyThan } from './company-mentions.ts';
import { findHostIds, HOST_ID_CUE } from './host-id-tokens.ts';
import { type HostRole, headingRole, rolesByHostName } from './host-roles.ts';
import { findIdReplacements } from './id-corrections.ts';
import { withoutInlineGreetingAndSignOff } from './inline-signature.ts';
import { GARN_DIGITS, joinGarnDigits, normaliseGarn, normaliseOrderNumber } from './normalise.ts';
import { orderedLicenceCount } from './part-count-said.ts';
import { type CountedTwice, readPartNumbersInProse } from './part-numbers.ts';
import { type ProseLine, type ProseUnit, paragraphsOf, proseUnits } from './prose-units.ts';
import { readRequestWords } from './pureconnect-words.ts';
import { readRequesterMentions } from './requester-prose.ts';
import type { PureConnectRecord } from './schema.ts';
import { findSoldTo } from './sold-to-mentions.ts';

const PROSE = 0.65;
/** `GARN-0012345`, `GARN0983361`, `GARN # 0093302`, `GARN no. …`, `G.A.R.N.`, `Genesys account # …`, `Their GARN # is …`: words between, no sentence end. */
const GARN = new RegExp(
  String.raw`\b(?:GARN|G\.A\.R\.N\.?|Genesys\s+Account\s+(?:Reference(?:\s+Number)?|Number|No\.?|#|ID)|Account\s+Ref(?:erence|\.)?(?:\s+(?:Number|No\.?|#))?)(?:\b|(?=\d)|(?<=[.#]))(?:\s*(?:no\.|nr\.|num\.))?[^\d.\n]{0,30}?(${GARN_DIGITS})(?!\d)`,
  'i',
);
/**
 * An order number after what names it (`sales order 5503318`, `SO# 6602291`, `PO: 7781-2025-044`, `the order
 * number is 6100457`, `Order ID 6100457`, `orden de venta`, `pedido`), or one that carries its type glued to
 * it (`SO-CO-22871`, `PO4500012345`: kept whole, as the mail writes it). Case matters: `SO`/`PO` in capitals
 * is an order, "so" in a sentence is not. Not a part number (`order SW-031-4.0-QM01`) nor a count of seats.
 */
const ORDER_NAME = String.raw`(?:[Ss]ales|[Pp]urchase|[Cc]ustomer)\s+[Oo]rder|S\.?O\.?|P\.?O\.?|(?<!\b(?:to|we|will|would|please|and|also|could|can)\s+)[Oo]rder|[Oo]rden\s+de\s+(?:venta|compra)|[Pp]edido(?:\s+de\s+(?:venda|compra))?|[Ee]ncomenda|[Oo]rdine|[Bb]estell(?:ung|nummer)|[Bb]estelling|[Aa]uftrag(?:snummer)?|[Bb]on\s+de\s+commande|[Cc]ommande`;
const ORDER_CONNECTOR = String.raw`\s*(?:#|[Nn]o\.?|[Nn]umber|[Nn]r\.?|[Nn]º|n°|[Rr]ef(?:erence)?\.?|I[Dd]|[Cc]onfirmation)?\s*(?:with\s+you\s*)?(?:for\s+(?:this(?:\s+one)?|it|(?:the|this)\s+(?:one|request|licen[cs]es?|file|order))\s+)?(?:(?:is|was|will\s+be)\s+|[:#=]\s*)?`;
const GLUED_ORDER = String.raw`(?:SO|PO)-?(?!SW-)(?=[A-Z0-9-]*\d{3})[A-Z0-9-]*\d[A-Z0-9-]*`;
const ORDER = new RegExp(
  String.raw`(?<![\w-])(${GLUED_ORDER})\b(?!\.\d)|\b(?:${ORDER_NAME})${ORDER_CONNECTOR}(?:(?:SO|PO|so|po)\s*[#:]\s*|(?:SO|PO|so|po)\s+)?(${GLUED_ORDER}|(?!SW-)[A-Z]{0,4}-?\d[\d-]{2,}\d(?:-[A-Z0-9]{1,3})?)\b(?![.-]\d)(?!\s*(?:seats?|licen[cs]es?|agents?|users?|units?|ports?)\b)`,
);
const ORDER_ALL = new RegExp(ORDER.source, 'g');
const CUSTOMERS_PO =
  /\b(?:their|(?:the\s+)?customer['’]s|(?:the\s+)?client['’]s|(?:the\s+)?end[\s-]+user['’]s)\s+(?:purchase\s+order|PO)\b|\b(?:purchase\s+order|PO)\s+(?:to\s+us|from\s+(?:the\s+)?(?:customer|client|end\s+user))\b|\bto\s+us\s+(?:is|was)\b/i;
const DISTRIBUTOR_NAMED = /\b(?:distributor|distribution\s+partner|reseller|wholesaler|VAR)\b/i;
const BACKUP = /\b(?:backup|back-up|secondary|switchover|switch-over|second\s+server)\b/i;
/**
 * "the production server's MAC is X; we also built a DR server at our second site, MAC Y": a standby, failover or
 * DR server is the backup once the primary has its id (round 16). Alone, a DR server built for a system is that
 * request's primary.
 */
const STANDBY = /\b(?:standby|stand-by|failover|fail-over|DR|disaster\s+recovery)\b/i;
const TERMS =
  /\b(?:activation|licen[cs]e|file|server|mac|host|upgrade|migrat\w*|realloc\w*|new|hardware|lab|production|test|deploy\w*|pureconnect|cic|evaluat\w*|temporary|add|seats?|ports?|agents?|replac\w*|nuance|asr|dr|standby)\b|aktivierung|fichier|archivo|アクティベーション|ライセンス|サーバー|ハードウェア|本番|発行|環境/gi;
const TALKS_OF_IT = new RegExp(TERMS.source, 'i');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const GREETING =
  /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|bonjour|hallo|hola|buen(?:os)? d[ií]as?|buenas tardes|guten tag|olá|bom dia|boa tarde|hei|hej|hoi|morning|g'day)\b[^.]{0,40}[,!:]?|[^。\n]{1,30}(?:様|御中|各位)[、,]?|いつもお世話になっております。?)$/i;

export interface ProseContext {
  /** Read the describing paragraph as the description (not when reading an answer to our questions). */
  describe: boolean;
  /** The partner's own words in labelled fields (subject, description): they say what kind of file, too. */
  ownWords: ProseLine[];
}

export function readPureConnectProse(
  lines: ProseLine[],
  out: Collected<PureConnectRecord>,
  context: ProseContext,
): void {
  const units = proseUnits(lines);
  const withOwnWords = [...units, ...proseUnits(context.ownWords)];
  readGarnAndOrder(units, out);
  readHostIds(units, out);
  readRequestWords(withOwnWords, withOwnWords.map((u) => u.text).join('\n'), out);
  // The Sold To first: the distributor the order went through is not also the End User.
  const soldTo = findSoldTo(units);
  if (!out.has('endUserAccount')) {
    const company = findCompany(units, soldTo?.name ?? out.fields.soldToAccount);
    if (company) out.set('endUserAccount', company.name, company.line, company.confidence, 'prose');
  } else if (out.provenance['endUserAccount']?.via === 'label') {
    const labelled = out.fields.endUserAccount!;
    // "Description: this is for the new CIC server at X" says whose system it is as plainly as a sentence does.
    const line = out.provenance['endUserAccount'].line;
    const other = otherCompanyThan(labelled, withOwnWords, line, out.fields.soldToAccount);
    if (other) out.contradict('endUserAccount', labelled, other.name);
  }
  if (!out.has('soldToAccount') && soldTo)
    out.set('soldToAccount', soldTo.name, soldTo.line, soldTo.confidence, 'prose');
  else if (
    soldTo &&
    out.provenance['soldToAccount']?.via === 'label' &&
    !sameAccount(out.fields.soldToAccount!, soldTo.name)
  )
    // "Sold To: Outback Unified" labelled, "placed through our distributor, Southern Star …, so they are the sold
    // to": two Sold Tos, asked about rather than one chosen (round 15).
    out.contradict('soldToAccount', out.fields.soldToAccount!, soldTo.name);
  readRequester(units, out);
  // "What: add 30 … licenses (SW-001-4.0-AL02)": a part named in the partner's description is ordered too.
  const parts = readPartNumbersInProse(withOwnWords);
  const listed = out.fields.partNumbers ?? [];
  contradictPartCounts(listed, parts.lines, out);
  const more = parts.lines.filter(
    (p, k) => !listed.some((l) => l.partNumber === p.partNumber) && !twiceBefore(parts.lines, p, k, parts.twice),
  );
  for (const counted of parts.twice) {
    const index = [...listed, ...more].findIndex((p) => p.partNumber === counted.partNumber);
    const part = index >= 0 && index >= listed.length ? more[index - listed.length] : undefined;
    if (!part) continue;
    out.contradict(`partNumbers[${index}].quantity`, String(counted.first), String(counted.second));
    delete part.quantity;
  }
  contradictOrderedCount([...listed, ...more], units, parts.line, out);
  if (more.length > 0)
    out.set(
      'partNumbers',
      [...listed, ...more],
      out.provenance['partNumbers']?.line ?? parts.line,
      PROSE + 0.1,
      listed.length > 0 ? 'label' : 'prose',
    );
  if (context.describe) {
    const paragraph = describingParagraph(lines);
    if (paragraph) out.fallback('description', paragraph.text, paragraph.line, 0.55 * paragraph.weight);
  }
}

/**
 * "35 x SW-020-4.0-DL05" in the prose above a table that lists it with 30: two counts for one part, so
 * neither is trusted and the partner is asked (issue 25 "Bad input"), as for an Engage item's seats.
 */
function contradictPartCounts(
  listed: { partNumber: string; quantity?: number }[],
  inProse: { partNumber: string; quantity?: number }[],
  out: Collected<PureConnectRecord>,
): void {
  listed.forEach((line, index) => {
    const said = inProse.find((p) => p.partNumber === line.partNumber)?.quantity;
    if (line.quantity === undefined || said === undefined || said === line.quantity) return;
    out.contradict(`partNumbers[${index}].quantity`, String(line.quantity), String(said));
    delete line.quantity;
  });
}

/**
 * One part ordered, its count said otherwise in licences ("adding thirty more ACD licences" over `SW-…  40`):
 * neither count is trusted (part-count-said.ts); the values in the order the mail gives them.
 */
function contradictOrderedCount(
  parts: { partNumber: string; quantity?: number }[],
  units: ProseUnit[],
  proseLine: number,
  out: Collected<PureConnectRecord>,
): void {
  const part = parts.length === 1 ? parts[0] : undefined;
  if (part?.quantity === undefined || out.invalid.some((i) => i.field.startsWith('partNumbers'))) return;
  const said = orderedLicenceCount(units);
  if (!said || said.count === part.quantity) return;
  const partLine = out.provenance['partNumbers']?.line ?? proseLine;
  const countFirst = said.line < partLine || (said.line === partLine && !said.afterPart);
  const [first, second] = countFirst ? [said.count, part.quantity] : [part.quantity, said.count];
  out.contradict('partNumbers[0].quantity', String(first), String(second));
  delete part.quantity;
}

/** A part counted twice, differently, is one part: only its first mention is kept (its count is asked). */
const twiceBefore = (lines: { partNumber: string }[], part: { partNumber: string }, k: number, twice: CountedTwice[]) =>
  twice.some((t) => t.partNumber === part.partNumber) && lines.findIndex((l) => l.partNumber === part.partNumber) < k;

function readGarnAndOrder(units: ProseUnit[], out: Collected<PureConnectRecord>): void {
  for (const unit of units) {
    const garn = GARN.exec(unit.text);
    // "GARN 0171-554" is the one number; "GARN to follow, cutover 2026-12-04" names none.
    if (garn && joinGarnDigits(garn[1]!) && !out.has('garn')) {
      out.setNormalised('garn', normaliseGarn(garn[1]!), garn[1]!, unit.line, PROSE + 0.1);
    }
    if (out.has('orderNumber')) continue;
    // "Their purchase order to us is PO 22-0917; our Genesys order is SO-4471902": the customer's PO is not it.
    const order = [...unit.text.matchAll(ORDER_ALL)].find((m) => {
      const before = unit.text.slice(Math.max(0, m.index - 45), m.index);
      const clause = before.slice(before.search(/[^;,]*$/));
      const customers = CUSTOMERS_PO.exec(clause + m[0]);
      if (!customers) return true;
      // "bought through our distributor, Northbridge, on their PO 88012455": "their" is the distributor's.
      const sentence = unit.text
        .slice(0, m.index)
        .split(/[.!?]\s/)
        .at(-1)!;
      return /^their\b/i.test(customers[0]) && DISTRIBUTOR_NAMED.test(sentence);
    });
    if (order) {
      const normalised = normaliseOrderNumber(order[1] ?? order[2]!);
      if (normalised.ok) out.set('orderNumber', normalised.value, unit.line, PROSE, 'prose');
    }
  }
}

/**
 * An id the mail calls the old one ("Old MAC: …", "changed from X to Y") is not the one to license; nor is
 * the "current" one when the mail gives a new one too (for an add-on, the current id is the one).
 */
const OLD_ID = /\b(?:old|previous|former|alten?|ancien(?:ne)?|anterior|antigu[oa])\b[^.,;]{0,25}$|\bfrom\s*$/i;
const CURRENT_ID = /\b(?:current|existing|present)\b[^.,;]{0,25}$/i;
const NEW_ID = /\bnew\b[^.,;]{0,25}$/i;
/** A line that names whose ids follow ("Backup server (SL-CIC-B):", "Primary:") without giving one. */
const ROLE_LINE = /\b(primary|main|backup|back-up|secondary|switchover|standby)\b[^.]*[:：]\s*$/i;

function readHostIds(units: ProseUnit[], out: Collected<PureConnectRecord>): void {
  let role: 'primaryHostId' | 'backupHostId' | undefined;
  let roleParagraph = -1;
  const roles = rolesByHostName(units);
  let hostRole: HostRole | null | undefined;
  const newOneGiven = units.some((u) =>
    findHostIds(u.text).some((t) => NEW_ID.test(u.text.slice(Math.max(0, t.index - 40), t.index))),
  );
  for (const unit of units) {
    const text = unit.text;
    if (correctsIds(unit, out)) continue;
    const tokens = findHostIds(text);
    if (tokens.length === 0) {
      const heading = headingRole(text, roles);
      if (heading !== undefined) hostRole = heading;
      const said = ROLE_LINE.exec(text);
      // "And on the secondary: C:\> lmhostid …" split into sentences: the role holds to the id its paragraph prints.
      const colon = said ? undefined : roleSaidSince(text);
      const holds = unit.row || (role !== undefined && unit.paragraph === roleParagraph);
      role = said
        ? /primary|main/i.test(said[1]!)
          ? 'primaryHostId'
          : 'backupHostId'
        : (colon ?? (holds ? role : undefined));
      roleParagraph = said ? -1 : colon ? unit.paragraph : roleParagraph;
      continue;
    }
    // A role said in passing with a colon holds only within its paragraph.
    if (roleParagraph >= 0 && unit.paragraph !== roleParagraph) role = undefined;
    tokens.forEach((token, k) => {
      const around = text.slice(Math.max(0, token.index - 40), token.end + 30);
      if (token.needsCue && !HOST_ID_CUE.test(around) && !role) return;
      const before = text.slice(Math.max(0, token.index - 40), token.index);
      if (!NEW_ID.test(before) && (OLD_ID.test(before) || (newOneGiven && CURRENT_ID.test(before)))) return;
      const after = text.slice(token.end, token.end + 30);
      // A cue right after the id ("… (backup)", "… for the switchover server") says more than one before it.
      // Only "(backup)" or "for/as the backup …": in "X, backup Y" the cue introduces the next id, not this one.
      const saysAfter =
        /^\s*(?:\(\s*|,?\s*(?:for|as|on)\s+(?:the\s+)?)(backup|secondary|switchover|standby|primary|main)\b/i.exec(
          after,
        );
      const field = saysAfter
        ? /primary|main/i.test(saysAfter[1]!)
          ? 'primaryHostId'
          : 'backupHostId'
        : BACKUP.test(before) ||
            (STANDBY.test(before) && out.has('primaryHostId') && out.fields.primaryHostId !== token.value)
          ? 'backupHostId'
          : (role ?? hostRole ?? 'primaryHostId');
      const confidence = HOST_ID_CUE.test(around) ? 0.8 : 0.7;
      // Only what is said since the id before it names this one's server; "the main NIC" names an adapter.
      const since = text.slice(Math.max(tokens[k - 1]?.end ?? 0, token.index - 60), token.index);
      // "New server MAC: X" labelled, "the new server's MAC is Y" in a mail of one server: the same server's id twice.
      // "The CIC server (vps-cic01) is a VM on their cluster, MAC Y": the sentence is about the one server (round 16).
      const aboutTheServer = NAMES_THE_SERVER.test(since) || THE_SERVER_SENTENCE.test(text.slice(0, token.index));
      const theServer = aboutTheServer && !units.some((u) => BACKUP.test(u.text) || STANDBY.test(u.text));
      const named = saysAfter || BACKUP.test(before) || NAMES_PRIMARY.test(since) || Boolean(hostRole) || theServer;
      // "(Their production server, X, is already licensed - not part of this request.)": no second id for it.
      if (out.has(field) && named && !NOT_THIS_REQUEST.test(text)) contradictLabelledId(field, token.value, out);
      if (!out.has(field) && !out.contradicted.has(field)) out.set(field, token.value, unit.line, confidence, 'prose');
    });
  }
}

/**
 * "And on the secondary:" over a pasted `C:\> lmhostid`, its banner and the id it prints: the role said with a
 * colon names the machine whose id its paragraph prints next (round 16).
 */
const ROLE_COLON = /\b(primary|main|backup|back-up|secondary|switchover|standby)\b[^.,:\n]{0,20}[:：]/gi;
function roleSaidSince(stretch: string): 'primaryHostId' | 'backupHostId' | undefined {
  const said = [...stretch.matchAll(ROLE_COLON)].at(-1);
  if (!said) return undefined;
  return /primary|main/i.test(said[1]!) ? 'primaryHostId' : 'backupHostId';
}
const THE_SERVER_SENTENCE =
  /^\s*(?:the|their|our)\s+(?:new\s+|production\s+)?(?:IC\s+|CIC\s+|PureConnect\s+)?server\b(?!s)/i;
const NAMES_THE_SERVER =
  /\b(?:the|its|their)\s+(?:new\s+)?(?:IC\s+|PureConnect\s+|CIC\s+)?server(?:'s|’s)?\s+(?:MAC|host\s*id)(?:\s+address)?\s+(?:is|=|:)\s*$/i;
const NOT_THIS_REQUEST =
  /\balready\s+licen[cs]ed\b|\bnot\s+(?:part\s+of|included\s+in|covered\s+by)\s+(?:this|the)\s+(?:request|order)\b/i;
// "The production server is CIC-PRD-01 (MAC …)": the one production server of a request is its primary (round 11).
const NAMES_PRIMARY =
  /\b(?:primary|main)\b(?!\s+(?:nic|adapter|interface|network|ethernet|lan)\b)|\b(?:the|our|their)\s+(?:production|prod|live)\s+(?:IC\s+|CIC\s+|PureConnect\s+)?server\b(?!s)/i;

/**
 * "Primary MAC: X" on a label and "the primary server reports MAC Y" in the prose: the mail gives the same
 * server two host ids, so neither is trusted and the partner is asked (issue 25 "Bad input"). The prose must
 * name the server's role; an id it calls old or new was skipped before this (OLD_ID, NEW_ID).
 */
function contradictLabelledId(
  field: 'primaryHostId' | 'backupHostId',
  value: string,
  out: Collected<PureConnectRecord>,
): void {
  const labelled = out.provenance[field]?.via === 'label' || out.provenance[field]?.via === 'table';
  const given = [out.fields.primaryHostId, out.fields.backupHostId];
  if (labelled && !given.includes(value)) out.contradict(field, out.fields[field]!, value);
}

/** "The MAC is X, not Y": this part's own Y becomes X; otherwise the older messages' Y does (mergeCollected). */
function correctsIds(unit: ProseUnit, out: Collected<PureConnectRecord>): boolean {
  const corrections = findIdReplacements(unit.text, unit.line);
  for (const correction of corrections) {
    const own = (['primaryHostId', 'backupHostId'] as const).find((k) => out.fields[k] === correction.from);
    if (own) out.set(own, correction.to, unit.line, 0.8, 'prose');
    else out.replacements.push(correction);
  }
  return corrections.length > 0;
}

/** The requester, their employer and the people to copy, said in sentences (requester-prose.ts). */
function readRequester(units: ProseUnit[], out: Collected<PureConnectRecord>): void {
  const found = readRequesterMentions(units, out.fields.corporateEmail);
  const line = found.line;
  if (found.firstName && found.lastName && !out.has('firstName')) {
    out.set('firstName', found.firstName, line, PROSE + 0.1, 'prose');
    out.set('lastName', found.lastName, line, PROSE + 0.1, 'prose');
  }
  if (found.email && !out.has('corporateEmail')) out.set('corporateEmail', found.email, line, PROSE + 0.1, 'prose');
  if (found.phone && !out.has('workPhone')) out.set('workPhone', found.phone, line, PROSE + 0.1, 'prose');
  if (found.employer && !out.has('employer')) out.set('employer', found.employer, line, PROSE, 'prose');
  const listed = out.fields.additionalRecipients ?? [];
  const more = found.recipients.filter((r) => !listed.includes(r) && r !== out.fields.corporateEmail);
  if (more.length > 0) out.set('additionalRecipients', [...listed, ...more], line, PROSE + 0.05, 'prose');
}

/**
 * A note about another message rather than about the request (issue 25 round 11 §3): it points at what follows
 * ("see the customer's note below", "FYI"), refers back to the writer's earlier mail ("my mail below", "the order
 * number quoted underneath", "my earlier message"), corrects or completes it ("typo", "left out", "please ignore
 * …, use … instead", "everything else stands") or answers what was asked ("the host IDs you asked for"). Above a
 * quoted or forwarded request, the request's own paragraph describes it better.
 */
const COVER_NOTE = new RegExp(
  [
    String.raw`\bsee\b[^.!?\n]{0,40}\b(?:below|underneath|chain|attached|trail)\b|\bas\s+below\b|\bbelow\s+from\b|\bfyi\b|\bfor\s+your\s+information\b|\bforwarding\b|\bpassing\s+(?:on|along)\b|\bplease\s+action\b|\bcorrection\b|\bas\s+per\s+subject\b`,
    String.raw`\b(?:mail|message|note|e-?mail|request|thread|one)\s+(?:below|underneath|beneath)\b|\b(?:quoted|written|given|listed)\s+(?:below|underneath|beneath)\b|\bbelow\s+(?:mail|message|note|e-?mail|request)\b|\b(?:since|after)\s+writing\b`,
    String.raw`\b(?:my|our|the|your)\s+(?:earlier|previous|last|first|original|initial)\s+(?:mail|message|note|e-?mail|request)\b|\b(?:my|our)\s+(?:mail|message|note|e-?mail)\s+(?:this\s+morning|yesterday|earlier|of\s+\w+)\b|\bI\s+put\s+in\s+my\b`,
    String.raw`\b(?:you|Licensing|you\s+guys)\s+(?:asked|requested)\s+(?:for|about)\b|\bas\s+(?:requested|asked|promised)\b`,
    String.raw`\b(?:everything|all|anything)\s+else\s+(?:is|stays|stands|remains|unchanged|as\s+(?:it\s+was|before|is))\b|\bnothing\s+else\s+(?:changes|is\s+different)\b|\bthe\s+rest\s+(?:is|stays|stands|remains)\b|\bleft\s+(?:it\s+)?out\b|\bforgot\b|\b(?:typo|transposed|slip)\b|\bplease\s+ignore\b|\badding\s+the\b[^.]{0,30}\bmissing\b|\bwere\s+missing\s+from\b`,
  ].join('|'),
  'i',
);

/** A description read only as the writer's own words, never naming the file: no sign that the mail is a request. */
export const OWN_WORDS_WEIGHT = 0.6;
export const OWN_WORDS_CONFIDENCE = 0.55 * OWN_WORDS_WEIGHT;

const OPENS_AS_COVER =
  /^\s*(?:(?:hi|hello|dear)\b[^.,!]{0,30}[,!.]?\s*)?(?:(?:I\s+am|I'm|we\s+are|we're)\s+)?(?:forwarding|see\s+(?:the\s+)?below|please\s+see\s+below|fyi|below\s+(?:is|from)|as\s+below)\b/i;

/**
 * The paragraph that states the request: the first one after the greeting that talks about it. A cover note
 * over a forwarded or quoted request counts for less than the request it points at (mergeCollected).
 */
function describingParagraph(lines: ProseLine[]): { text: string; line: number; weight: number } | undefined {
  let ownWords: { text: string; line: number; weight: number } | undefined;
  for (const paragraph of paragraphsOf(lines)) {
    // Japanese runs words together: two characters count as a word.
    const words = paragraph.text.split(/\s+/).length + (paragraph.text.match(CJK)?.length ?? 0) / 2;
    if (paragraph.row || GREETING.test(paragraph.text) || words < 4) continue;
    // "sold to is us, Lakeview Voice Inc, SO 6333115. need it by friday …" under a subject that lists the facts:
    // a body of the writer's own sentences that never names the file is still what they say of it (round 12 §10).
    if (!TALKS_OF_IT.test(paragraph.text)) {
      if (words >= 10 && /[.,;!?]\s+\S/.test(paragraph.text)) ownWords ??= { ...paragraph, weight: OWN_WORDS_WEIGHT };
      continue;
    }
    // "Forwarding the customer's request below. …": a note that opens by pointing below is a cover note, however long.
    const cover =
      COVER_NOTE.test(paragraph.text) && (words < 40 || (words < 80 && OPENS_AS_COVER.test(paragraph.text)));
    return { text: withoutInlineGreetingAndSignOff(paragraph.text), line: paragraph.line, weight: cover ? 0.8 : 1.1 };
  }
  return ownWords;
}

/** "Slaney Comms" and "Slaney Comms Ltd": one account written short and in full. */
function sameAccount(a: string, b: string): boolean {
  const [x, y] = [a, b].map((s) => s.toLowerCase().replace(/[^\p{L}\d]/gu, ''));
  return x!.includes(y!) || y!.includes(x!);
}
