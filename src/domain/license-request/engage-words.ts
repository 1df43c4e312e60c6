/**
 * The order kit's choices said in words (seed 002: server configuration, purpose, deployment mode):
 * | said                                                                  | read as               |
 * |-----------------------------------------------------------------------|-----------------------|
 * | "three-server redundant", "3 node redundant", quorum, 冗長               | three-redundant        |
 * | "two independent servers", "2 license servers, independent", "one per data centre", "split 50/50" | multiple-independent |
 * | "each gets its own file carrying the same N seats" (seed 002: each server controls its own file) | multiple-independent |
 * | "each server its own file", "one licence file per server", "a separate file for each", "split evenly / half-half" | multiple-independent |
 * | "single server", "1 server", "one license server only", standalone, "a single Windows Server 2022 machine", "Eén server" | single |
 * | "for production", "prod box", "(evaluation, 90 days)", "their UAT", "sales demos", "They're production" | the purpose |
 * | "blended", "the same agents handle both" / "separate groups", "dedicated per solution" | the mode |
 * A sentence that offers several values ("production, lab, test or DR?", "single / three redundant /
 * multiple independent") is a question or a form's hint, not an answer: it gives none of them.
 */
import { spelledLicense } from './abbreviations.ts';
import type { Collected } from './collector.ts';
import { parseDeploymentMode, parsePurpose, parseServerConfiguration } from './normalise.ts';
import type { ProseUnit } from './prose-units.ts';
import type { EngageRecord } from './schema.ts';

/**
 * "License server only one", "Le serveur de licences est unique", "El servidor de licencias es único", "License
 * servers: just one", "Der Lizenzserver ist nur einer": the server named first, then how many — said after a
 * verb, a colon or "only" (round 12, cause 6). "Server one: lic01" (no verb) is a heading; "one of two", "one
 * or three?" and "1 primary" are not the count.
 */
const SERVER_NOUN = String.raw`(?:licen[cs]e\s+)?servers?|serveurs?(?:\s+de\s+licences?)?|servidor(?:es)?(?:\s+de\s+licen(?:cias|ças))?|(?:lizenz|licentie)server|server\s+(?:di\s+)?licenz[ae]`;
const SAID_ONE = String.raw`(?:(?:only|just|nur|seulement|solo|sólo|apenas|solamente)\s+)?(?:the\s+)?(?:one|1|unique|únic[oa]|unic[oa]|einer|single)\b`;
const SINGLE_SAID_AFTER = new RegExp(
  String.raw`\b(?:${SERVER_NOUN})(?:\s*[:=–-]\s*|\s*\(\s*|\s+(?:is|are|est|es|ist|è|é|only|just)\s+)${SAID_ONE}(?!\s+(?:of|or|per|and|primary|main|backup|secondary)\b|\s*[/+])`,
  'i',
);

const PLACE = String.raw`(?:site|location|data\s*cent(?:er|re)|dc|region|office|campus|country|branch)`;

const OWN_FILE_PATTERN =
  /\b(?:each|both)\s+(?:one\s+|server\s+|of\s+them\s+)?(?:runs?|works?|stands?|operates?)\s+(?:on\s+)?(?:its|their)\s+own\b|\b(?:each|every|both|either|DR|standby|backup|secondary|second|other|same)\b[^.;]{0,80}?\b(?:its|their)\s+own\s+(?:licen[cs]e\s+)?(?:data\s+)?(?:file|server)\b(?!\s+(?:room|rack))|\b(?:its|their)\s+own\s+(?:licen[cs]e\s+)?(?:data\s+)?file\b[^.;]{0,40}?\b(?:same|each|both|either)\b/i;
/** Cheap first: the pattern runs only on a sentence that says "own". */
const OWN_FILE_BESIDE_ANOTHER = { test: (text: string) => /\bown\b/i.test(text) && OWN_FILE_PATTERN.test(text) };
/** "no redundancy between them", "not redundant", "without any failover redundancy": redundancy said not to be. */
const NO_REDUNDANCY =
  /\b(?:no|not|non|without|nor)\s+(?:any\s+|real\s+)?(?:[\w-]+\s+)?(?:redundan|redondan|ridondan)\w*/gi;

