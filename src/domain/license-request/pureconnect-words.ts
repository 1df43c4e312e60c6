/**
 * The PureConnect request's choices said in words (seed 003: request type, category, implementation
 * type, deployment type), in the partner's language where we know the words:
 * | said                                                         | read as                         |
 * |--------------------------------------------------------------|---------------------------------|
 * | "quick question", "not a file request"                        | requestType question            |
 * | "(new) activation file", "license file", "AFR"                | requestType activation-file     |
 * | Nuance, Zoom, "third-party"                                   | category third-party (+ type)   |
 * | "hosted", "pay per use", "subscription"                       | category pay-per-use-hosted     |
 * | PureConnect, CIC, an IC server, an I3_ key or SW- part         | category vendor                 |
 * | "for an upgrade", "moving to new hardware", "add 50 seats", "un nuovo sistema", "add the Zoom integration to" | implementationType (table below) |
 * | "production server", "our lab", "cold standby DR server" …     | deploymentType                  |
 * Words that name the kind of file ("new deployment", "reallocated") win over words that describe the
 * situation ("new hardware"); the first of equal rank in the mail wins.
 */
import type { Collected } from './collector.ts';
import {
  ADDED_TO_SYSTEM,
  MADE_A_SYSTEM,
  MADE_NEW_ELSEWHERE,
  MADE_NEW_SYSTEM,
  migrationOntoNewMachineAsMove,
  NEW_SYSTEM_NAMED,
} from './file-kind-verbs.ts';
import type { ProseUnit } from './prose-units.ts';
import type { Provenance, PureConnectRecord } from './schema.ts';

type Implementation = NonNullable<PureConnectRecord['implementationType']>;
type Deployment = NonNullable<PureConnectRecord['deploymentType']>;

/**
 * "Question: …", "we have a question", "it's only a question, no file needed today", "no activation file is required
 * right now", "we do not need a new file yet", "just a quick question": asked about, not asked for (round 14 widened).
 */
const QUESTION = new RegExp(
  [
    String.raw`^(?:quick\s+|a\s+|one\s+|short\s+)?question\b|\b(?:I|we)\s+have\s+a\s+(?:quick\s+)?question\b|\bnot\s+a\s+(?:file\s+)?request\b`,
    String.raw`\b(?:only|just|merely|simply|purely)\s+(?:a|one)\s+(?:quick\s+|short\s+|general\s+|small\s+)?question\b`,
    String.raw`\bno\s+(?:new\s+)?(?:activation\s+|licen[cs]e\s+)?file\s+(?:is\s+)?(?:needed|required|necessary)\b`,
    String.raw`\b(?:do\s+not|don'?t)\s+need\s+(?:a|the|any)\s+(?:new\s+)?(?:activation\s+|licen[cs]e\s+)?file\s+(?:yet|now|today|at\s+the\s+moment|right\s+now)\b`,
  ].join('|'),
  'i',
);
/** "Which MAC will the activation file need on the VM?": a file named inside a question is not asked for… */
const ASKED_ABOUT = /\?\s*$/;
/** …unless the question is a polite request: "Can we get an activation file for …?", "May I have …?" (round 15). */
const POLITE_REQUEST =
  /\b(?:can|could|would|will|may)\s+(?:we|I|you|u)\s+(?:please\s+|kindly\s+)?(?:get|have|receive|obtain|send|issue|generate|provide|create|cut|prepare|share|re-?issue)\b|\bwould\s+you\s+be\s+able\s+to\b|\bis\s+it\s+possible\s+to\s+(?:get|have|receive|issue|send)\b/i;
