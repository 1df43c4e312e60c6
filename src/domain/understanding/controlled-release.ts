/**
 * What a controlled-software order must say (DOMAIN.md §5, seed 000): the release (component or CD/DVD
 * name and version), the operating system, the language if localized, FTP or courier, the ship-to address
 * with phone and email for a courier, and the reason.
 */
import type { LabelledValue } from './labelled-lines.ts';
import { allMatches, clauseEnd, tidy } from './text.ts';

export interface Found {
  value: string;
  start: number;
  end: number;
  confidence: number;
}

const OS =
  /\b(?:(?:Microsoft\s+)?Windows\s+Server\s+\d{4}(?:\s+R2)?(?:\s+(?:Standard|Datacenter|Enterprise)(?:\s+Edition)?)?|Windows\s+(?:20\d\d|10|11|7|8(?:\.1)?|XP|Vista|Server)(?:\s+(?:Standard|Datacenter|Enterprise|Pro|Professional|IoT|LTSC|LTSB|N))*|Windows\s+(?:32|64)[\s-]?bits?|Windows(?=\s*(?:[.,;)?!]|$|\s+(?:please|only|machines?|servers?|hosts?|boxes|platform|os)\b))|Linux(?=\s*(?:[.,;)?!]|$|\s+(?:please|only|machines?|servers?|hosts?|boxes|platform|os|package|build|version|installer)\b))|Win\s?(?:2k\d{1,2}|20\d\d|10|11)|Win(?:dows)?\s*(?:Server|Srv|Svr)\s*(?:20\d\d|2k\d{1,2})(?:\s+R2)?|W2K\d{1,2}|Red\s*Hat\s+(?:Enterprise\s+Linux|Linux|EL)?\s*\d+(?:\.\d+)?|RHEL\s*\d+(?:\.\d+)?|CentOS\s*(?:Stream\s*)?\d+(?:\.\d+)?|Oracle\s+Linux\s*\d+(?:\.\d+)?|OEL\s*\d+|Rocky\s+Linux\s*\d+(?:\.\d+)?|Alma\s*Linux\s*\d+(?:\.\d+)?|Ubuntu(?:\s+\d+\.\d+(?:\s+LTS)?)?|Debian\s*\d+|SUSE(?:\s+Linux\s+Enterprise(?:\s+Server)?)?\s*\d+(?:\s+SP\d)?|SLES\s*\d+(?:\s+SP\d)?|Solaris(?:\s*\d+(?:\.\d+)?)?|AIX(?:\s*\d+(?:\.\d+)?)?|HP-?UX\s*\S*|macOS\s*\S*)/gi;

export function findOs(text: string): Found | undefined {
  const m = OS.exec(text);
  OS.lastIndex = 0;
  if (!m) return undefined;
  return { value: m[0].trim(), start: m.index, end: m.index + m[0].trim().length, confidence: 0.9 };
}

/** Languages by their English names, then in their own names and scripts ("Deutsch", "日本語", "한국어"). */
const LANGUAGES = [
  'English|Japanese|French|German|Spanish|Portuguese|Chinese|Mandarin|Cantonese|Korean|Italian|Dutch|Flemish|Russian',
  'Polish|Swedish|Norwegian|Danish|Finnish|Icelandic|Turkish|Arabic|Hebrew|Persian|Farsi|Urdu|Czech|Slovak|Slovenian',
  'Hungarian|Romanian|Bulgarian|Croatian|Serbian|Ukrainian|Estonian|Latvian|Lithuanian|Greek|Thai|Vietnamese',
  'Indonesian|Malay|Filipino|Tagalog|Hindi|Bengali|Tamil|Catalan|Basque|Galician|Afrikaans',
  'Deutsch|Espa[ñn]ol|Castellano|Fran[çc]ais(?:\\s+canadien)?|Portugu[êe]s|Italiano|Nederlands|Polski|Svenska|Norsk',
  'Dansk|Suomi|T[üu]rk[çc]e|Nihongo|[ČC]e[šs]tina|Magyar|Rom[âa]n[ăa]|Русский|Українська|Ελληνικά|Catal[àa]',
  'Bahasa(?:\\s+(?:Indonesia|Melayu|Malaysia))?|Ti[ếe]ng\\s+Vi[ệe]t|日本語|한국어|中文|简体中文|繁體中文|繁体中文|ภาษาไทย|العربية|עברית|हिन्दी',
].join('|');
/** A variety named before the language: "Latin American Spanish", "Brazilian Portuguese", "Simplified Chinese". */
const VARIETY =
  '(?:(?:Latin[\\s-]+American|LatAm|Mexican|European|Castilian|Iberian|Brazilian|Canadian|Swiss|Austrian|Belgian|Simplified|Traditional|(?:US|UK|British|American|International)(?=\\s+English))\\s+)?';