const CONFIGURATION: [{ test(text: string): boolean }, string, number][] = [
  [
    /\b(?:three|3)[\s-]*(?:(?:licen[cs]e|node|server)s?[\s-]+)*redundan|redundant\s+(?:set|configuration|setup|trio|group|servers?)?\s*(?:of|with)\s+(?:three|3)\b|\bquorum\b|\b(?:three|3|trois|drei|tres)\s+(?:serveurs?\s+)?(?:redondants?|redundante)|冗長/i,
    'three-redundant',
    0.75,
  ],
  [
    /(?<!\bnot\s|\bnon[\s-])\bindependent\b(?=[^.]{0,40}\b(?:servers?|licen|nodes?|config|setup))|\b(?:servers?|licen[cs]e\s+servers?|nodes?)\b[^.]{0,40}(?<!\bnot\s|\bnon[\s-])\bindependent\b|\bone\s+(?:per|in\s+each|at\s+each|for\s+each)\s+(?:site|data\s*cent(?:er|re)|dc|location|region)\b|\bsplit\s+(?:the\s+)?(?:licen[cs]es|seats)|\bsplit\s+\d+\s*\/\s*\d+|\b\d+\s*\/\s*\d+\s+split\b|indépendants|unabhängige|independientes|indipendenti|independentes|onafhankelijke|独立|\b(?:each|every|both)\s+(?:[\w-]+\s+){0,3}?(?:(?:gets?|has|have|receives?|with|needs?)\s+)?(?:(?:its|their)\s+)?own\s+(?:licen[cs]e\s+)?(?:data\s+)?file\b|\b(?:one|a|an|1|separate|individual)\s+(?:separate\s+|individual\s+)?(?:licen[cs]e\s+)?(?:data\s+)?files?\s+(?:per|for\s+each|for\s+every|for\s+both)\b|\b(?:split|divided|shared|distributed)\s+(?:evenly|equally|half\s*[/-]\s*half|50\s*[/:-]\s*50|fifty[\s-]+fifty)\b/i,
    'multiple-independent',
    0.7,
  ],
  // "each site one license server with its own file", "every data centre has a licence server of its own",
  // "one license server per site": a server for each place is a server each (round 15, cause 7) — not "each site
  // connects to one license server", where the places share it.
  [
    new RegExp(
      String.raw`\b(?:each|every)\s+${PLACE}\b(?:(?!\b(?:to|via|through|against|from|on|uses?|shares?|the)\b)[^.]){0,25}?\b(?:one|an?|1|its\s+own|(?:a\s+)?(?:single|separate|dedicated))\s+(?:licen[cs]e\s+)?server\b(?!s)|\b(?:one|an?|1|separate|own)\s+(?:licen[cs]e\s+)?server\s+(?:per|in\s+each|at\s+each|for\s+each)\s+${PLACE}\b`,
      'i',
    ),
    'multiple-independent',
    0.7,
  ],
  // "the DR box carries its own file with the same 25 seats", "each site … on its own server with its own file": a
  // file of its own said beside another server (each, both, a standby or DR one, the same seats) is a file each
  // (seed 002: each server controls its own file) (round 17).
  [OWN_FILE_BESIDE_ANOTHER, 'multiple-independent', 0.7],
  [
    /\bsingle[\s-]+(?:licen[cs]e\s+)?server\b|\bsingle\s+(?:server\s+)?(?:setup|configuration|config|instance)\b|\b(?:1|one)\s+(?:licen[cs]e\s+)?server\b(?!s|\s+(?:per|in\s+each|at\s+each|for\s+each))|\bonly\s+one\s+(?:licen[cs]e\s+)?server\b|\bstand-?alone\b|\b(?:ein(?:em|en)?\s+)?einzeln(?:e[rnm]?)?\s+(?:lizenz)?server|\bein(?:em|en)?\s+lizenzserver\b|(?:^|:\s*)single\b|\(\s*single\s*\)|serveur\s+unique|un\s+seul\s+serveur|einzelserver|einzelner\s+server|servidor\s+único|un\s+solo\s+servidor|um\s+(?:único\s+)?servidor(?:\s+de\s+licenças)?\s+(?:único|apenas|só)|um\s+único\s+servidor|un\s+(?:solo|unico)\s+server|[eé]én\s+(?:licentie)?server|\b(?:a|one)\s+single\s+(?:[\w.-]+\s+){0,4}?(?:server|machine|box|VM|host)\b(?!s)|シングル|1台/i,
    'single',
    0.75,
  ],
  [SINGLE_SAID_AFTER, 'single', 0.7],
  // "Le serveur de licences unique s'appelle …", "el servidor de licencias único": the word for "only" after the noun.
  [new RegExp(String.raw`\b(?:${SERVER_NOUN})\s+(?:unique|únic[oa]|unic[oa])(?![\p{L}])`, 'iu'), 'single', 0.7],
  [/(?<!\bnot\s|\bnon-|\bnon\s)\bredundant\b|redondan|redundan|ridondan/i, 'three-redundant', 0.6],
];