const FILE_REQUEST =
  /\b(?:activation|licen[cs]e)\s+file|\bAFR\b|aktivierungsdatei|lizenzdatei|fichier\s+(?:d'activation|de\s+licence)|(?:archivo|fichero)\s+de\s+(?:activaci[oó]n|licencia)|(?:arquivo|ficheiro)\s+de\s+(?:ativa[çc][ãa]o|licen[çc]a)|file\s+di\s+(?:attivazione|licenza)|activeringsbestand|activatiebestand|licentiebestand|アクティベーションファイル|ライセンスファイル|ライセンス(?:の)?発行/i;
const THIRD_PARTY =
  /\b(?:Nuance|Zoom|Verint|Calabrio)\b|third[\s-]party|3rd[\s-]party|drittanbieter|\btiers\b|terceros/i;
/** Third-party products partners license through the request tool (seed 003: "for example, Nuance or Zoom"). */
const THIRD_PARTY_PRODUCT = /\b([Nn]uance|NUANCE|[Zz]oom|ZOOM|[Vv]erint|VERINT|[Cc]alabrio|NICE)\b/;
/** "third-party file for X", "archivo … de terceros para X": the capitalised name after the word for "for". */
const THIRD_PARTY_FOR =
  /(?:third[\s-]party|3rd[\s-]party|de\s+terceros|tiers|drittanbieter\w*)[^.;]{0,60}?\b(?:for|para|pour|für|per|voor)\s+(?:(?:the|their|our|its|el|la|le|les|den|die|das|il|de)\s+)?(\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3})/u;
/** "Genesys licences only, no third party", "nothing third-party", "not a third-party file": said not to be one (round 14). */
const NO_THIRD_PARTY =
  /\b(?:no|not|nothing|without|non)\s+(?:(?:a|an|any)\s+)?(?:third|3rd)[\s-]party\b|\bnothing\s+(?:from\s+)?(?:a\s+)?(?:third|3rd)[\s-]part(?:y|ies)\b/gi;
const NOT_A_PRODUCT = /^(?:Production|Prod|Test|Lab|DR|The|This|End|GARN|MAC|Server)\b/;
const HOSTED = /\bpay[\s-]*per[\s-]*use\b|\bPPU\b|\bhosted\b|\bsubscription\b/i;
const VENDOR = /pure\s*connect|\bCIC\b|interaction\s+center|\bIC\s+server|\bI3_[A-Z]|\bSW-?\s?\d{3}\b/i;

/**
 * Rank 1 names the kind of file; rank 2 describes the situation that calls for it; rank 3 only the moment it is
 * for ("going live"), which any other word outranks.
 */
