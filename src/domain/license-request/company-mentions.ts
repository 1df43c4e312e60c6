/**
 * Company and account names in prose: who the licenses are for (the Engage company name, the PureConnect
 * End User account). Names are capitalised phrases (company-name-grammar.ts; with a legal form of any case:
 * `gGmbH`, `plc`, `S.A. de C.V.`) after a cue (who bought them, the Sold To: sold-to-mentions.ts):
 * | cue (first that matches wins)                                        | confidence |
 * |----------------------------------------------------------------------|------------|
 * | `company / customer / end user (name) is (called) X`, `end user "X"`, `X (end user)` | 0.85 |
 * | `order (kit) for / of X`, `license order - X`                          | 0.8        |
 * | `our (esteemed) customer X`, `on behalf of (our customer) X`, `notre client X` | 0.75 |
 * | `X's contact center / PureConnect / servers …`                         | 0.7        |
 * | `migrating / upgrading / moving X from …`                              | 0.7        |
 * | `license file for X`, `for X`, `for M/s X`                             | 0.7        |
 * | `deploying Engage at X`, `installation at customer site X`             | 0.65       |
 * | `X is moving / are cutting over / bought / needs …` (sentence start, a note in brackets allowed) | 0.65 |
 * | `the PureConnect system at X`, `the CIC server of X`                   | 0.65       |
 * | a name with its legal form anywhere (`…, Tasman Freight Pty Ltd.`)      | 0.6        |
 * | lower case, as written on a phone: `grayson county 911's cic server`    | 0.55       |
 * A phrase with a product, OS, weekday, month or pronoun is not a company (lexicon.ts).
 */
import { escapeRegExp } from '../regexp-matches.ts';
import {
  ARTICLE,
  clean,
  endAtSentence,
  FIRST,
  firstMatch,
  LEGAL_FORM,
  LINK,
  NAME,
  type NameMention,
  rule,
  WORD,
} from './company-name-grammar.ts';
import { isCompanyLike } from './lexicon.ts';
import type { ProseUnit } from './prose-units.ts';

/** `OS Manufacturer: Microsoft Corporation`, `Registered Organization:` in pasted `systeminfo`: who made the machine. */
const MACHINE_MAKER = String.raw`(?:[Mm]anufacturer|[Vv]endor|[Oo]rgani[sz]ation|[Oo]wner|[Mm]odel|BIOS(?:\s+[Vv]ersion)?|[Pp]ublisher|[Mm]aker|[Bb]rand)`;

/** The product itself stands for the system it licenses: "the upgrade of CIC at X", "the PureConnect at X" (round 15). */
const PRODUCT = String.raw`(?:PureConnect|CIC|IC|Interaction\s+Cent(?:er|re)|Genesys(?:\s+Engage)?|Engage)`;

