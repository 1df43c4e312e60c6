/**
 * What a controlled-software order must say (DOMAIN.md §5, seed 000): the release (component or CD/DVD
 * name and version), the operating system, the language if localized, FTP or courier, the ship-to address
 * with phone and email for a courier, and the reason.
 */
import type { LabelledValue } from './labelled-lines.ts';
import { tidy } from './text.ts';

export interface Found {
  value: string;
  start: number;
  end: number;
  confidence: number;
}

/** What follows a family named without its release, as the platform: "Windows.", "Linux installer", "linux-based". */
const BARE = String.raw`\s*(?:[.,;)?!]|$|-based\b|\s+(?:please|pls|plz|only|machines?|servers?|hosts?|boxes|platform|os|package|pkg|rpms?|binar(?:y|ies)|build|version|installer|edition|flavou?r|variant|media|dvd|cd|iso|image|kit)\b|\s+ARCH)`;

const OS = new RegExp(
  /\b(?:(?:Microsoft\s+)?Windows\s+Server\s+\d{4}(?:\s+R2)?(?:\s+(?:Standard|Datacenter|Enterprise)(?:\s+Edition)?)?|Windows\s+(?:20\d\d|10|11|7|8(?:\.1)?|XP|Vista|Server)(?:\s+(?:Standard|Datacenter|Enterprise|Pro|Professional|IoT|LTSC|LTSB|N)\b)*|Windows\s+(?:32|64)[\s-]?bits?|(?:(?:32|64)[\s-]?bits?\s+)?(?:Windows|Linux|RHEL|Red\s*Hat|CentOS|Debian|SLES|SUSE|Oracle\s+Linux)(?=BARE)|(?:Linux|Win)(?:32|64)\b|Win\s?(?:2k\d{1,2}|20\d\d|10|11)|Win(?:dows)?\s*(?:Server|Srv|Svr)\s*(?:20\d\d|2k\d{1,2})(?:\s+R2)?|W2K\d{1,2}|Red\s*Hat\s+(?:Enterprise\s+Linux|Linux|EL)?\s*\d+(?:\.\d+)?|RHEL\s*\d+(?:\.\d+)?|CentOS\s*(?:Stream\s*)?\d+(?:\.\d+)?|Oracle\s+Linux\s*\d+(?:\.\d+)?|OEL\s*\d+|Rocky\s+Linux\s*\d+(?:\.\d+)?|Alma\s*Linux\s*\d+(?:\.\d+)?|Ubuntu(?:\s+\d+\.\d+(?:\s+LTS)?)?|Debian\s*\d+|SUSE(?:\s+Linux\s+Enterprise(?:\s+Server)?)?\s*\d+(?:\s+SP\d)?|SLES\s*\d+(?:\s+SP\d)?|Solaris(?:\s*\d+(?:\.\d+)?)?|AIX(?:\s*\d+(?:\.\d+)?)?|HP-?UX(?:\s*(?:B\.)?\d+(?:\.\d+)*i?)?|macOS(?:\s*\d+(?:\.\d+)*)?)/gi.source
    .replaceAll('BARE', BARE)
    .replaceAll(
      'ARCH',
      String.raw`(?:x64|x86(?:[_-]?64)?|amd64|arm64|aarch64|ppc64(?:le)?|i[36]86|sparc(?:64)?|(?:32|64)[\s-]?bits?)\b`,
    ),
  'gi',
);

/**
 * What names the platform after its name: the architecture ("RHEL8 x64", "win 10 64bit", "Solaris SPARC",
 * "(x86_64)"), a Windows release ("2012 R2"), a service pack or an HP-UX release ("11i v3").
 */
const OS_TAIL =
  /^(?:[ \t]*[-/]?[ \t]*(?:\(\s*)?(?:x64|x86(?:[_-]?64)?|amd64|arm64|aarch64|ppc64(?:le)?|i[36]86|sparc(?:64)?|(?:32|64)[ \t-]?bits?|R2|SP\s?\d|v\d+|LTS)(?:\s*\))?(?!\w|\.\d))+/i;