const PURPOSE_WORD =
  'pre-?prod\\w*|pre-?live|recette|acceptance|testumgebung|testsystem|produktivumgebung|produktivsystem|demos?|demonstrations?|evaluation|eval|trial|poc|pilot|proof\\s+of\\s+concept|testing|tests?|lab|qa|uat|staging|homologa\\w*|development|dev|training|production|productive|prod|live|producción|produktion|produção|producao|produzione|productie|pruebas?|testes?|laboratoire|laboratório|laboratorio|labor|desenvolvimento|sviluppo|démo|développement|entwicklung|desarrollo|本番|検証|テスト|開発|評価|デモ';
/**
 * A purpose said not to be ("não é produção"), or said as the step after this one ("a test environment until
 * February, then we'll come back for production", "before it goes live"), is none of the choices (round 11 §8).
 */
const NEGATED_PURPOSE = new RegExp(
  [
    String.raw`\b(?:not|n[ãa]o(?:\s+[ée])?|no\s+es|non\s+[èe]|nicht|pas|geen|niet)\s+(?:for\s+|para\s+|a\s+|an?\s+)?(?:${PURPOSE_WORD})`,
    String.raw`\b(?:then|later(?:\s+on)?|afterwards|after\s+that|next\s+year|eventually)\b[^.;]{0,40}?\b(?:${PURPOSE_WORD})\b`,
    String.raw`\b(?:${PURPOSE_WORD})\b(?:\s+licen[cs]es?)?\s+(?:will|is\s+to|are\s+to|can)\s+(?:follow|come\s+later)\b`,
    String.raw`\b(?:before|until|ahead\s+of|prior\s+to)\s+(?:(?:they|it|we|changes|patches|upgrades)\s+)?(?:go(?:es)?|move|reach(?:es)?|hit)\s+(?:(?:in)?to|near)\s+(?:the\s+)?(?:production|prod|live)\b|\b(?:before|until|ahead\s+of)\s+(?:(?:they|it|we)\s+)?(?:the\s+)?go(?:es)?[\s-]+live\b`,
    // "antes de pasar a producción", "antes de ir para produção", "avant la mise en production", "bevor es in die
    // Produktion geht", "prima di andare in produzione": the step after this one, in the request languages.
    String.raw`\b(?:antes\s+de\s+(?:pasar|ir|passar|subir|llevar\w*|levar)\s+(?:a|para|em|en)\s+(?:la\s+)?|avant\s+(?:la\s+)?(?:mise\s+en\s+|le\s+passage\s+en\s+|de\s+passer\s+en\s+)|bevor\s+(?:es|sie|wir)\s+(?:in\s+(?:die\s+)?|live\s+)|vor\s+(?:der|dem)\s+|prima\s+(?:di\s+andare\s+|del\s+passaggio\s+)?in\s+)(?:producci[oó]n|produ[çc][ãa]o|production|produktion\w*|produktiv\w*|produzione|go-?live)`,
  ].join('|'),
  'gi',
);
const PURPOSE = new RegExp(
  [
    String.raw`\b(?:for|in|on|into|en|pour|para|für|em|per|voor)\s+(?:[\w'-]+\s+){0,3}?(${PURPOSE_WORD})\b`,
    String.raw`\b(${PURPOSE_WORD})\s+(?:environment|env|system|site|use|usage|build|tenant|copy|farm|licen[cs]es?|(?:licen[cs]e\s+)?files?|keys?|purposes?|box|rig|machine|vms?|host|stack|cluster|server|instance|only|setup|install(?:ation)?|platform|contact\s+cent(?:er|re)|at\s+customer|order(?:\s+kit)?|request|licensing)\b`,
    String.raw`^(${PURPOSE_WORD})(?:\s+use)?\W*$`,
    // "ambiente de testes", "ambiente di produzione", "environment of test": the word after the environment.
    String.raw`\b(?:ambiente|entorno|omgeving|environnement|environment)\s+(?:de|di|da|of|van|du)\s+(${PURPOSE_WORD})\b`,
    // "fichiers de licence de production", "licencias de prueba": the licenses named by what they are for.
    String.raw`\blicen[cs]i?[ea]s?\s+(?:de|di|da|du|van)\s+(${PURPOSE_WORD})(?![a-zà-ÿ])`,
    String.raw`\b(?:purpose|zweck|objet|finalit[ée]|finalidad|prop[óo]sito|uso)\s*(?:is|=|:|ist|est|es)?\s*(${PURPOSE_WORD})\b`,
    // "Single server. Env: PROD": the environment labelled inside a sentence (issue 25 round 9 §1).
    String.raw`\b(?:[Ee]nv(?:ironment)?|ENV(?:IRONMENT)?)\s*(?:is|=|:)\s*(${PURPOSE_WORD})\b`,
    // "Both are production.", "All three are production", "each one is for UAT": the servers said as a whole.
    String.raw`\b(?:both|all(?:\s+(?:two|three|four|of\s+them|the\s+servers))?|each(?:\s+one)?|either|these|those|the\s+(?:two|three|four)(?:\s+(?:servers|boxes|nodes|sites|machines|vms))?)\s+(?:are|is|will\s+be)\s+(?:all\s+|only\s+|purely\s+)?(?:for\s+)?(${PURPOSE_WORD})\b`,
    // "It's all production", "this is purely for testing" (round 16 §10).
    String.raw`\b(?:it'?s|it\s+is|this\s+is|they'?re|they\s+are|we'?re|we\s+are|that'?s)\s+(?:(?:all|only|just|purely|strictly|entirely)\s+)?(?:for\s+)?(?:their|our|the|a)?\s*(${PURPOSE_WORD})\b`,
    String.raw`\bto\s+(test|evaluate|demo)\b`,
    // "Engage 9.0 production, three redundant servers": the purpose right after the version, before a comma.
    String.raw`\d\.\d+\s+(${PURPOSE_WORD})\s*[,;]`,
    // 本番環境向け, 検証用: Japanese has no word boundaries, so the purpose is the word before what it qualifies.
    '(本番|検証|テスト|開発|評価|デモ)(?:環境|用途?|向け|システム|サーバー?|目的)',
    // testomgeving, acceptatieomgeving, Produktivumgebung: Dutch and German write the environment as one word.
    String.raw`\b(test|acceptatie|productie|ontwikkel|produktiv|entwicklungs|abnahme)(?:omgeving|systeem|umgebung|system)\b`,
    // "One server only, live production.": the purpose as its own phrase, "live" or "full" before it (round 14).
    String.raw`(?:^|[,(;.]\s*|\s[-–—]\s+)(?:(?:live|full|real)\s+)?(${PURPOSE_WORD})(?:\s+(?:for\s+now|only|at\s+first|initially))?\s*(?:[,.):;]|\s[-–—|]\s|$)`,
  ].join('|'),
  'i',
);
/**
 * The purpose said by who works on the environment and what they do there (round 15): "a sandbox where our developers
 * build new IVR flows", "the developers' environment", "programmers will use this lab to code and debug" are for
 * development whatever the place is called ("lab" alone would read as testing); "a lab where our QA team tests
 * patches" is testing.
 */