/**
 * A region or script written after the language as part of its name: "português do Brasil", "Portuguese of
 * Brazil", "Chinese Simplified". A region or code in
 * brackets ("Spanish (Latin America)", "(pt-PT)") is an annotation, and "for Canada" says where it is used:
 * the language is read without them.
 */
const REGION =
  '(?:\\s+(?:do|du|da|of|from)\\s+(?:Brazil|Brasil|Canada|M[ée]xico|Portugal|Spain|Latin\\s+America|Taiwan|Hong\\s+Kong|Mainland\\s+China)|\\s+(?:Simplified|Traditional|Brazilian|LatAm)(?![\\p{L}]))?';
const NAMED = `${VARIETY}(?:${LANGUAGES})${REGION}`;
/** Not inside a longer word, in any script. */
const EDGE = '(?<![\\p{L}\\p{N}_])';
const END = '(?![\\p{L}\\p{N}_])';
const LANGUAGE = new RegExp(`${EDGE}(${NAMED})${END}`, 'iu');
const NO_LOCALIZATION =
  /\b(?:no\s+locali[sz]\w*|not\s+locali[sz]ed|without\s+locali[sz]\w*|no\s+(?:specific\s+)?language|language\s*:\s*(?:none|n\/a|-)|locali[sz]ation\s*:\s*(?:none|no|n\/a)|none\s+needed)\b/i;

/**
 * "in Brazilian Portuguese", "the Italian version", "German localized", "Japanese language pack", "English
 * is fine", "Korean please".
 */
const LANGUAGE_CUED = new RegExp(
  `${EDGE}(?:in|into|for)\\s+${NAMED}${END}(?!\\s+(?:site|office|team|subsidiary|branch|entity|company|market|partner|customer)s?${END})|${EDGE}${NAMED}\\s*-?\\s*(?:version|edition|pack|LP|language|speaking|locali[sz]ed|locali[sz]ation|translation|translated|release|build|UI|GUI|interface|locale|only|please|is\\s+(?:fine|ok|okay|good|enough|needed|required))${END}|${EDGE}(?:translated|translation|locali[sz]ed|locali[sz]ation)\\s+(?:in|into|to)\\s+${NAMED}${END}`,
  'iu',
);

/**
 * In an order, a language written as an item of its own between the other fields: "…, Japanese, by courier",
 * "RHEL 7, english, FTP", "- Korean -", or right after the release's build number: "WDE 8.5.118.10 Italian for …".
 */
const LANGUAGE_ITEM = new RegExp(
  `(?:^|[,;/|(]|\\s[-–—]|\\n|(?<=\\d\\.\\d+\\.\\d+(?:\\.\\d+)?)(?=\\s))\\s*(${NAMED})\\s*(?=[,;/|)]|[-–—]\\s|\\.?\\s*$|\\.?\\s*\\n|(?<=\\s)(?:for|on|by|via)\\s)`,
  'iu',
);

/**
 * A language named for the release; `none` when the order says no localization is needed. `inOrder`: the
 * text is a controlled order (or the answer to the language question), where a bare list item is a language.
 */