const IMPLEMENTATION: [RegExp, Implementation, 1 | 2 | 3][] = [
  [
    /\badd[\s-]?on\b|\badditional\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es|seats|ports|agents|users)\b|\badd(?:ing)?\s+(?:\d+|(?:the\s+)?(?:following|attached|below|listed|new)\s+(?:\w+\s+)?(?:parts?|items?|licen[cs]es|seats|agents|ports|users|features?))\b|\b(?:include|cover)\s+(?:the\s+)?\d+\s+(?:new|more|extra|additional)\b|\b\d+\s+(?:new|extra)\s+(?:[\w-]+\s+){0,3}(?:seats|licen[cs]es|agents|ports|users)\b|\b\d+\s+more\s+(?:\w+\s+)?(?:seats|licen[cs]es|agents|ports|users)\b|\bampliaci[oó]n|\badicional(?:es)?\b|suppl[ée]mentaires?|zusätzliche|追加/i,
    'add-on',
    1,
  ],
  // "is adding a backup IC server to its production system": a server added beside the licensed one (round 9).
  [
    /\badd(?:s|ing|ed)?\s+(?:a|an|another|one\s+more)\s+(?:new\s+)?(?:backup|secondary|switchover|standby|second)\s+(?:\w+\s+)?(?:server|node|box)\b/i,
    'add-on',
    1,
  ],
  // Any form of the verb in the languages partners write: "migrating", "migre", "migrieren", "migração" (round 11).
  [/\bmigr(?:at|e|ie|a|o|ons|ez|ent)\w*|\bmigr[aá]ci[oó]n|\bmigra[çc][ãa]o/i, 'migration', 1],
  [
    /\bnew\s+(?:(?:lab|test|dr|site|customer|pureconnect|cic)\s+)?(?:deployment|install(?:ation)?|implementation|system)\b|\bnew\s+(?:lab|test|training|uat|staging|qa)\s+(?:server|system|environment|box|instance)\b|\bnew\s+(?:pureconnect\s+|cic\s+)?customer\b|\bfirst\s+(?:\w+\s+)?installation\b|\bgreenfield\b|\bnouveau\s+déploiement|\bneuinstallation|\bnueva\s+(?:implementaci[oó]n|implantaci[oó]n)|\bnova\s+implanta[çc][ãa]o|\b(?:nuov[oa]|nuev[oa]|nov[oa]|nouveau|nouvelle|neue[sn]?)\s+(?:[\w-]+\s+)?(?:sistema|system|système|installazione|instalaci[oó]n|instala[çc][ãa]o|installation)\b|新規/i,
    'new-deployment',
    1,
  ],
  // "is building a new PureConnect lab", "stood up a new test server": a new system made (round 9, round 12 §1).
  // (A disaster recovery site built for a system is a second site of it: which kind of file is asked — b5-21.)
  [MADE_NEW_SYSTEM, 'new-deployment', 1],
  [MADE_NEW_ELSEWHERE, 'new-deployment', 1],
  [
    /\btraslado\s+de\s+(?:la\s+)?licencia|\brealloc\w*|\brealoca\w*|\briallocaz\w*|\bre-?host\w*|\bre-?assign\w*|réaffect|réallocation|neuzuweisung|umzug|reasignaci|reasignar|再発行/i,
    'reallocation',
    1,
  ],
  // "their temp license expires on June 6" is why a file is needed, not the kind of file asked for.
  [
    /(?:\btemporary\b|\btemp\s+(?:licen[cs]e|file|key)|\btemporaire\b|\btemporär|\btemporal\b)(?![^.;]{0,30}\b(?:expir\w*|runs?\s+out|ends|ended|ran\s+out)\b)|一時|仮/i,
    'temporary',
    1,
  ],
  [
    /(?<!\b(?:ahead\s+of|before|prior\s+to|in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:the|their|its|our|an?|this|next\s+year's)\s+(?:planned\s+|coming\s+|upcoming\s+)?)\bupgrad\w*|\bversion\s+up\b|\bfrom\s+(?:(?:PureConnect|CIC|IC)\s+)?20\d\d\s*R\d\s+to\s+(?:(?:PureConnect|CIC|IC)\s+)?20\d\d\s*R\d\b|mise\s+à\s+(?:niveau|jour)|\bactualizaci[oó]n|aktualisier\w*|\baggiorn\w*|\batualiza\w*|バージョンアップ|アップグレード/i,
    'upgrade',
    1,
  ],
  [
    /\bevaluat\w*|\btrial\b|\bproof\s+of\s+concept\b|\bPOC\b|évaluation|evaluierung|evaluaci[oó]n|評価/i,
    'evaluation',
    1,
  ],
  [
    /\breplac\w*\s+(?:the\s+|their\s+|our\s+)?(?:old|existing|current|failed|faulty|dead)\s+(?:\w+\s+)?(?:server|hardware|machine|box|vm)\b|\b(?:motherboard|mainboard|nic|network\s+(?:card|adapter))\s+(?:was\s+|has\s+been\s+)?(?:replac\w*|swap\w*|chang\w*)|\b(?:replac\w*|swap\w*)\s+(?:of\s+)?(?:the\s+)?(?:motherboard|mainboard|nic|network\s+(?:card|adapter))\b|\b(?:died|crashed|failed|dead)\b[^.]{0,60}\b(?:rebuilt|reinstalled|replaced|new\s+(?:vm|server|box|machine))\b|\bnew\s+(?:vm|box)\b|\bnew\s+(?:hardware|server|machine)\b|\bhardware\s+(?:refresh|replacement|failure|change)\b|\b(?:server|hardware|machine)\s+(?:was\s+|has\s+been\s+)?(?:replaced|rebuilt|changed)\b|\brebuilt\s+on\b|\bmac\s+(?:address\s+)?(?:has\s+)?changed\b|\bnew\s+mac\b|\bP2V\b|\bvirtuali[sz](?:ed|ing)\b|\bmove\s+(?:the|their|our)\s+licen[cs]e\b|\bmoving\s+(?:\w+\s+){0,5}to\s+(?:a\s+)?new\b|nouveau\s+(?:serveur|matériel)|neue\s+hardware|nuevo\s+(?:servidor|hardware)|(?:novo\s+(?:servidor|equipamento|hardware)|(?:servidor|equipamento)\s+novo)|\bMAC\s+novo\b|ハードウェア交換|MACアドレスが変わ/i,
    'reallocation',
    2,
  ],
  // "expanding from 100 to 150 agents", "bought the Interaction Recorder module; please update the license".
  [
    /\b(?:expand\w*|increas\w*|grow\w*|extend\w*|rais\w*)\b[^.;]{0,40}\b(?:from\s+\d+\s+to\s+\d+|seats|agents|licen[cs]es|users|ports)\b|\b(?:bought|purchased|ordered)\s+(?:the\s+|an?\s+|some\s+)?(?:[\w-]+\s+){0,4}(?:modules?|features?|add-?ons?)\b|\bwith\s+the\s+new\s+(?:features?|modules?)\b/i,
    'add-on',
    2,
  ],
  // "want to add the Zoom integration to their production system": a module added to a licensed system (round 10).
  [
    /\badd(?:s|ing)?\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:integration|module|feature|option|connector)\s+to\b/i,
    'add-on',
    2,
  ],
  // "purchased Nuance ports to add to their production system": something added to the licensed system (round 12 §2).
  [ADDED_TO_SYSTEM, 'add-on', 2],
  // "traslada su servidor … a un equipo nuevo", "zieht … auf eine neue Maschine um": moved onto new equipment (round 13).
  [
    /\b(?:traslad\w*|déménag\w*|déplac\w*|verschieb\w*|verleg\w*|zieh\w*|umgezogen|spost\w*|trasferi\w*|transfer\w*|transfier\w*)\b[^.;]{0,80}?\b(?:nuev[oa]s?|nouvelles?|nouveaux?|neuen?|neue[mrs]?|nuov[oa]|nov[oa])\b|\bto\s+replace\s+(?:the|their|our|its|an?)\b/i,
    'reallocation',
    2,
  ],
  // "needs its first activation file", "the initial licence for Redwood Clinic": a system licensed for the first time.
  [
    /\b(?:first|initial)\s+(?:[\w-]+\s+){0,2}(?:activation\s+files?|licen[cs]es?(?:\s+files?)?)\b/i,
    'new-deployment',
    2,
  ],
  [
    /\binstalling\b|\bsetting\s+up\b|\bset\s+up\s+(?:a|an)\b|\bnew\s+site\b|\bopening\s+a\s+(?:new|second)\s+(?:contact\s+cent(?:er|re)|site|call\s+cent(?:er|re))\b/i,
    'new-deployment',
    2,
  ],
  // "built a cold standby server", "stood up a DR site", "the new DR server is built": a system made, said as the
  // situation (a lab set up "to evaluate" asks for an evaluation file) (round 13).
  [MADE_A_SYSTEM, 'new-deployment', 2],
  // "a file for a brand new … training server", "the DR server we have just built": a new system named (round 15).
  [NEW_SYSTEM_NAMED, 'new-deployment', 2],
  // "goes live on PureConnect next month", "production go-live is on 3 February".
  [/\bgo(?:es|ing)?[\s-]+live\b|\bgo-live\b|\bwent\s+live\b/i, 'new-deployment', 3],
  // "a new production activation file for X, whose CIC server is ready": a new file, with no move, repair or
  // change said anywhere that would outrank it (round 14).
  [/\bnew\s+(?:[\w-]+\s+){0,2}?(?:activation|licen[cs]e)\s+file\b/i, 'new-deployment', 3],
];