const COMPANY_RULES = [
  // "The licence holder should be their legal entity, SBC Retail Holdings Pty Ltd (Sunny Bean is only the trading
  // name)": the entity the licence is made out to outranks the name the mail otherwise uses (round 9 §1).
  rule(
    String.raw`\b(?:licen[cs]e\s+holder|legal\s+entity|legal\s+name|registered\s+(?:company\s+)?name)\b[^.;:]{0,40}?(?:\bis|\bbe|:|,)\s+${NAME}`,
    0.85,
  ),
  rule(
    String.raw`\b(?:[Cc]ompany|[Cc]ustomer|[Cc]lient|[Ee]nd[\s-]+(?:[Uu]ser|[Cc]ustomer))(?:\s+(?:name|account))?(?:\s+(?:for|of|on)\s+(?:this|the)\s+(?:order|request|licen[cs]es?|file|deal))?\s+(?:(?:is|will\s+be|would\s+be|shall\s+be)\s+(?:called\s+|named\s+)?|called\s+|named\s+|=\s*|["“'‘]\s*)${NAME}`,
    0.85,
  ),
  rule(String.raw`${NAME}\s*\((?:the\s+)?end[\s-]?(?:user|customer)\)`, 0.85),
  // "Our account is Meridian Community Health", "Our account: X, GARN …": an End User naming itself (round 15).
  rule(String.raw`\b[Oo]ur\s+(?:end[\s-]+user\s+)?account(?:\s+name)?\s*(?:is\s+|:\s*|=\s*)${NAME}`, 0.8),
  // "End user account Cafetal Andino S.A.S., sold-to account …": the account word, then the name (round 11).
  rule(String.raw`\b[Ee]nd[\s-]+(?:[Uu]ser|[Cc]ustomer)\s+account\s+${NAME}`, 0.8),
  // "Pinecrest Utilities is the end customer." (issue 25 round 9 §1).
  rule(
    String.raw`(?:^|[.!;]\s+)${NAME}\s+(?:is|are|will\s+be|would\s+be)\s+(?:the|our)\s+(?:end[\s-]+)?(?:customer|client|user|licensee)\b`,
    0.8,
  ),
  // "This is for a new Engage customer, Pinecrest Utilities." (issue 25 round 9 §1).
  rule(String.raw`\b[Aa]n?\s+(?:[\w-]+\s+){0,2}(?:end[\s-]+)?(?:customer|client),\s+${NAME}`, 0.7),
  // "Contoso Bank (our customer) …": a name with the word in brackets after it.
  rule(String.raw`${NAME}\s*\((?:our|the|a)\s+(?:end\s+)?(?:customer|client)\)`, 0.8),
  // "Our customer (Pinecrest Utilities) needs …": the name in brackets after the word.
  rule(String.raw`\b(?:[Oo]ur|[Tt]he)\s+(?:end\s+)?(?:customer|client)\s*\(${NAME}\)`, 0.8),
  // "Engage license request - customer: Kestrel Airways.": a label written inside a sentence.
  rule(
    String.raw`(?:^|[-–—,;(]\s*|\b(?:the\s+)?following\s+|\b[Nn]ew\s+|\b[Tt]he\s+)(?:[Cc]ustomer|[Cc]lient|[Ee]nd[\s-]+[Uu]ser|[Cc]ompany)(?:\s+name)?\s*:\s*${NAME}`,
    0.8,
  ),
  // "Customer Kestrel Airways needs …", "End user Kestrel Airways has …": the word, then the name, then a verb.
  rule(
    String.raw`(?:^|[.!;]\s+)(?:[Cc]ustomer|[Cc]lient|[Ee]nd[\s-]+(?:[Uu]ser|[Cc]ustomer))\s+${NAME}\s+(?:needs?|has|have|is|are|wants?|would|will|bought|buys|ordered|orders|purchased|purchases|requires?|requests?|plans?|runs?|uses?|operates?|adds?|added|upgrades?|upgraded|moves?|moved|expands?|expanded)\b`,
    0.8,
  ),
  // "for a customer of ours, Kestrel Airways": the customer named after the words that say so.
  rule(String.raw`\b(?:customer|client)\s+of\s+ours\s*[,:]?\s+${NAME}`, 0.75),
  // "Licenses to be issued to Kestrel Airways", "please license it to X": who the licenses are made out to.
  rule(
    String.raw`\b(?:issued?|licen[cs]ed|made\s+out|registered|issue\s+(?:the\s+)?(?:licen[cs]es?|keys?|them))\s+to\s+(?:(?:our|the)\s+(?:end\s+)?(?:customer|client)\s+)?${NAME}`,
    0.75,
  ),
  // "The licences should be in the name of Sandcastle Media Ltd", "registered under X", "for use by X" (round 9 §1).
  rule(
    String.raw`\b(?:in\s+the\s+name\s+of|registered\s+under|(?:for\s+use|to\s+be\s+used|used)\s+by|(?:the\s+)?licensee\s+(?:is|will\s+be))\s+(?:(?:our|the)\s+(?:end\s+)?(?:customer|client)\s+)?${NAME}`,
    0.75,
  ),
  rule(
    String.raw`\b(?:[Oo]rder(?:\s+kit)?|[Ll]icen[cs]e\s+(?:order|request|file|kit)s?|AFR)\s*(?:for|of|[-–:|])\s*(?:(?:our|the)\s+(?:end\s+)?(?:customer|client)\s+)?${NAME}`,
    0.8,
  ),
  // "株式会社東海ロジスティクス様の本番環境": a Japanese company with its legal form, and the honorific a
  // writer gives the customer (様, 御中) but never its own company; "X向けに" says whom it is for (round 13). A name may open in kana where the sentence
  // or a clause opens ("みなと物流株式会社様の…"); inside a sentence kana are particles, not the name (round 12).
  rule(
    String.raw`((?:株式会社|有限会社|合同会社)[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー・A-Za-z0-9&]+?|(?:(?<=^|[\s、。「『（(：:])[\p{sc=Hiragana}]{1,6})?[\p{sc=Han}\p{sc=Katakana}ー・A-Za-z0-9&]+(?:株式会社|有限会社|合同会社))\s*(?:様|御中|向け)`,
    0.75,
  ),
  // A chat or log line: "[2:14 PM] Wes Carter (Summit Ridge Credit Union): our server died".
  rule(String.raw`(?:^|\]\s*)[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+\s*\(${NAME}\)\s*:`, 0.6),
  rule(
    String.raw`\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Nn]otre|[Nn]uestro|[Nn]oss[oa]|[Nn]ostro|[Oo]nze|[Uu]nser(?:em|en)?)\s+(?:[a-zé]+\s+){0,2}(?:end[\s-]+)?(?:customer|client|prospect|user|cliente|klant|Kunden?|Endkunden?),?\s+${ARTICLE}${NAME}`,
    0.75,
  ),
  rule(
    String.raw`\b[Oo]n\s+behalf\s+of\s+(?:(?:our|the)\s+(?:[a-z]+\s+)?(?:end\s+)?(?:customer|client)\s+)?${NAME}`,
    0.75,
  ),
  // "this is for the new CIC server at Fenwick Housing Association", "it's for the contact centre of X": what the
  // request is for, and whose it is — as plain as "our customer X" (round 17).
  rule(
    String.raw`\b(?:[Tt]his\s+is|[Ii]t['’]?s|[Ii]t\s+is|[Tt]hese\s+are|[Tt]hey\s+are|[Tt]he\s+(?:file|licen[cs]es?|request)\s+(?:is|are))\s+for\s+(?:the|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:system|servers?|site|installation|deployment|environment|platform|contact\s+cent(?:er|re)|call\s+cent(?:er|re)|box)\s+(?:at|of|belonging\s+to|owned\s+by|run\s+by)\s+(?:the\s+)?${NAME}`,
    0.75,
  ),
  rule(
    String.raw`${NAME}['’]s?\s+(?:(?:new|current|existing|own|live|prod)\s+)?(?:contact\s+cent|integration\s+partner|production|PureConnect|CIC\b|IC\b|lab\b|servers?|licen|system|site|DR\b|UAT\b|QA\b|test\b|staging\b|training\b|environment|platform|IVR|upgrade|Engage|Genesys|data\s*cent|(?:developers|agents|engineers|admins|IT\s+team|team|staff|users)\s+(?:need|want|use|run|are|will))`,
    0.72,
  ),
  // "migrating X from …", "the upgrade of X from 2020 R4 to 2025 R1" (round 16 §10).
  rule(
    String.raw`\b(?:migrat(?:e|ing|ion\s+of)|upgrad(?:e|ing)|upgrade\s+of|mov(?:e|ing)|move\s+of|relocat(?:e|ing|ion\s+of)|rebuild(?:ing)?|reinstall(?:ing)?|rehost(?:ing)?)\s+${NAME}\s+(?:from|to|onto|off)\b`,
    0.7,
  ),
  rule(
    String.raw`\b(?:[Ff]or|[Pp]our|[Pp]ara|[Ff]ür)\s+(?:(?:our|the|their|notre|nuestro|unseren?)\s+)?(?:(?:end\s+)?(?:customer|client|prospect|cliente|Kunden?)\s*[:,]?\s+(?:(?:named|called)\s+)?${ARTICLE})?(?:M\/[Ss]\.?\s+)?${NAME}`,
    0.7,
  ),
  // "pour la Caisse Régionale du Rhône", "para el Banco …", "für die Stadtwerke …", "voor de Gemeente …": the preposition
  // and the article the other request languages put before a name (round 16 §9).
  rule(
    String.raw`\b(?:[Pp]our|[Pp]ara|[Ff]ür|[Vv]oor)\s+(?:la|le|les|l['’]|el|los|las|o|a|os|as|die|der|das|den|dem|de|het)\s*${NAME}`,
    0.7,
  ),
  // "de licentie van Waterschap Rivierenland", "die Lizenzen für X", "las licencias para X": the licence, then whose.
  rule(
    String.raw`\b(?:licenties?|[Ll]izenz(?:en)?|licen[cç]as?|licencias?|licenze|licences?)\s+(?:van|für|para|per|pour)\s+(?:(?:la|le|les|l['’]|el|los|las|die|der|das|den|dem|de|het)\s*)?${NAME}`,
    0.7,
  ),
  // "the PureConnect system at Contoso Bank", "the CIC server of X", "the UAT stack of X", "the lab belonging to X":
  // what is licensed, then whose it is (round 11).
  rule(
    String.raw`\b(?:system|servers?|site|installation|deployment|environment|env|platform|stack|cluster|instance|tenant|setup|lab|contact\s+cent(?:er|re)|call\s+cent(?:er|re)|${PRODUCT})\s+(?:at|of|belonging\s+to|owned\s+by|run\s+by|operated\s+by)\s+(?:the\s+)?${NAME}`,
    0.65,
  ),
  // "el servidor de producción de Clínica X", "o servidor de testes da X", "le serveur de production du X": the
  // server, what it is for, then whose — in the request languages (round 17).
  rule(
    String.raw`\b(?:servidor|serveur|server|sistema|système|ambiente|entorno|environnement)\s+(?:(?:de|di)\s+\p{Ll}+\s+)?(?:de|do|da|du|del|della|dello|di|des)\s+(?:la\s+|le\s+|el\s+|l['’]\s*)?${NAME}`,
    0.65,
  ),
  // "a licence for us (Quillfeather Insurance, Leeds)", "We (Corrib Ferries Ltd) need …", "Our GARN is 0127765 (Boreal
  // Transit)": the name in brackets after the writer's pronoun or an account number says whose it is (round 11).
  rule(
    String.raw`(?:\b(?:[Uu]s|[Ww]e|[Oo]urselves)|\b(?:GARN|[Aa]ccount)\b[^().;\n]{0,20}?\d[\d-]{3,})\s*\(\s*${NAME}\s*(?:[,;][^()]{0,40})?\)`,
    0.75,
  ),
  // "… but right now Linden Grove Hospice needs a temp file": whoever needs the file, wherever in the sentence.
  rule(
    String.raw`(?<=(?:^|[,;:–—-]|\b[\p{Ll}]+)\s*)${NAME}\s+(?:needs|requires|wants|is\s+(?:asking|waiting)\s+for)\s+(?:an?|the|its|their|new|one|another)\s+(?:[\w-]+\s+){0,3}?(?:activation|licen[cs]es?|files?|keys?)\b`,
    0.62,
  ),
  // "We are working with Riverside Community Bank on …", "we've just closed a deal with X", "a pilot / proof of concept
  // with X" (round 16 §9).
  rule(
    String.raw`\b(?:(?:working|partnering|engaged)\s+with|(?:deal|contract|agreement|order|pilot|proof\s+of\s+concept|PoC|POC|trial)\s+with)\s+(?:(?:our|the)\s+(?:end\s+)?(?:customer|client)\s+)?${NAME}`,
    0.65,
  ),
  // "We are deploying Engage at Pinecrest Utilities", "installation at customer site X".
  rule(
    String.raw`\b(?:deploy\w*|install\w*|go(?:ing)?[\s-]+live|implement\w*|roll(?:ing)?[\s-]+out)\b[^.;\n]{0,30}?\bat\s+(?:(?:the\s+)?(?:customer|client)(?:\s+site)?\s+)?${NAME}`,
    0.65,
  ),
  // Written in lower case, a company still shows by its legal form: "licence for litware inc".
  rule(
    String.raw`\b[Ff]or\s+([a-z][\w&.'-]*(?:\s+[a-z][\w&.'-]*){0,3}\s+(?:inc|ltd|llc|corp|gmbh|ag|bv|plc|sa|group|bank))\b`,
    0.65,
  ),
  rule(
    String.raw`(?:^|[-–:]\s+|^(?:[Aa]s\s+(?:discussed|agreed|promised|mentioned)|[Gg]ood\s+news|[Ss]o|[Aa]lso|[Tt]oday|[Nn]ow|[Hh]appy\s+to\s+say|[Hh](?:i|ello|ey)(?:\s+(?:all|team|there|everyone))?)\s*[,!:]\s+|^[\p{Lu}][^,.;:]{2,50},\s+)${NAME}(?:\s+\([^()]{1,40}\)|,\s+(?:a|an|the|one\s+of)\s+[^,()]{3,60},)?\s+(?:(?:recently|just|now|also|finally|already|today)\s+)?(?:(?:is|are|has|have|was|were)\s+(?:now\s+|just\s+|also\s+)?(?:[a-z]+ing|bought|purchased|ordered|signed|decided|added|upgraded|migrated|moved|built|installed|deployed|commissioned|acquired|renewed|expanded|replaced|rebuilt|completed|set\s+up)|would\s+like\s+to|(?:wants?|plans?|needs?|intends?)\s+to|will\s+(?:(?:soon|now|shortly)\s+)?(?:upgrade|migrate|move|add|need|replace|expand|deploy|install|renew|extend|rebuild|switch|cut\s+over|go[\s-]+live|be\s+(?:[a-z]+ing|moving))|(?:is|are)\s+(?:looking|planning|about|ready|set|due)\b|go(?:es)?[\s-]+live\b|(?:is|are)\s+(?:a|an)\s+(?:new|existing|current)\s+(?:[\w-]+\s+){0,2}(?:customer|client|deployment|install\w*|site|system)\b|upgrades?|bought|purchased|ordered|added|signed|expanded|upgraded|migrated|acquired|renewed|extended|increased|virtuali[sz]ed|replaced|rebuilt|moved|needs?|wants?|runs?|plans?|requires?|requests?)\b`,
    0.65,
  ),
  // "la Banca Popolare del Garda aggiorna il suo server …": a sentence that starts with the customer doing it.
  rule(
    String.raw`(?:^|[.!]\s+)(?:[Ll]a|[Ii]l|[Ll]o|[Ee]l|[Ll]e|[Ll]'|[Aa]|[Oo]|[Dd]ie|[Dd]er|[Dd]as)\s*${NAME}\s+(?:aggiorn\w*|migr\w*|pass\w*|ha(?:nno)?\s+bisogno|necesit\w*|actualiz\w*|precis\w*|atualiz\w*|a\s+besoin|ont\s+besoin|met\s+à\s+jour|brauch\w*|benötig\w*|aktualisier\w*|zieh\w*|wechsel\w*|déménag\w*|install\w*|instal\w*)\b`,
    0.65,
  ),
  // "Vantage Credit Union, Outbound Contact Solution 8.5, 22 agents": the company heads a list of what it orders.
  // "Canterbury Regional Council - SIP Server 9.0 x 110": a spaced hyphen sets the list off as a dash does.
  rule(
    String.raw`(?:^|[.!]\s+)${NAME}\s*(?:[,–—]|\s-)\s+(?=(?:Genesys\s+)?(?:[\p{Lu}][\w-]*\s+){1,4}v?\d{1,2}\.\d)`,
    0.65,
  ),
  // "the rollout to Castlegate Insurance's claims team", "go-live at X", "the cutover for X": where the system goes.
  rule(
    String.raw`\b(?:[Rr]oll[\s-]?out|[Gg]o[\s-]?live|[Cc]ut[\s-]?over|[Dd]eployment|[Ii]mplementation|[Ii]nstallation)\s+(?:to|at|for)\s+(?:the\s+)?${NAME}(?<!['’]s)(?:['’]s(?=\s)|(?![\p{L}'’]))`,
    0.65,
  ),
  // "We at Kestrel Airways need …", "here at X": an End User writing for itself (read back).
  rule(String.raw`\b(?:[Ww]e|[Hh]ere)\s+at\s+${NAME}`, 0.6),
  rule(
    String.raw`(?<!\b(?:[Ss]old[\s-]?[Tt]o|[Ff]rom|[Bb]y|[Aa]t|[Ww]e(?:\s+are)?|[Ww]ith|${MACHINE_MAKER})\s*[:(]?\s*)(?<!\b[Ss]old[\s-]?[Tt]o\b[^.();]{1,30}\(\s*)(?:^|(?<=[,;:(]\s*)|(?<=\b(?:and|to|for)\s+))(${FIRST}(?:\s+(?:${WORD}|${LINK}))*,?\s+${LEGAL_FORM})(?![\p{L}])`,
    0.6,
  ),
];