/** A language's code, taken only as the answer to the language question ("JP please", "de"). */
const LANGUAGE_CODE =
  /^\s*(?:in\s+)?(JP|JA|DE|FR|ES|PT|IT|KO|ZH|NL|PL|RU|SV|pt-BR|fr-CA|es-MX|zh-CN|zh-TW|ja-JP|de-DE|fr-FR|es-ES)\b/i;

export function findLanguage(text: string, explicitContext: boolean, inOrder = false): Found | undefined {
  const code = explicitContext ? LANGUAGE_CODE.exec(text) : null;
  if (code) {
    const start = code.index + code[0].indexOf(code[1]!);
    return { value: code[1]!, start, end: start + code[1]!.length, confidence: 0.75 };
  }
  const m = fullestNaming(text);
  const cued =
    /\b(?:language|locali[sz]\w*|version\s+in|in\s+\w+\s+(?:language|version)|translated|translation)\b/i.test(text) ||
    LANGUAGE_CUED.test(text);
  if (m && (cued || explicitContext)) {
    return { value: m[1]!.replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length, confidence: 0.85 };
  }
  const item = inOrder ? LANGUAGE_ITEM.exec(text) : null;
  if (item) {
    const start = item.index + item[0].indexOf(item[1]!);
    return { value: item[1]!.replace(/\s+/g, ' '), start, end: start + item[1]!.length, confidence: 0.8 };
  }
  const none = NO_LOCALIZATION.exec(text);
  if (none) return { value: 'none', start: none.index, end: none.index + none[0].length, confidence: 0.8 };
  return undefined;
}

const LANGUAGES_ALL = new RegExp(LANGUAGE.source, 'giu');

/**
 * The first language named, as fully as the text names it anywhere: a subject "WDE Portuguese" over a
 * body asking for "Portuguese of Brazil" is the body's variety.
 */
function fullestNaming(text: string): RegExpExecArray | null {
  const all = [...text.matchAll(LANGUAGES_ALL)];
  const first = all[0];
  if (!first) return null;
  const word = (m: RegExpMatchArray) => m[1]!.toLowerCase().split(/\s+/);
  const fuller = all.find((m) => m[1]!.length > first[1]!.length && word(m).some((w) => word(first).includes(w)));
  return (fuller ?? first) as RegExpExecArray;
}

/**
 * How the release is delivered (seed 000: FTP or courier), in the words people use: "SFTP", "secure file
 * transfer", "electronic delivery", "digitally" are FTP; "on a DVD", "by DHL", "physical media", "a USB
 * stick", "registered post" are courier. A method refused ("not by courier, FTP please") is not the one.
 */
const DELIVERY =
  /\b(s?ftp|ftps|(?:secure\s+)?file\s+transfer|download\s+link|electronic(?:ally)?|e-?delivery|digital(?:ly|\s+delivery)|(?:as\s+a\s+|via\s+)download|courier|ship(?:ped|ping)?\s+(?:it|the\s+(?:media|dvd|cd|disks?|discs?))|physical(?:ly\s+(?:shipped|delivered)|\s+(?:media|copy|dvd|cd|discs?|disks?|shipment|delivery))|by\s+(?:registered\s+|express\s+)?post|postal(?:\s+service)?|dhl|fedex|tnt|ups(?:\s+(?:shipping|delivery))|on\s+(?:a\s+)?(?:dvd|cd|discs?|disks?|usb(?:\s+(?:stick|drive|key))?)s?)\b/gi;