const DEPLOYMENT_ANY =
  /\bproduction\b|\bprod\b|\blab\b|\btest\b|\bdr\b|\bdisaster\s+recovery\b|\bhot\s+standby\b|\bcold\s+standby\b/gi;
const DEPLOYMENT: [RegExp, Deployment][] = [
  [/\b(?:dr|disaster\s+recovery)\b[^.]{0,30}\bhot\b|\bhot[\s-]+standby\b/i, 'dr-hot-standby'],
  [
    /\b(?:dr|disaster\s+recovery)\b[^.]{0,30}\bcold\b|\bcold[\s-]+standby\b|\b(?:dr|disaster\s+recovery|standby|backup)\b[^.]{0,60}\b(?:idle|offline|dormant|(?:powered|switched|turned)\s+off)\s+until\s+(?:a\s+)?(?:failover|fail-over|needed|disaster|invoked)\b|\b(?:dr|disaster\s+recovery|standby|backup)\b[^.]{0,90}\b(?:powered|switched|turned|kept|stays?)\s+(?:off|down)\b[^.]{0,40}\b(?:unless|until|except|only\s+(?:started|powered\s+on|brought\s+up|switched\s+on|used)\s+(?:if|when))\b/i,
    'dr-cold-standby',
  ],
  [/\blab\b|\blaboratoire\b|\blabor(?:umgebung|system|server|instanz)?\b|\blaboratorio\b|ラボ|検証環境/i, 'lab'],
  [
    /\b(?:test|testing|QA|UAT|staging)\s+(?:server|system|environment|site|box|instance|machine|vm|host)\b|\b(?:used\s+)?(?:only\s+)?for\s+testing\b|\btest(?:ing)?[\s-]+only\b|\bserveur\s+de\s+test\b|\btest(?:server|system|umgebung|instanz|rechner)\b|\bservidor\s+de\s+pruebas\b|\b(?:sistema|server|ambiente)\s+(?:[\w-]+\s+){0,2}di\s+(?:test|collaudo)\b|テスト環境/i,
    'test',
  ],
  [
    /\bproduction\b|\bprod\b|\blive\s+(?:(?:pureconnect|cic|ic)\s+)?(?:server|system|environment|site|box|instance|licen[cs]e)\b|\bprodukti(?:v|on)\w*|\bproducci[oó]n\b|\bproduç[aã]o\b|\bproductie\w*|\bproduzione\b|本番/i,
    'production',
  ],
];