export function findOs(text: string): Found | undefined {
  const all = [...text.matchAll(OS)];
  const first = all[0];
  if (!first) return undefined;
  // "(Linux, RHEL 9)": the family, then the release of it — the release is the platform.
  // A subject "… SIP Server 8.5 Solaris" over a body "for Solaris 11": the family named again with its release.
  const family = (m: RegExpMatchArray) => /^[a-z]+/i.exec(m[0])?.[0].toLowerCase();
  const named = /\d/.test(first[0])
    ? first
    : (all.find((m) => /\d/.test(m[0]) && m.index - (first.index + first[0].length) <= 12) ??
      all.find((m) => /\d/.test(m[0]) && family(m) === family(first)) ??
      first);
  // "linux RHEL 7": the family written before its distribution is part of the name.
  const before = named !== first ? null : /\b(?:linux|gnu\/linux)\s+$/i.exec(text.slice(0, named.index));
  const start = before ? before.index : named.index!;
  const bare = named.index! + named[0].trim().length;
  const end = bare + (OS_TAIL.exec(text.slice(bare))?.[0].length ?? 0);
  return { value: text.slice(start, end), start, end, confidence: 0.9 };
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
  `${EDGE}(?:in|into|for)\\s+${NAMED}${END}(?!\\s+(?:site|office|team|subsidiary|branch|entity|company|market|partner|customer)s?${END})|${EDGE}${NAMED}\\s*-?\\s*(?:version|edition|pack|LP|lang\\.?(?:\\s+pack)?|language|speaking|locali[sz]ed|locali[sz]ation|translation|translated|release|build|UI|GUI|interface|locale|templates?|prompts?|reports?|resources|strings|voice|audio|only|please|is\\s+(?:fine|ok|okay|good|enough|needed|required))${END}|${EDGE}(?:translated|translation|locali[sz]ed|locali[sz]ation)\\s+(?:in|into|to)\\s+${NAMED}${END}|${EDGE}${NAMED}\\s+[\\p{L}-]+\\s+(?:templates?|prompts?|version|edition|build|CDs?|DVDs?|media)${END}`,
  'iu',
);

/**
 * In an order, a language written as an item of its own between the other fields: "…, Japanese, by courier",
 * "RHEL 7, english, FTP", "FTP is fine, English. We need it …", "- Korean -", or right after the release's build number: "WDE 8.5.118.10 Italian for …".
 */
const LANGUAGE_ITEM = new RegExp(
  `(?:^|[,;/|(]|\\s[-–—]|\\n|(?<=\\d\\.\\d+\\.\\d+(?:\\.\\d+)?)(?=\\s))\\s*(${NAMED})\\s*(?=[,;/|)]|[-–—]\\s|\\.?\\s*$|\\.?\\s*\\n|\\.\\s+\\p{Lu}|(?<=\\s)(?:for|on|by|via)\\s)`,
  'iu',
);

/**
 * A language named for the release; `none` when the order says no localization is needed. `inOrder`: the
 * text is a controlled order (or the answer to the language question), where a bare list item is a language.
 */
/** A language's code, taken only as the answer to the language question ("JP please", "de"). */
/** The code is the whole answer, or said with a "please": "it should be …" and "it@initech.example" name no language. */
const LANGUAGE_CODE =
  /^\s*(?:in\s+)?(pt-BR|fr-CA|es-MX|zh-CN|zh-TW|ja-JP|de-DE|fr-FR|es-ES|JP|JA|DE|FR|ES|PT|IT|KO|ZH|NL|PL|RU|SV)(?=\s*(?:$|[,.;!)]\s|[,.;!)]?$|\n|\s+(?:please|pls|plz|thanks|thx|version|ui|locale|language|pack|build)\b))/i;

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
  const told = [...text.matchAll(DELIVERY)].filter(
    (m) => !REFUSED.test(text.slice(Math.max(0, m.index - 30), m.index)),
  );
  for (const [k, m] of told.entries()) {
    // "can you ship it over FTP?": the verb of sending says nothing of the way; the means named after it does.
    const means = told[k + 1];
    if (/^ship/i.test(m[0]) && means && means.index - (m.index + m[0].length) <= 12) continue;
    const ftp = /ftp|file\s+transfer|download|electronic|delivery|digital/i.test(m[1]!);
    return { value: ftp ? 'ftp' : 'courier', start: m.index, end: m.index + m[0].length, confidence: 0.9 };
  }
  return undefined;
}