const REFUSED =
  /\b(?:not|no|never|instead\s+of|rather\s+than|don'?t\s+(?:want|need|send)|do\s+not\s+(?:want|need|send)|without)\s+(?:\w+\s+){0,2}$/i;

export function findDelivery(text: string): Found | undefined {
  for (const m of text.matchAll(DELIVERY)) {
    if (REFUSED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const ftp = /ftp|file\s+transfer|download|electronic|delivery|digital/i.test(m[1]!);
    return { value: ftp ? 'ftp' : 'courier', start: m.index, end: m.index + m[0].length, confidence: 0.9 };
  }
  return undefined;
}

/** "ship to …", "deliver to …", "address: …": to the end of the line (addresses are written with commas). */
export function findShipTo(text: string): Found | undefined {
  const m =
    /\b(?:ship(?:ped|ping)?\s+(?:it\s+|them\s+|the\s+\w+\s+)?to|deliver(?:ed|y)?\s+(?:it\s+)?to|send\s+(?:it|them|the\s+\w+)\s+to|(?:send|sent|ship|deliver|post|mail)\w*\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:by|via|with|per)\s+(?:courier|post|mail|dhl|fedex|ups|tnt)(?:\s+[A-Z]\w*){0,2}\s+to|(?:send|post|mail|ship)\s+(?:it|them)\s+on\s+(?:[\w-]+\s+){0,2}?(?:media|cds?|dvds?|disks?|usb)\s+to|(?:by|via)\s+courier\s*(?:,\s*)?(?:please|pls|plz)?\s*[-–—:]\s+(?=[^\n]{0,60}\d)|courier[,:]?\s+(?:(?:it|them|please|pls|plz)[,:]?\s+)*to|(?:courier|dhl|fedex|ups|tnt)\b[^\n.]{0,20}?\bto\s+(?=(?:our|the|their|my)\b[^\n]{0,40}:)|(?:ship-?to|delivery|courier|shipping)\s+address\s*(?:is|:)?|address\s*(?:is|:)|\b(?:to\s+(?:the\s+|this\s+)?address|(?:addr|adr)(?![a-z])\.?)\s*[:=-]?(?=\s*[A-Z0-9])(?=[^\n]{0,60}\d))\s*:?\s*/i.exec(
      text,
    );
  if (!m) return undefined;
  // "send per FedEx to address 88 Nanjing Rd": the word "address" introduces it, it is not part of it.
  const start =
    m.index +
    m[0].length +
    (/^(?:the\s+|this\s+)?address\b\s*[:=-]?\s*/i.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
  const lineEnd = text.indexOf('\n', start);
  let end = lineEnd === -1 ? text.length : lineEnd;
  // The address ends with its e-mail address, or with its sentence ("… Seoul, it@umbrella.example. OS is …").
  const line = text.slice(start, end);
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line);
  // "Av. Paulista", "St. Mary's Rd.": a short abbreviation's dot ends no sentence.
  const sentenceEnd = /(?<!\b[A-Z][a-z]{0,3})\.\s+(?=[A-Z][a-z]+\b)/.exec(
    email ? line.slice(email.index + email[0].length) : line,
  );
  // "…, Osaka; the DC has no outside connection": a semicolon starts the next clause, no address has one.
  const clause = /;\s/.exec(line);
  if (email) end = start + email.index + email[0].replace(/\.+$/, '').length;
  else if (sentenceEnd) end = start + sentenceEnd.index;
  if (clause && start + clause.index < end) end = start + clause.index;
  const value = tidy(text.slice(start, end));
  if (value.length < 8 || !/\d/.test(value)) return undefined;
  return { value, start, end, confidence: 0.8 };
}

/** "because …", "reason: …", "we need this build for …", "required by our auditors". */
export function findReason(text: string, needs = true): Found | undefined {
  for (const m of allMatches(text, REASON)) {
    const start = m.index;
    const end = clauseEnd(text, start + m[0].length);
    const value = tidy(text.slice(start, end));
    // "We need it for RHEL 7", "we need it in Japanese": the platform or language, no reason.
    const rest = tidy(text.slice(start + m[0].length, end));
    if (value.length < 8 || (findOs(rest) ?? findLanguage(rest, true))?.value.length === rest.length) continue;
    return { value, start, end, confidence: 0.75 };
  }
  // "- our payroll interface was certified only against that build": the clause that says so.
  const certified = CERTIFIED.exec(text);
  if (certified) {
    const before = text.slice(0, certified.index);
    const start = Math.max(...[/\.\s/g, /\s[-–—]\s/g, /;\s/g, /:\s/g, /\n/g].map((re) => lastEnd(before, re)));
    const end = clauseEnd(text, certified.index + certified[0].length);
    const value = tidy(text.slice(start, end));
    if (value.length >= 8) return { value, start, end, confidence: 0.7 };
  }
  if (!needs) return undefined;
  // "we have no internet there", "Initech's Seoul office needs the localized UI", "its for the PCI site":
  // a need or a constraint of the site, told as a clause of its own. The orderer's own need or duty is the
  // order itself ("we need the CD", "we need to order …", "how we must do"); only their constraint is a reason.
  for (const m of allMatches(text, NEED)) {
    const rest = text.slice(m.index + m[0].length);
    const orderer = /^(?:we|i)\s/i.test(m[0]);
    if (orderer && !CONSTRAINT.test(m[0])) continue;
    // "Umbrella's Seoul agents need it": a need with nothing said of what for is no reason.
    if (/\b(?:needs?|requires?|must)$/i.test(m[0]) && /^\s*(?:it|them|this|that)?\s*(?:[.,;!?]|$)/i.test(rest))
      continue;
    const end = clauseEnd(text, m.index + m[0].length);
    const value = tidy(text.slice(m.index, end));
    if (value.length >= 12) return { value, start: m.index, end, confidence: 0.7 };
  }
  return undefined;
}

/** Who has the need: the site, its people, the customer ("we", "Initech's Seoul office", "the agents"). */
const NEEDER = String.raw`(?:we|they|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|their\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+(?:[\w-]+\s+){0,2}?(?:site|agents|office|customer|client|team|users|network|store|branch|plant|cent(?:re|er)|datacenter|dc|location|facility|building|lab)|[A-Z][\w-]*'s\s+(?:[\w-]+\s+){0,2}?[\w-]+)`;
const NEED = new RegExp(
  String.raw`\b${NEEDER}\s+(?:(?:still|really|all)\s+)?(?:needs?|requires?|must|cannot|can'?t|can\s+not|(?:is|are)\s+not\s+allowed\s+to|forbids?|prohibits?|(?:has|have)\s+no|(?:do|does)\s*(?:not|n'?t)\s+have|(?:is|are)\s+(?:air[\s-]?gapped|offline|isolated|segregated|disconnected)|open(?:s|ing)?\s+(?:a|an|their|our|the)\s+new|open(?:s)?\s+(?:a|an)|(?:is|are)\s+opening|will\s+open)\b|\b(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+for\s+(?:the|our|their|a|an)\s+`,
  'gi',
);
/** What stops the orderer from downloading: "we cannot …", "we have no internet", "we are not allowed to". */
const CONSTRAINT =
  /\b(?:cannot|can'?t|can\s+not|not\s+allowed|forbids?|prohibits?|have\s+no|(?:do|does)\s*(?:not|n'?t)\s+have|air[\s-]?gapped|offline|isolated|segregated|disconnected)\b/i;