/**
 * A sentence that lists the choices ("production, lab, test or DR?") answers none of them; "a disaster
 * recovery pair kept as a hot standby for their production system" names one (DR hot standby) beside
 * what it stands by for — three words, but no list.
 */
function offersDeployments(text: string): boolean {
  const found = new Set(
    [...text.matchAll(DEPLOYMENT_ANY)].map(
      (m) =>
        DEPLOYMENT.find(([pattern]) => pattern.test(m[0]))?.[1] ??
        m[0].toLowerCase().replace('disaster recovery', 'dr'),
    ),
  );
  if (found.has('dr-hot-standby') || found.has('dr-cold-standby')) found.delete('dr');
  const listed = /\?|\/|\bor\b/.test(text);
  return (found.size >= 3 && (listed || /,/.test(text))) || (found.size === 2 && listed);
}

/** "a separate test box for training agents, not production": a deployment said not to be is none of the choices. */
const NEGATED_DEPLOYMENT =
  /\b(?:not|isn'?t|is\s+not|no|never|rather\s+than|instead\s+of)\s+(?:for\s+|in\s+|on\s+|a\s+|an\s+|the\s+|their\s+|our\s+)*(?:production|prod|live|lab|test)\b|\b(?:before|until|ahead\s+of|prior\s+to)\s+(?:(?:they|it|changes|patches|upgrades)\s+)?(?:go(?:es)?|move|reach(?:es)?|hit)\s+(?:in)?to\s+(?:the\s+)?(?:production|prod|live)\b(?:\s+system)?|\b(?:then|later|afterwards)\b[^.;]{0,40}\b(?:production|prod)\b/gi;
const withoutNegated = (units: ProseUnit[]) =>
  units.map((u) => {
    const said = u.text.replace(NEGATED_DEPLOYMENT, ' ');
    return said === u.text ? u : { ...u, text: said };
  });

function firstOf<T>(
  units: ProseUnit[],
  table: [RegExp, T, ...unknown[]][],
  rank?: number,
): { value: T; line: number } | undefined {
  let best: { value: T; line: number; at: number } | undefined;
  units.forEach((unit, at) => {
    if (table === (DEPLOYMENT as unknown) && offersDeployments(unit.text)) return;
    for (const [pattern, value, r] of table) {
      if (rank !== undefined && r !== rank) continue;
      if (pattern.test(unit.text) && (!best || at < best.at)) best = { value, line: unit.line, at };
    }
  });
  return best;
}

/**
 * The kind of file the mail asks for, not every kind it names (issue 25 round 11 §1):
 * | said                                                                  | read as        |
 * |-----------------------------------------------------------------------|----------------|
 * | a temporary / short-term file asked for, whatever else the mail names  | temporary      |
 * | a move to new hardware that also changes the release (CIC → 2025 R2)   | migration      |
 * | a kind said as what comes later ("the permanent reallocation can follow", "until the reallocation is processed") | not this request |
 * A temporary file bridges a repair, a reallocation or an order that comes after it: a mail that asks for one
 * names that other step too, and the step is why, not what is asked.
 */
function implementationOf(units: ProseUnit[]): { value: Implementation; line: number } | undefined {
  const temporary = units.find((u) => ASKS_TEMPORARY.test(u.text));
  if (temporary) return { value: 'temporary', line: temporary.line };
  const moved = units.find((u) => u.text.split(SENTENCE_END).some(movesOntoNewRelease));
  if (moved) return { value: 'migration', line: moved.line };
  const now = units.map((u) => {
    const said = migrationOntoNewMachineAsMove(u.text.replace(LATER_STEP, ' '));
    return said === u.text ? u : { ...u, text: said };
  });
  return firstOf(now, IMPLEMENTATION, 1) ?? firstOf(now, IMPLEMENTATION, 2) ?? firstOf(now, IMPLEMENTATION, 3);
}

/** "issue a temporary activation file", "a temp file", "short-term license": asked, not one that had run (out). */
const ASKS_TEMPORARY =
  /(?<!\b(?:had|has|have|current|existing|previous|old|expired|our|their)\s+(?:a\s+)?)\b(?:temporary|temp|short[\s-]term|interim|provisional)\b(?:\s*\([^)]{0,20}\))?\s+(?:[\w-]+\s+){0,2}?(?:activation\s+|licen[cs]e\s+)?(?:files?|licen[cs]es?|keys?)\b(?![^.;]{0,30}\b(?:expir\w*|runs?\s+out|ends|ended|ran\s+out|has\s+run)\b)|\b(?:short[\s-]term|interim)\s*\(temporary\)|\bfichier\s+(?:d'activation\s+)?temporaire|\btemporäre\w*\s+(?:aktivierungsdatei|lizenz)|\barchivo\s+(?:de\s+activaci[oó]n\s+)?temporal|一時的?な?(?:ライセンス|アクティベーション)|仮ライセンス/i;

const SENTENCE_END = /(?<=[.!?;])\s+/;
const MOVE = /\b(?:mov(?:e|es|ed|ing)|transferr?(?:ing|ed|s)?|shift(?:ing|s)?|relocat\w+)\b/i;
const ONTO_NEW_HARDWARE = /\bnew\s+(?:[\w-]+\s+)?(?:hardware|servers?|machines?|boxes|vms?|host(?:s)?)\b/i;
const RELEASE = /\b20\d\d\s*R\d\b/gi;
const OLD_GENERATION = /\bCIC\b|\bIC\s*\d|\binteraction\s+center\b/i;
/**
 * "moving their CIC 4.0 system to new servers running 2025 R2": new hardware and a new release is a migration;
 * "moving its CIC 2023 R1 server to new hardware" names only the release it runs, so it stays a reallocation.
 */
function movesOntoNewRelease(sentence: string): boolean {
  const move = MOVE.exec(sentence);
  if (!move || !ONTO_NEW_HARDWARE.test(sentence)) return false;
  const rest = sentence.slice(move.index);
  const to = /\b(?:to|onto|into)\b/i.exec(rest);
  if (!to) return false;
  const release = (text: string) =>
    new Set([...text.matchAll(RELEASE)].map((m) => m[0].replace(/\s+/g, '').toUpperCase()));
  const [before, after] = [release(rest.slice(0, to.index)), release(rest.slice(to.index))];
  if (after.size === 0) return false;
  return [...before].some((r) => !after.has(r)) || OLD_GENERATION.test(rest.slice(0, to.index));
}

/** "until the reallocation is processed", "the permanent reallocation can follow": a step after this file. */
const LATER_STEP =
  /\b(?:until|till|while|once|after|before)\s+(?:we\s+\w+\s+|they\s+\w+\s+)?(?:the|a|our|their)\s+(?:permanent\s+|proper\s+|formal\s+|full\s+)?(?:realloc\w*|upgrade|migration|order)\b[^.;,]{0,40}|\b(?:the|a)\s+(?:permanent|proper|formal)\s+(?:realloc\w*|upgrade|migration|move\b[^.;,]{0,30}?)\s+(?:can|will|would|should|is\s+to|to)\s+(?:follow|come)\w*|\b(?:request|file|submit|raise)\s+the\s+(?:realloc\w*|upgrade|migration)\s+(?:properly\s+|separately\s+)?(?:later|next\s+\w+|afterwards|separately)/gi;

/**
 * A standby said by how it behaves, over a paragraph (issue 25 round 11 §7): a recovery site, a failover or a
 * second site whose servers "stay powered off and are only started by hand" is a cold standby; one that "runs
 * alongside production" or "takes over within minutes" is a hot one. The sentences of a paragraph say it together.
 */
const STANDBY =
  /\b(?:dr|disaster\s+recovery|recovery\s+(?:site|system|server|pair)|fail-?\s?over|standby|secondary\s+(?:site|data\s*cent\w+)|takes?\s+over\s+(?:if|when|within|automatically)|if\s+the\s+(?:main|primary|production)\s+(?:site|system|server)\s+(?:fails|is\s+lost|goes\s+down))\b/i;
const COLD =
  /\b(?:powered|switched|turned|kept|stays?|remains?|sits?)\s+(?:\w+\s+)?(?:off|down)\b|\bsits?\s+idle\b|\bdormant\b|\bonly\s+(?:started|powered\s+on|brought\s+up|switched\s+on|turned\s+on)\b/i;
const HOT =
  /\bruns?\s+(?:alongside|in\s+parallel\s+with)\b|\b(?:always|permanently|constantly)\s+(?:on|running|live|up)\b|\btakes?\s+over\s+(?:within\s+(?:seconds|minutes)|automatically|immediately|at\s+once)|\btaking\s+over\s+automatically\b|\bactive[\s/-]+active\b|\bsynchroni[sz]ed\s+with\b|\bkept\s+(?:running|live|up|in\s+sync)\b|\bin\s+sync\s+with\b|\bruns?\s+hot\b/i;

function standbyOf(units: ProseUnit[]): { value: Deployment; line: number } | undefined {
  const paragraphs = new Map<number, ProseUnit[]>();
  for (const unit of units) paragraphs.set(unit.paragraph, [...(paragraphs.get(unit.paragraph) ?? []), unit]);
  for (const said of paragraphs.values()) {
    const text = said.map((u) => u.text).join(' ');
    if (!STANDBY.test(text)) continue;
    const line = said[0]!.line;
    if (HOT.test(text) && !COLD.test(text)) return { value: 'dr-hot-standby', line };
    if (COLD.test(text) && !HOT.test(text)) return { value: 'dr-cold-standby', line };
  }
  return undefined;
}

/** The mail asks for something to be made or sent: it is a file request unless it says it is a question. */
const ASKS_FOR_A_FILE =
  /\b(?:please|pls|kindly|could\s+you|can\s+you|would\s+you|need|needs|require[sd]?|request(?:ing)?|generate|issue|re-?issue|send|share|provide|prepare|create|reallocate|rehost|re-?host|update|cut)\b[^.?!\n]{0,80}?\b(?:licen[cs]es?|licen[cs]e\s+files?|activation\s+files?|the\s+file|file|key|keys|activation)\b|\b(?:licen[cs]e|activation)\s+(?:request|order)\b|\b(?:necesit\w+|solicit\w+|requer\w+|precis\w+|besoin|merci\s+de|pourriez|pouvez|bitte|benötig\w*|brauchen)\b[^.?!\n]{0,80}?\b(?:licen[cs]ias?|licen[cs]es?|licenças?|lizenz(?:en|datei)?|fichier|archivo|arquivo)\b/i;

export function readRequestWords(units: ProseUnit[], all: string, out: Collected<PureConnectRecord>): void {
  const set = <K extends keyof PureConnectRecord>(
    field: K,
    found: { value: PureConnectRecord[K]; line: number } | undefined,
    c = 0.7,
  ) => {
    if (found && !out.has(field) && !out.contradicted.has(field)) out.set(field, found.value, found.line, c, 'prose');
  };
  const question = units.find((u) => QUESTION.test(u.text));
  const fileRequest = units.find(
    (u) => FILE_REQUEST.test(u.text) && (!ASKED_ABOUT.test(u.text) || POLITE_REQUEST.test(u.text)),
  );
  const asks = fileRequest ?? units.find((u) => ASKS_FOR_A_FILE.test(u.text));
  if (question) set('requestType', { value: 'question', line: question.line });
  else if (asks) set('requestType', { value: 'activation-file', line: asks.line });
  if (out.fields.requestType === 'question') return;
  const thirdParty = units.find((u) => {
    const said = u.text.replace(NO_THIRD_PARTY, ' ');
    return THIRD_PARTY.test(said) || /\bNICE\b/.test(said);
  });
  const hosted = units.find((u) => HOSTED.test(u.text));
  const vendor = units.find((u) => VENDOR.test(u.text));
  if (thirdParty) set('category', { value: 'third-party', line: thirdParty.line });
  else if (hosted) set('category', { value: 'pay-per-use-hosted', line: hosted.line });
  else if (vendor && out.fields.requestType === 'activation-file')
    set('category', { value: 'vendor', line: vendor.line });
  const product = THIRD_PARTY_PRODUCT.exec(all)?.[1];
  if (out.fields.category === 'third-party' && product) {
    set('thirdPartyType', {
      value: product === 'NICE' ? product : product[0]!.toUpperCase() + product.slice(1).toLowerCase(),
      line: thirdParty?.line ?? 0,
    });
  } else if (out.fields.category === 'third-party' && thirdParty) {
    // "a third-party activation file for the Google Cloud Speech connector": the product it is for, whatever
    // its vendor — read back (0.6), as the name was found by its place, not known.
    const named = THIRD_PARTY_FOR.exec(thirdParty.text)?.[1];
    if (named && !VENDOR.test(named) && !NOT_A_PRODUCT.test(named))
      set('thirdPartyType', { value: named, line: thirdParty.line }, 0.6);
  }
  set('implementationType', implementationOf(units));
  // "… the licences we own for production. Please treat it as a hot standby": a standby named is what the file is
  // for, wherever the production it stands by for is named (round 14).
  const said = withoutNegated(units);
  set('deploymentType', standbyOf(units) ?? firstOf(said, DEPLOYMENT.slice(0, 2)) ?? firstOf(said, DEPLOYMENT));
}

/**
 * After every part is read: a thread whose quoted vendor message speaks of an activation file request is
 * one (read back, 0.6); a file request that names no third party and no hosting is for the vendor's own
 * products (category `vendor`, read back unless the mail names PureConnect or CIC).
 */
export function settleRequestWords(
  merged: { fields: PureConnectRecord; provenance: Record<string, Provenance> },
  vendorText: string,
): void {
  const { fields, provenance } = merged;
  if (!fields.requestType && FILE_REQUEST.test(vendorText)) {
    fields.requestType = 'activation-file';
    provenance['requestType'] = { source: 'body', line: 0, confidence: 0.6, via: 'prose' };
  }
  // "Add-on for X (GARN …), MAC …: - 2 x SW-001-4.0-AL02 …": parts and a host id for a kind of file ask for one.
  if (!fields.requestType && fields.implementationType && (fields.partNumbers?.length || fields.primaryHostId)) {
    fields.requestType = 'activation-file';
    provenance['requestType'] = {
      source: 'body',
      line: provenance['implementationType']?.line ?? 0,
      confidence: 0.6,
      via: 'prose',
    };
  }
  if (fields.requestType === 'activation-file' && !fields.category) {
    fields.category = 'vendor';
    provenance['category'] = {
      source: 'body',
      line: provenance['requestType']?.line ?? 0,
      confidence: 0.65,
      via: 'prose',
    };
  }
}