/**
 * Any way of sending with a place it goes to: "sent on DVD to our depot: Globex, 77 Harbour Rd", "via fedex to
 * Initech KK 2-3-4 Shibuya" — the place's name before a colon is not the address; a digit must follow.
 */
const CARRIED_TO =
  /\b(?:s[ei]nt|send(?:ing)?|ship\w*|deliver\w*|courier\w*|post(?:ed)?|mail(?:ed)?|fedex|dhl|ups|tnt|on\s+(?:a\s+)?(?:dvds?|cds?|discs?|usb\w*))\b(?:[^.?!\n]|\.(?=\d)){0,80}?\bto\s+(?:(?:our|the|their|my)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:\s*)?(?=[^\n]{0,60}\d)/i;

/** "ship to …", "deliver to …", "address: …": to the end of the line (addresses are written with commas). */
export function findShipTo(text: string): Found | undefined {
  const m =
    /\b(?:ship(?:ped|ping)?\s+(?:it\s+|them\s+|the\s+\w+\s+)?to|deliver(?:ed|y)?\s+(?:it\s+)?to|send\s+(?:it|them|the\s+\w+)\s+to|(?:send|sent|ship|deliver|post|mail)\w*\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:by|via|with|per)\s+(?:courier|post|mail|dhl|fedex|ups|tnt)(?:\s+[A-Z]\w*){0,2}\s+to|(?:send|post|mail|ship)\s+(?:it|them)\s+on\s+(?:[\w-]+\s+){0,2}?(?:media|cds?|dvds?|disks?|usb)\s+to|(?:by|via)\s+courier\s*(?:,\s*)?(?:please|pls|plz)?\s*[-–—:]\s+(?=[^\n]{0,60}\d)|courier[,:]?\s+(?:(?:it|them|please|pls|plz)[,:]?\s+)*to|(?:courier|ship|send|post|mail|deliver)\s+(?:(?:one|a|two|\d+)\s+(?:copy|copies|set|sets|kit|kits)|the\s+(?:media|discs?|disks?|dvds?|cds?|kit|package|parcel))\s+to|(?:courier|dhl|fedex|ups|tnt)\b[^\n.]{0,20}?\bto\s+(?=(?:our|the|their|my)\b[^\n]{0,40}:)|(?:ship-?to|delivery|courier|shipping)\s+address\s*(?:is|:)?|address\s*(?:is|:)|\b(?:to\s+(?:the\s+|this\s+)?address|(?:addr|adr)(?![a-z])\.?)\s*[:=-]?(?=\s*[A-Z0-9])(?=[^\n]{0,60}\d))\s*:?\s*/i.exec(
      text,
    ) ?? CARRIED_TO.exec(text);
  if (!m) return undefined;
  // "send per FedEx to address 88 Nanjing Rd", "by DHL to our warehouse: Globex, …": the word "address" or the
  // place's name before a colon introduces it, it is not part of it.
  const start =
    m.index +
    m[0].length +
    (/^(?:(?:the\s+|this\s+)?address\b\s*[:=-]?\s*|(?:our|the|their|my)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:\s+)/i.exec(
      text.slice(m.index + m[0].length),
    )?.[0].length ?? 0);
  const lineEnd = text.indexOf('\n', start);
  let end = lineEnd === -1 ? text.length : lineEnd;
  // The address ends with its e-mail address, or with its sentence ("… Seoul, it@umbrella.example. OS is …").
  const line = text.slice(start, end);
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line);
  // "Av. Paulista", "St. Mary's Rd.": a short abbreviation's dot ends no sentence.
  // "attn. Ana Ruiz", "c/o. Northwind": an address's own abbreviations, in any case, end no sentence either.
  const sentenceEnd =
    /(?<!\b[A-Z][a-z]{0,3}|\b(?:[aA]tt[nN]?|[cC]\/[oO]|[nN][oOrR]|[sS]te|[bB]ldg|[aA]pt|[dD]ept|[fF]l|[rR]m|[tT]el|[pP]h))[.?!]\s+(?=[A-Z][a-z]+\b)/.exec(
      email ? line.slice(email.index + email[0].length) : line,
    );
  // "…, Osaka; the DC has no outside connection": a semicolon starts the next clause, no address has one.
  const clause = /;\s/.exec(line);
  if (email) end = start + email.index + email[0].replace(/\.+$/, '').length;
  else if (sentenceEnd) end = start + sentenceEnd.index;
  if (clause && start + clause.index < end) end = start + clause.index;
  // "… Tokyo 150-0002 - windows 2019": the order's next field after a dash is not part of the address.
  for (const dash of text.slice(start, end).matchAll(/\s[-–—|]\s+/g)) {
    const rest = text.slice(start + dash.index! + dash[0].length, end);
    if ([findOs(rest), findDelivery(rest), findLanguage(rest, true)].some((f) => f?.start === 0)) {
      end = start + dash.index!;
      break;
    }
  }
  // "… Leeds LS1 4AB? Our site …": the question mark closes the sentence, not the address.
  while (end > start && /[?!\s]/.test(text[end - 1]!)) end--;
  const value = tidy(text.slice(start, end));
  if (value.length < 8 || !/\d/.test(value)) return undefined;
  return { value, start, end, confidence: 0.8 };
}