const CERTIFIED =
  /\b(?:certified|validated|qualified|approved|tested)\s+(?:only\s+)?(?:with|against|on|for)\b|\bonly\s+(?:certified|validated|qualified|approved)\b|\b(?:supports?|certif(?:y|ies)|validates?|accepts?|works\s+with)\s+only\s+(?:that|this|the)\b|\bhas\s+certified\s+only\b/i;

function lastEnd(text: string, re: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(re)) end = m.index! + m[0].length;
  return end;
}

const REASON =
  /\b(?:because|reason\s*(?:is|:|=)|(?<!\b(?:for|no|any|some|this|that|what|which|whatever|one|a|the)\s+)reason(?=\s+(?:the|our|we|they|their|it|its|this|that|a|an|customer|client|site)\b)|why\s*:|the\s+reason\s+(?:is|being)|as\s+(?:our|the|we|they|their)|since\s+(?:our|the|we)\s+(?!\w+\s+(?:upgrade|update|patch|change))|required\s+(?:by|for)|needed\s+(?:by|for)|we\s+need\s+(?:it|this|that|exactly\s+this|this\s+\w+|that\s+\w+)\s+(?:for|to|because)|in\s+order\s+to|so\s+that|due\s+to|for\s+(?:compliance|certification|audit|regulatory|our\s+\w+\s+(?:freeze|certification|audit|rollout|lab|site)))(?!\w)/gi;