/** `hey team - grayson county 911's cic server died`: a name written in lower case, before what it owns. */
const LOWER_CASE_OWNER =
  /(?:^|[-–:,]\s+)((?:[a-z0-9][\w&.-]*\s+){0,3}[a-z0-9][\w&.-]*)['’]s\s+(?:cic|pureconnect|ic|contact\s+cent\w*|servers?|system|licen[cs]e|site|production|prod|lab|dr)\b/;
/** `can u do the engage licnese for tidewater logistics they bought 60 seats`: all lower case, ended by a pronoun. */
const LOWER_CASE_FOR =
  /\b(?:lic\w*|file|order|kit|keys?)\s+for\s+((?:[a-z][\w&'-]*\s+){1,3}?[a-z][\w&'-]*)\s*(?:,|\.|-|\s(?:they|who|which|as|since|because|pls|please)\b)/;
const LEADING_STOP = /^(?:(?:hey|hi|hello|team|our|the|their|so|and|but|also|customer|client)\s+)+/;

const OTHER_ROLE_AFTER =
  /^(?:\s*[,;][^()]{0,40})?\s*\)?\s*(?:,\s*|\(\s*)?(?:(?:is|are|was|will\s+be|acts?\s+as)\s+)?(?:the|our|a|their)\s+(?:[\w-]+\s+)?(?:reseller|distributor|disti|partner|integrator|supplier|VAR|Sold[\s-]?To)\b/i;

/** The company the licenses are for (Engage `companyName`, PureConnect `endUserAccount`). */
/** `not`: a name the mail gives another role (the distributor the order went through is not the End User). */
export function findCompany(units: ProseUnit[], not?: string): NameMention | undefined {
  const found = firstMatch(units, COMPANY_RULES, not, OTHER_ROLE_AFTER);
  if (found) return { ...found, name: inFull(found.name, units) };
  for (const unit of units) {
    const owner = LOWER_CASE_OWNER.exec(unit.text);
    const name = owner?.[1]?.replace(LEADING_STOP, '').trim();
    if (name && name.split(' ').length >= 2 && isCompanyLike(name)) return { name, line: unit.line, confidence: 0.55 };
  }
  for (const unit of units) {
    if (/\p{Lu}/u.test(unit.text)) continue;
    const name = LOWER_CASE_FOR.exec(unit.text)?.[1]?.replace(LEADING_STOP, '').trim();
    if (name && name.split(' ').length >= 2 && isCompanyLike(name)) return { name, line: unit.line, confidence: 0.5 };
  }
  return selfNamed(units, not);
}

/**
 * "We are Harbour Dental Group, 40 agents on …", "we're Coastline Mutual and we need …": a writer naming its own
 * company, in a sentence that speaks of no customer, partner or reseller — read last, below every cue that names
 * a customer, and at a confidence that has it read back (round 15). A partner that names itself so and no
 * customer gives its own name, which the settling of who is who weighs (organisation.ts).
 */
const WE_ARE = new RegExp(String.raw`(?:^|[.!?;,:]\s*|\b(?:and|so)\s+)(?:[Ww]e\s+are|[Ww]e['’]re)\s+${NAME}`, 'gu');
const SPEAKS_OF_ANOTHER = /\b(?:customers?|clients?|partners?|resellers?|distributors?|integrators?|on\s+behalf)\b/i;

function selfNamed(units: ProseUnit[], not?: string): NameMention | undefined {
  for (const unit of units) {
    if (unit.row || SPEAKS_OF_ANOTHER.test(unit.text)) continue;
    for (const match of unit.text.matchAll(WE_ARE)) {
      const after = unit.text.slice(match.index + match[0].length);
      const name = clean(endAtSentence(match[1]!, after));
      if (not && name.toLowerCase() === not.toLowerCase()) continue;
      if (isCompanyLike(name) && !OTHER_ROLE_AFTER.test(after)) return { name, line: unit.line, confidence: 0.6 };
    }
  }
  return undefined;
}

/** "rehost for Baltic Freight" and later "Baltic Freight SIA is replacing …": the name with its legal form. */
function inFull(name: string, units: ProseUnit[]): string {
  if (new RegExp(`${LEGAL_FORM}$`, 'u').test(name)) return name;
  if (/^[A-Z]{2,6}$/.test(name)) return spelledOut(name, units) ?? name;
  const full = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name)},?\s+${LEGAL_FORM}(?![\p{L}])`, 'u');
  for (const unit of units) {
    const match = full.exec(unit.text);
    if (match) return clean(match[0]);
  }
  return longerMention(name, units) ?? name;
}

/**
 * "the server at Red River Farm Credit crashed … End user Red River Farm Credit Services, sold to …": the same name
 * written longer elsewhere in the mail, by capitalised words ending where its phrase ends (round 16 §3).
 */
function longerMention(name: string, units: ProseUnit[]): string | undefined {
  const longer = new RegExp(
    String.raw`(?<![\p{L}\d])${escapeRegExp(name)}((?:\s+[\p{Lu}][\p{L}'’&-]*){1,3})(?=\s*(?:[,.;:)]|$|\s(?:and|is|are|has|have|needs?|sold|GARN)\b))`,
    'u',
  );
  for (const unit of units) {
    const match = longer.exec(unit.text);
    const found = match ? clean(name + match[1]!) : undefined;
    if (found && isCompanyLike(found)) return found;
  }
  return undefined;
}

/**
 * "The Metropolitan Emergency Communications Authority (MECA) requires …" and later "MECA runs …": the name the
 * abbreviation stands for, where the mail spells it out before it in brackets (issue 25 round 9 §1).
 */
function spelledOut(abbreviation: string, units: ProseUnit[]): string | undefined {
  const spelled = new RegExp(
    String.raw`((?:[\p{Lu}][\p{L}&'’-]*\s+(?:(?:of|for|and|de|du|del|&)\s+)?){2,8})\(\s*${abbreviation}\s*\)`,
    'u',
  );
  for (const unit of units) {
    const words = spelled
      .exec(unit.text)?.[1]
      ?.trim()
      .replace(/^The\s+/, '');
    if (!words) continue;
    const initials = words
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials === abbreviation) return words;
  }
  return undefined;
}

/** Who the licenses are for, named by a cue that says so (`our customer X`, `X's production`), not by `for X`. */
const NAMES_THE_CUSTOMER = 0.72;
const folded = (name: string) => name.toLowerCase().replace(/[^\p{L}\d]/gu, '');

/**
 * "End User: Harbor Point Dental Partners" labelled, "Our customer Bayview Orthodontics has added …" in the
 * prose: two companies for one field, so neither is sent (issue 25 "Bad input"). A short or full form of the
 * same name ("Quay CX" / "Quay CX Ltd") is one company.
 */
export function otherCompanyThan(labelled: string, units: ProseUnit[], labelLine: number, not?: string) {
  const said = findCompany(
    units.filter((u) => u.line !== labelLine),
    not,
  );
  if (!said || said.confidence < NAMES_THE_CUSTOMER) return undefined;
  // "North Harbour Port Authority" labelled, "Harbour Port Authority" said: one name clipped is the same company.
  const [a, b] = [folded(labelled), folded(said.name)];
  if (a.includes(b) || b.includes(a)) return undefined;
  // "Kingfisher is part of our customer Harbour Leisure Group": a sentence that names the labelled company
  // beside the other relates the two, it does not give the field a second value (issue 25 round 9 §2).
  const first = labelled.split(/\s+/)[0]!;
  const beside = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(first)}(?![\p{L}\d])`, 'iu');
  const relates =
    first.length >= 4 && units.some((u) => u.line === said.line && beside.test(u.text.replace(said.name, '')));
  return relates ? undefined : said;
}

/**
 * "Customer: Fenwick Opticians" labelled and "Fenwick Opticians Limited is expanding …" in the prose: the name
 * with its legal form, as a short name the signature gives in full takes the full form (issue 25 round 9 §2).
 */
export function fullerCompanyName(labelled: string, units: ProseUnit[], labelLine: number): string | undefined {
  const said = findCompany(units.filter((u) => u.line !== labelLine));
  if (!said || said.confidence < NAMES_THE_CUSTOMER - 0.1) return undefined;
  const [short, full] = [folded(labelled), folded(said.name)];
  const withForm = new RegExp(String.raw`[\s,]${LEGAL_FORM}$`, 'u').test(said.name);
  return withForm && full.length > short.length && full.startsWith(short) ? said.name : undefined;
}