/** A deliverable written before the product it is of: "the Korean lang pack of", "the CD image of", "DVD set for". */
const DELIVERABLE_OF = new RegExp(
  `${EDGE}(?:(?:${NAMED}\\s+)?(?:lang(?:uage)?\\.?\\s+pack|LP|CDs?(?:\\s+(?:image|set))?|DVDs?(?:\\s+(?:image|set))?|ISO(?:\\s+image)?|media(?:\\s+kit)?|installation\\s+(?:media|discs?|disks?))|${NAMED}\\s+(?:build|version|edition|locali[sz]ation))\\s+(?:of|for)\\s+(?:the\\s+)?$`,
  'iu',
);
/** "SIP Server 8.5.104.12 Korean version", "… German UI": the localized build's name after its version. */
const LOCALIZED_TAIL = new RegExp(`^[ \\t]+${NAMED}[ \\t]+(?:version|edition|UI|GUI)${END}`, 'iu');

/** The release: a labelled one, else the clause naming the product with a version (or a CD/DVD). */
export function findRelease(
  text: string,
  productSpans: ReadonlyArray<readonly [number, number]>,
  label?: LabelledValue,
): Found | undefined {
  if (label) return { value: label.value, start: label.start, end: label.end, confidence: 0.95 };
  const versions = [...text.matchAll(/(?<![\w.])v?\d{1,3}(?:\.\d{1,4}){1,3}(?![\w.]*\d)/g)];
  const media = /\b(?:CD|DVD|ISO)\b/i.exec(text);
  if (!versions[0]) return media ? releaseAt(text, productSpans, media) : undefined;
  // A subject "GIM 8.5.015 media" over a body ordering "the Genesys Info Mart 8.5.015 ISO": the fullest naming.
  // A subject "SIP Server 8.5" over a body ordering "the SIP Server 8.5.107.05 patch": the build the line's
  // version is short for names the release.
  const first = versions[0][0].replace(/^v/i, '');
  const named = versions
    .filter((v) => {
      const bare = v[0].replace(/^v/i, '');
      return bare === first || bare.startsWith(`${first}.`);
    })
    .map((v) => releaseAt(text, productSpans, v));
  return named.reduce((a, b) => (b.value.length > a.value.length ? b : a));
}