/** The release: a labelled one, else the clause naming the product with a version (or a CD/DVD). */
export function findRelease(
  text: string,
  productSpans: ReadonlyArray<readonly [number, number]>,
  label?: LabelledValue,
): Found | undefined {
  if (label) return { value: label.value, start: label.start, end: label.end, confidence: 0.95 };
  const version = /(?<![\w.])v?\d{1,3}(?:\.\d{1,4}){1,3}(?![\w.]*\d)/.exec(text);
  const media = /\b(?:CD|DVD|ISO)\b/i.exec(text);
  const anchor = version ?? media;
  if (!anchor) return undefined;
  // The product written with the version, on its line ("Component: SIP Server 8.5.104.12").
  const product = productSpans.find(
    ([, e]) => e <= anchor.index && anchor.index - e < 40 && !text.slice(e, anchor.index).includes('\n'),
  );
  // "the latest WDE 8.5 maintenance release": which release of the line is part of its name.
  // "the French localized WDE 8.5.118.10 build": its localization too.
  const which = product
    ? (/\b(?:latest|newest|most\s+recent|current|last|(?:[A-Z][a-z]+\s+)?locali[sz]ed)\s+$/.exec(
        text.slice(0, product[0]),
      ) ?? /\b(?:latest|newest|most\s+recent|current|last)\s+$/i.exec(text.slice(0, product[0])))
    : null;
  const start = which ? which.index : product ? product[0] : anchor.index;
  const end = anchor.index + anchor[0].length;
  // What names the deliverable after the version: "CD set", "SU 6 Japanese language pack", "media kit".
  const tail =
    /^(?:[ \t]+(?:SU|ES|FP|SP|patch|update)[ \t]*\d+)?(?:[ \t]+[\w.-]+){0,3}?[ \t]+(?:CDs?(?:[ \t]+(?:set|image))?|DVDs?(?:[ \t]+(?:set|image))?|ISO(?:[ \t]+image)?|image|package|build|media(?:[ \t]+kit)?|kit|language[ \t]+pack|LP|locali[sz]ation|installer|(?:maintenance[ \t]+|minor[ \t]+|major[ \t]+)?release|hot[ \t]*fix)\b|^[ \t]+(?:SU|ES|FP|SP)[ \t]*\d+\b/i.exec(
      text.slice(end),
    );
  return { value: tidy(text.slice(start, end + (tail ? tail[0].length : 0))), start, end, confidence: 0.8 };
}

/**
 * Where a courier address is written (DOMAIN.md §5 asks for it with a telephone and an e-mail): from "ship
 * to", "deliver to", "courier … to", "attn." to the end of the line, or the block under a "Ship to:" line.
 */
export function shipToSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(
    /\b(?:ship(?:ped|ping)?(?:\s+it|\s+them)?\s+to|deliver(?:y|ed)?\s+(?:address|to)|courier\b[^\n]{0,30}?\bto|send\s+(?:it|them|the\s+\w+)\s+to|(?:post|send|mail)\s+(?:it|them)\s+(?:on|by|via|as)\s+(?:(?:physical|a)\s+)?(?:media|dvds?|cds?|dis[ck]s?|usb(?:\s+\w+)?|courier|post|mail)\s+to|attn\.?|attention\s*:|ship[\s-]?to\s*:|address\s*:|\b(?:addr|adr)(?![a-z])\.?|to\s+(?:the\s+)?address\b)/gi,
  )) {
    const lineEnd = text.indexOf('\n', m.index!);
    let end = lineEnd === -1 ? text.length : lineEnd;
    if (/:\s*$/.test(text.slice(m.index!, end))) {
      const block = text.indexOf('\n\n', end);
      end = block === -1 ? text.length : block;
    }
    spans.push([m.index!, end]);
  }
  return spans;
}