const DEVELOPERS = String.raw`(?:developers?|devs|programmers|coders|dev(?:elopment)?\s+team)`;
const USED_BY: [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\b${DEVELOPERS}['’]?s?['’]?\s+(?:sandbox|environment|lab|box|server|system|instance|rig)\b|\b${DEVELOPERS}\b[^.;]{0,40}?\b(?:build|write|debug|develop|code|coding|program|prototyp)\w*`,
      'i',
    ),
    'development',
  ],
  [/\b(?:QA|testers|test(?:ing)?\s+team|QA\s+team)\b[^.;]{0,30}?\btest(?:s|ing)?\b/i, 'testing'],
];

/** Who answers: "agents", "the trainee agents", "staff", "agent pools" — not a server group or port pool (round 14). */
const PEOPLE = String.raw`(?:agents?|people|persons|staff|teams?|operators|reps|advisors|advisers|employees|agent\s+(?:groups?|pools?))`;
/**
 * "Agents are multi-skilled", "the same trainee agents use both", "one team of operators handles both channels",
 * "they switch between calls and chats": one set of people for every solution (round 14).
 */
const ONE_SET_OF_PEOPLE = new RegExp(
  [
    String.raw`\b(?:multi|cross)[\s-]?skill(?:ed|ing)?\b|\buniversal\s+agents\b`,
    // "the same team will look after both servers" is who runs them, "the same number of agents" a count; the same
    // people or staff answer the contacts ("the same agents" is read above).
    String.raw`\b(?:same|shared)\s+(?:(?!(?:number|amount|count|quantity|of|as|for|and|\d+)\b)[\w-]+\s+){0,2}?(?:people|persons|staff|operators|reps|advisors|advisers)\b(?!\s+(?:per|for\s+each)\b)`,
    String.raw`\b(?:one|a\s+single|single)\s+(?!per\b)(?:[\w-]+\s+)?(?:team|group|pool|set)\s+of\b`,
    String.raw`\b${PEOPLE}\s+(?:[\w-]+\s+){0,2}?(?:handles?|use|uses|works?|takes?|answers?|covers?|does|do|serves?)\s+(?:both|all)\b`,
    String.raw`\b(?:${PEOPLE}|they)\s+(?:[\w-]+\s+)?switch(?:es)?\s+between\b`,
  ].join('|'),
  'i',
);
/** "Each solution has its own agents", "handled by different teams", "distinct agent pools" (round 14). */
const SETS_PER_SOLUTION = new RegExp(
  [
    String.raw`\b(?:each|every)\s+(?:solution|product|channel|item|queue|application)\s+(?:has|gets|with|uses)\s+its\s+own\s+(?:[\w-]+\s+)?${PEOPLE}`,
    String.raw`\b(?:different|distinct|separate)\s+(?:[\w-]+\s+)?${PEOPLE}\b`,
  ].join('|'),
  'i',
);
const MODE: [RegExp, 'blended' | 'separate'][] = [
  [
    /ブレンド|\bblended\b|\bsame\s+(?:group\s+of\s+|pool\s+of\s+|team\s+of\s+)?agents\b|\bshared\s+agents\b|\bagents\s+(?:are\s+)?shared\b|\bagents\s+(?:handle|do|take)\s+(?:both|all)\b|\bmixte|\bgemischt|\bmezclad|\bagentes\s+compartilhad|\bagentes\s+compartid|\bagenti\s+condivis|\bagents\s+shared\s+(?:between|across)|\bshared\s+between\s+(?:the\s+)?(?:two|both)/i,
    'blended',
  ],
  [
    /\bseparate(?:ly)?\b(?!\s+(?:[\w-]+\s+)?(?:questions?|e-?mails?|mails?|notes?|threads?|topics?|matters?|issues?|requests?|orders?|POs?|invoices?|tickets?|cases?|messages?|points?|subjects?)\b)|\bdedicated\s+(?:agent\s+)?(?:agents?\s+|groups?\s+|teams?\s+)?(?:per|for\s+each)\b|\bagents\s+(?:are\s+)?dedicated\b|\bdifferent\s+(?:agents?|agent\s+(?:groups?|teams?|pools?))\b|\bsépar|\bgetrennt|\bseparad/i,
    'separate',
  ],
  [ONE_SET_OF_PEOPLE, 'blended'],
  [SETS_PER_SOLUTION, 'separate'],
];

/** The values of one choice a sentence names, to tell an answer from a list of options. */
export function offersSeveral(
  text: string,
  parse: (raw: string) => { ok: boolean; value?: unknown },
  words: RegExp,
): boolean {
  const values = new Set<unknown>();
  for (const match of text.matchAll(words)) {
    const parsed = parse(match[0]) as { ok: boolean; value?: unknown };
    if (parsed.ok) values.add(parsed.value);
  }
  // Two values with "or", "/" or a question mark, or three in a row, are options: "production, lab, test or DR?".
  return values.size >= 3 || (values.size === 2 && /\?|\/|\bor\b|\bou\b|\boder\b|\bo\b/.test(text));
}
const PURPOSE_ANY = new RegExp(String.raw`\b(?:${PURPOSE_WORD})\b`, 'gi');
const CONFIGURATION_ANY = /\bsingle\b|\bthree[\s-]+redundant\b|\bredundant\b|\bmultiple\b|\bindependent\b/gi;

/**
 * "still checking with their architect whether they want the two as independent servers or as part of a
 * redundant triple - will confirm": a choice not yet made is none of them (it is asked, not guessed).
 */
const UNDECIDED =
  /\bwhether\b[^.?!]*\bor\b|\b(?:not\s+(?:yet\s+)?(?:sure|decided|confirmed)|undecided|tb[cd]\b|to\s+be\s+(?:confirmed|decided)|(?:will|to)\s+confirm\b|still\s+(?:checking|deciding|discussing)|(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+(?:yet\s+)?decided)/i;

export function readEngageChoices(units: ProseUnit[], out: Collected<EngageRecord>, confidence: number): void {
  for (const unit of units) {
    const text = spelledLicense(unit.text);
    if (UNDECIDED.test(text)) continue;
    if (!out.has('serverConfiguration') && !offersSeveral(text, parseServerConfiguration, CONFIGURATION_ANY)) {
      const stated = /redundan|redondan|ridondan/i.test(text) ? text.replace(NO_REDUNDANCY, ' ') : text;
      const found = CONFIGURATION.find(([pattern]) => pattern.test(stated));
      const parsed = found ? parseServerConfiguration(found[1]) : undefined;
      if (found && parsed?.ok) out.set('serverConfiguration', parsed.value, unit.line, found[2], 'prose');
    }
    // "… ao ambiente de testes (não é produção)": a purpose said not to be is none of the choices.
    const said = text.replace(NEGATED_PURPOSE, ' ');
    if (!out.has('purpose') && !offersSeveral(said, parsePurpose, PURPOSE_ANY)) {
      const match = PURPOSE.exec(said);
      const word = USED_BY.find(([pattern]) => pattern.test(said))?.[1] ?? match?.slice(1).find(Boolean);
      const parsed = word ? parsePurpose(word) : undefined;
      if (parsed?.ok) out.set('purpose', parsed.value, unit.line, confidence + 0.05, 'prose');
    }
    // "por separado (no blended)", "nothing blended", "never blended", "isn't blended": a mode said not to be is none.
    const modeSaid = text.replace(
      /\b(?:no|not|non|nicht|pas|nothing|never|isn'?t|aren'?t|without)\s+(?:(?:be|been|being|is|are|any)\s+)?blended\b/gi,
      ' ',
    );
    if (!out.has('deploymentMode') && !(/\bblended\b/i.test(modeSaid) && /\bseparate(?:ly)?\b/i.test(modeSaid))) {
      const found = MODE.find(([pattern]) => pattern.test(modeSaid));
      const parsed = found ? parseDeploymentMode(found[1]) : undefined;
      if (parsed?.ok) out.set('deploymentMode', parsed.value, unit.line, confidence + 0.05, 'prose');
    }
  }
}