function releaseAt(
  text: string,
  productSpans: ReadonlyArray<readonly [number, number]>,
  anchor: RegExpExecArray | RegExpMatchArray,
): Found {
  const index = anchor.index!;
  // The controlled CD "GIM 8.5 Oracle 19c adapter": a release named in quotes is named whole.
  const quoted = quotedAround(text, index, index + anchor[0].length);
  if (quoted) return quoted;
  // The product written with the version, on its line ("Component: SIP Server 8.5.104.12").
  // The nearest one before it: "Stat Server 8.5 CD (Stat Server 8.5.112.04 media)" restates the product.
  const product = productSpans.findLast(
    ([, e]) => e <= index && index - e < 40 && !text.slice(e, index).includes('\n'),
  );
  // "the latest WDE 8.5 maintenance release": which release of the line is part of its name.
  // "the French localized WDE 8.5.118.10 build": its localization too.
  const which = product
    ? (/\b(?:latest|newest|most\s+recent|current|last|(?:[A-Z][a-z]+\s+)?locali[sz]ed)\s+$/.exec(
        text.slice(0, product[0]),
      ) ?? /\b(?:latest|newest|most\s+recent|current|last)\s+$/i.exec(text.slice(0, product[0])))
    : null;
  // "the Japanese language pack of Genesys Administrator 8.1.3", "the CD image of …": the deliverable named first.
  const deliverable = product && !which ? DELIVERABLE_OF.exec(text.slice(0, product[0])) : null;
  const start = which ? which.index : deliverable ? deliverable.index : product ? product[0] : index;
  const end = index + anchor[0].length;
  // What names the deliverable after the version: "CD set", "SU 6 Japanese language pack", "media kit".
  const tail =
    /^(?:[ \t]+(?:SU|ES|FP|SP|patch|update)[ \t]*\d+)?(?:[ \t]+[\w.-]+){0,3}?[ \t]+(?:CDs?(?:[ \t]+(?:set|image))?|DVDs?(?:[ \t]+(?:set|image))?|ISO(?:[ \t]+image)?|image|package|build|media(?:[ \t]+kit)?|kit|patch(?:es)?|lang(?:uage)?\.?[ \t]+pack|LP|locali[sz]ation|installer|(?:maintenance[ \t]+|minor[ \t]+|major[ \t]+)?release|hot[ \t]*fix|templates?|adapters?|connectors?|plug-?ins?|modules?|add-?ons?|drivers?|bundle|(?:locali[sz]ed|translated)[ \t]+(?:version|edition|build))\b(?:[ \t]+(?:CDs?|DVDs?|ISO|media|kit|set))?(?![ \t]+(?:CDs?|DVDs?)\b)|^[ \t]+(?:SU|ES|FP|SP)[ \t]*\d+\b/i.exec(
      text.slice(end),
    ) ?? LOCALIZED_TAIL.exec(text.slice(end));
  let after = end + (tail ? tail[0].length : 0);
  // "version 8.5.118.10 of Workspace Desktop Edition", "build 9.0.010 for SIP Server": the version said first,
  // the product it is of after it — the release is both.
  const of = product
    ? undefined
    : productSpans.find(([s]) => s >= after && /^[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$/i.test(text.slice(after, s)));
  const lead = of ? /\b(?:version|release|build|ver\.?|rel\.?)[ \t]+$/i.exec(text.slice(0, index)) : null;
  if (of) after = of[1];
  // "the Korean language pack for WDE 8.5 (WDE 8.5.1 Korean LP)": the release restated in brackets, exactly.
  const restated = /^\s*\(([^()\n]{4,60})\)/.exec(text.slice(after));
  // "(AIX 7.3)" after the release is its platform, not the release restated.
  const platform = restated && findOs(restated[1]!);
  if (restated && /\d\.\d/.test(restated[1]!) && /\p{L}{2}/u.test(restated[1]!) && !platform) {
    const at = after + restated[0].indexOf(restated[1]!);
    return { value: tidy(restated[1]!), start: at, end: at + restated[1]!.length, confidence: 0.8 };
  }
  const from = lead ? lead.index : start;
  return { value: tidy(text.slice(from, after)), start: from, end, confidence: 0.8 };
}

/** The quoted name a release's version is written in, on one line: “GIM 8.5 Oracle 19c adapter”. */
function quotedAround(text: string, start: number, end: number): Found | undefined {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const open = /["“«„]([^"“”«»„\n]{0,60})$/.exec(text.slice(lineStart, start));
  const close = /^([^"“”«»„\n]{0,60})["”»]/.exec(text.slice(end));
  if (!open || !close) return undefined;
  const from = lineStart + open.index + 1;
  const to = end + close[1]!.length;
  const value = tidy(text.slice(from, to));
  return /\p{L}{2}/u.test(value) ? { value, start: from, end: to, confidence: 0.85 } : undefined;
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
