/**
 * The problem description (seed 001 §2.1: "an accurate description of the problem"): the sentences that
 * say what goes wrong, without greetings, sign-offs, the bare request for a case, or sentences that only
 * state the severity, the system or a question. Present only when something is said to go wrong — a
 * wrong measure too ("deletes one day too many", "rounds too early").
 */
import { readCircumstances } from './circumstances.ts';
import { withoutLeadIn } from './question-form.ts';
import { isQuestion } from './questions.ts';
import { type Piece, sentences } from './text.ts';

/** Words that say something goes wrong. Broad on purpose: a description is what the analyst reads first. */
export const PROBLEM =
  /\b(?:fail\w*|error\w*|errno|crash\w*|down\b|outage|not\s+(?:working|work|start\w*|load\w*|show\w*|updat\w*|receiv\w*|reach\w*|connect\w*|respond\w*|open\w*|sav\w*|send\w*|sync\w*|register\w*|ring\w*|play\w*|record\w*|rout\w*|deliver\w*|log\w*|display\w*|possible|able|available|accessible|running|come\s+up|appear\w*|show\s+up|pop\s+up)|\bnot\b[^.?!\n]{0,30}\b(?:anymore|any\s+more)\b|(?:logged|kicked|signed|thrown)\s+out\b|doesn'?t\s+\w+|does\s+not\s+\w+|don'?t\s+\w+|do\s+not\s+\w+|didn'?t|did\s+not|won'?t|will\s+not|isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t|can'?t|cannot|could\s*n[o']t|unable|broken|break\w*|drop\w*|hang\w*|hung|freez\w*|frozen|stuck|slow\w*|sluggish|lag\w*|time[sd]?[\s-]?out|timeout|lost|los(?:e|es|ing)|missing|wrong\w*|incorrect\w*|invalid|issue\w*|problem\w*|bug\w*|defect|exception\w*|alarm\w*|reject\w*|refus\w*|disconnect\w*|restart\w*|reboot\w*|loop\w*|spik\w*|leak\w*|high\s+cpu|memory|no\s+(?:audio|sound|calls?|data|response|dial\s*tone|ring\s*back|ring\s*tone|ringing|video|prompts?|music\s+on\s+hold)|one[\s-]way\s+audio|silen\w*|echo\w*|garbled|choppy|jitter|blank|empty|(?:white|black|grey|gray)\s+(?:screen|page|window)|gr[ae]yed[\s-]out|stopp\w*|stops|stop\s+\w+ing|stop\s+(?:at|after|before|halfway|randomly|mid-?way)\b|not\s+(?:being\s+|getting\s+)?(?!(?:related|affected|impacted|needed|changed|used|involved|required|planned|based|sure|aware|allowed|authori[sz]ed|covered|listed|included|mentioned|scheduled|expected|interested|satisfied|pleased|happy|concerned|urgent)\b)[a-z]+(?:ed|en)\b|no\s+longer|corrupt\w*|duplicat\w*|delay\w*|latency|busy\s+(?:signal|tone)|fast\s+busy|(?:switch|flipp?|flap)(?:s|es|ed|ing)?\s+(?:over|back\s+and\s+forth)|flapping|\b[45]\d\d\b|degrad\w*|intermittent\w*|sporadic\w*|random\w*|unresponsive|unreachable|unavailable|disappear\w*|vanish\w*|mismatch\w*|discrepanc\w*|overflow\w*|warning\w*|fault\w*|abort\w*|kill\w*|dies|died|dead|panic\w*|core\s*dump|crippl\w*|bounce\w*|go(?:es)?\s+to\s+voicemail|(?:rout|send|sent|transferr?|forward|divert)\w*\s+(?:[\w-]+\s+){0,6}to\s+(?:the\s+)?voice\s*-?mail|never\s+\w+|keeps?\s+\w+ing|cut\s+off|cuts?\s+out|go(?:es)?\s+to\s+the\s+(?:default|wrong)|out\s+of\s+service|\b(?:get|gets|getting|got|see|sees|seeing|receiv\w*|show\w*|display\w*|throw\w*|log\w*)\s+(?:an?\s+|the\s+)?(?:error\s+|message\s+)?["'‘“][^"'’”\n]{3,}["'’”]|\binstead\s+of\b|\brings?\s+(?:forever|endlessly|and\s+rings?|without\s+(?:end|answer))|\bring\s+forever|\bwithout\s+(?:the\s+|any\s+|their\s+|its\s+)?(?:attachments?|audio|sound|data|prompts?|recordings?|caller\s*id|body|content|signature|pdf)\b|\bout\s+of\s+(?:adherence|sync|memory|disk\s+space|licen[cs]es|range)\b|throws?|shows?\s+(?:the|wrong|no|zero|blank|an?\s+error|everyone|old|stale|outdated|last\s+\w+'?s|yesterday'?s|previous|\w+day'?s)|stays?\s+(?:flat|empty|blank|at\s+zero|red|grey|gray|offline|stuck|frozen)|(?:rout|send|transferr?|forward)\w*\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?(?:default|wrong)|(?:land|lands|landing|landed|end\s+up|ends\s+up|ended\s+up)\s+(?:in|on|at)\s+the\s+(?:[\w-]+\s+)?(?:queue|skill|group|site|mailbox|voicemail|menu)\b|can\s+not|running\s+endless|endless\w*|(?<!\b(?:point|dot)\s)zero|pil(?:e|es|ing)\s+up|overcount\w*|undercount\w*|in\s+clear\s+text|in\s+(?:plain\s+text|clear)\b|takes?\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|up\s+to\s+|almost\s+|nearly\s+)?(?:\d+|a\s+few|several|many)\s*(?:h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?)\b|eat(?:s|ing)?\s+(?:up\s+)?(?:all\s+)?(?:the\s+)?(?:ram|memory|cpu|disk)|by\s+itself|on\s+its\s+own|(?:screen|page|window|desktop)\s+(?:is|stays|goes|turns|went|turned)\s+(?:all\s+)?(?:white|black|grey|gray|blank)|not\s+(?:picking|pulling|fetching|taking|accepting|sending|routing|loading|playing|showing|updating|processing|recording|ringing|connecting|registering|answering|dialing|dialling|distributing|delivering)\b|(?:calls?|chats?|sessions?|connections?)\s+(?:get\s+|are\s+|were\s+|got\s+)?cut\b|cut\s+(?:after|at)\s|(?:saves?|shows?|returns?|displays?|loads?|writes?|sends?|records?|prints?|exports?|imports?|does)\s+nothing|nothing\s+(?:happens|is\s+(?:saved|shown|displayed|written|sent|recorded|loaded|exported|imported))|clear\s+text|echo|deadlock\w*|late|charged\s+twice|twice|(?:one|a|\d+)\s+(?:\w+\s+)?too\s+(?:many|much|few|little|early|late|long|soon)|too\s+(?:many|much|few|little|early|soon|often|slow|fast|high|low)\b|released\s+after|hangs?\s+up|calls?\s+back|ne\s+(?:r[ée]pond|fonctionne|marche|d[ée]marre|d[ée]croche|sonne)\w*\s+(?:plus|pas)|plant\w+|bloqu[ée]\w*|erreur\w*|panne|en\s+[ée]chec|stürzt|abst[üu]rz\w*|funktioniert\s+nicht|fehler\w*|h[äa]ngt|ausgefallen|no\s+funciona|ca[íi]d[oa]|se\s+cae|falla\w*|non\s+funziona|bloccat\w*|help\s+with|question\s+about|how\s+(?:do|can|to)\s+(?:we|i)\s+(?:configure|set\s*up|install|enable))(?!\w)/i;

const GREETING =
  /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening|day)|greetings|hallo|bonjour|hola|team|support|customer\s+care)\b[^.!?\n]{0,40}[,!.:]?\s*$/i;
const CLOSING =
  /^(?:thanks?|thank\s+you|thx|ty|cheers|regards|best|kind\s+regards|best\s+regards|br|sincerely|many\s+thanks|thanks\s+in\s+advance|tia|rgds|sent\s+from)\b[^\n]{0,60}$/i;
/** Only asks for a case: "please open a case", "need a case pls", "can you raise a ticket for this". */
export const BARE_CASE_REQUEST =
  /^(?:(?:hi|hello|hey|please|pls|plz|can\s+you|could\s+you|would\s+you|i\s+(?:want|need|would\s+like)\s+to|we\s+(?:want|need|would\s+like)\s+to|i'?d\s+like\s+to|we'?d\s+like\s+to|i|we|need\s+to|let'?s|kindly|,|\s)*)(?:open|raise|log|create|file|submit|start|get|need|want|have)\s+(?:a|an|new|another|one|the|support|\s)*(?:case|ticket|incident|sr|service\s+request)\b(?:\s*(?:please|pls|plz|for\s+(?:this|me|us)|now|asap|thanks?|,|!|\.|\s))*$/i;
/** A sentence that only gives the severity, the system, the version or the product ("Severity high."). */
const ONLY_A_SLOT =
  /^(?:(?:the\s+)?(?:severity|sev|priority|prio)\s*(?:is|:|=)?\s*\w+(?:\s+\w+){0,3}|(?:this\s+is|it'?s|it\s+is)\s+(?:on\s+|in\s+)?(?:a\s+|our\s+|the\s+)?(?:production|prod|test|lab|staging|uat|qa)(?:\s+(?:system|environment|server))?|(?:critical|high|medium|low)(?:\s+(?:severity|priority|please))?|version\s*:?\s*[\d.]+|(?:we\s+(?:run|are\s+on|use)|running)\s+(?:version\s+)?[\d.]+)[.!]?$/i;

/** "we have a problem with GIM", "we have an issue w/ WFM, can someone help": a request for a case, no description. */
const VAGUE =
  /^(?:hi|hello|hey|[,!\s])*(?:we|i)\s+(?:have|got|are\s+having|see)\s+(?:(?:a|an|some)\s+)?(?:\w+\s+)?(?:problem|issue|trouble)s?\s+(?:with|w\/|on|in)\s+(?:the\s+|our\s+)?[\w\s.-]{1,40}?(?:,?\s*(?:in\s+|on\s+)?(?:production|prod|test|lab|(?:the|our)\s+test\s+system))?(?:[,.]?\s*(?:can\s+(?:someone|you|anyone)\s+help(?:\s+us)?|please\s+help|help\s+please))?[.!?]*$/i;

/**
 * "Can you log a ticket: GAX login page blank …", "Could you have a look at this please: GIM test, the job stops
 * at 60%": a request for a case or a look that carries the report, not a question.
 */
const CASE_REQUEST_LEAD =
  /^\s*(?:(?:hi|hello|hey)[,!\s]+)?(?:can|could|would|will)\s+(?:you|u|someone)\s+(?:please\s+|pls\s+)?(?:(?:log|open|raise|create|file|register|start)\s+(?:(?:a|an|new|the|another|separate|second)\s+)*(?:case|ticket|incident)\b|(?:have|take)\s+a\s+(?:quick\s+)?look\b|look\s+(?:at|into)\b|check\b|investigate\b)[^?\n]*[:,-]\s*\S/i;

const WHY_DOES = /^\s*(?:(?:any\s+)?idea\s+|do\s+you\s+know\s+)?why\b/i;
/** "why does X show/put/route/mark …": a behaviour of the system asked about, not a rule ("why do you need my PIN"). */
const WHY_BEHAVES =
  /^\s*(?:(?:any\s+)?idea\s+|do\s+you\s+know\s+)?why\s+(?:does|do|is|are|did|would)\s+(?!you\b|i\b|we\s+need\b|the\s+(?:bot|vendor|rule|policy)\b)(?:\w[\w.-]*\s+){1,6}?(?:show|display|put|route|send|mark|set|count|list|assign|play|create|change|switch|report|calculate|round|move|log|generate|keep|use)\w*\b/i;

/** "GIM problem", "issue with WDE": a problem named, nothing said about what goes wrong. */
const GENERIC_PROBLEM = /\b(?:problems?|issues?|troubles?|bugs?|incidents?|questions?\s+about|help\s+with)\b/gi;

function onlyNamesAProblem(text: string): boolean {
  if (PROBLEM.test(text.replace(GENERIC_PROBLEM, ' '))) return false;
  return text.split(/\s+/).filter(Boolean).length <= 8;
}

export interface DescriptionReading {
  value?: string;
  start?: number;
  end?: number;
  confidence: number;
}

/** Pieces (sentences or lines) that belong in the description. */
export function descriptionPieces(text: string, exclude: ReadonlyArray<readonly [number, number]> = []): Piece[] {
  return sentences(text).filter((p) => {
    if (exclude.some(([s, e]) => p.start >= s && p.end <= e)) return false;
    const t = p.text.replace(/^[-*•>\s]+/, '');
    if (GREETING.test(t) || CLOSING.test(t) || BARE_CASE_REQUEST.test(t) || ONLY_A_SLOT.test(t) || VAGUE.test(t))
      return false;
    // A signature line: a name, a title, a company, a phone.
    if (/^[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,2}$/.test(t) && !PROBLEM.test(t)) return false;
    return true;
  });
}

/**
 * The description: the problem sentences (from the first that says something goes wrong), or nothing when
 * none does. `exclude` are spans already read as other labelled fields.
 */
export function readDescription(
  text: string,
  exclude: ReadonlyArray<readonly [number, number]> = [],
): DescriptionReading {
  // "why does SIP Server reject every REGISTER …?": a problem reported as a question is still the report.
  const asks = (p: Piece) => isQuestion(p.text) && !CASE_REQUEST_LEAD.test(p.text) && !WHY_DOES.test(p.text);
  // A report that runs into a question ("ETL slow since the rebuild -- are you open on Saturdays?") keeps its report.
  const pieces = descriptionPieces(text, exclude).flatMap((p) => (asks(p) ? reportBeforeQuestion(p) : [p]));
  // "Why does WFM show all agents absent since …?": asking why something behaves so reports that it does.
  const says = (p: Piece) => PROBLEM.test(p.text) || (WHY_DOES.test(p.text) && WHY_BEHAVES.test(p.text));
  const worded = pieces.findIndex((p) => says(p) && !asks(p) && !onlyNamesAProblem(p.text));
  // A behaviour told with the change it followed ("outbound caller ID is sometimes withheld since the trunk
  // provider change", "since the firmware push, the clients ignore the DND flag") is the report, whatever
  // words it is told in — and it comes first when it is told before a sentence with a problem word.
  const caused = pieces.findIndex((p) => !asks(p) && toldWithItsCause(p.text));
  const first = worded === -1 ? caused : caused === -1 ? worded : Math.min(worded, caused);
  if (first === -1) return { confidence: 0 };
  const kept = pieces.slice(first).filter((p) => !asks(p));
  const value = kept
    .map((p) => p.text)
    .join(' ')
    .slice(0, 4000);
  return { value, start: kept[0]!.start, end: kept.at(-1)!.end, confidence: 0.85 };
}

/** "SIP Server 9.0 prod:", "GIM 8.5 lab -", "for Initech,": what names the system before the report. */
const LEAD_LABEL = /^[^:\n]{0,40}:\s*|^(?:for\s+\w+\s*,\s*)/i;
/** "it started", "this began", "the problem happened": when it began told, nothing about what happens. */
const ONLY_WHEN =
  /^(?:and\s+|but\s+)?(?:it|this|that|the\s+(?:problem|issue|error|trouble))\s+(?:\w+\s+)?(?:started|began|begun|happen\w*|occurr?\w*|appeared|came|comes)\b/i;

/**
 * A sentence that tells a behaviour and the change it followed: the part before "since/after <event>"
 * says what happens (three words or more besides a leading "<product> prod:"), not only when it began.
 */
function toldWithItsCause(text: string): boolean {
  const cause = readCircumstances(text);
  if (cause.start === undefined || cause.end === undefined || cause.confidence < 0.8) return false;
  // "Since the firmware push on Monday, the clients ignore the DND flag": the behaviour after the cause.
  if (text.slice(0, cause.start).trim() === '') return saysABehaviour(text.slice(cause.end));
  const head = text.slice(0, cause.start).replace(LEAD_LABEL, '').trim();
  if (ONLY_WHEN.test(head) || isQuestion(head)) return false;
  return (head.match(/[A-Za-z][\w'%-]*/g) ?? []).length >= 3;
}

/** After the cause, a clause of its own with a verb: three words or more that are not only where or when. */
function saysABehaviour(tail: string): boolean {
  const rest = tail.replace(/^[\s,;:-]+/, '');
  const words = rest.match(/[A-Za-z][\w'%-]*/g) ?? [];
  return words.length >= 4 && !ONLY_WHEN.test(rest) && !isQuestion(rest);
}

/** Where a question starts inside a sentence: after a dash, a semicolon or a comma, with a question word. */
const QUESTION_TURN =
  /(?:\s+(?:--?|–|—)\s+|;\s*|,\s+)(?=(?:and\s+|also\s+|btw\s+|by\s+the\s+way\s+)?(?:(?:are|do|does|is|can|could|will|would|what|how|when|where|which|who|why)\s|(?:i|we)(?:'d|\s+would)?\s+(?:also\s+)?(?:like\s+to\s+know|want\s+to\s+know|wonder)\b|(?:please\s+)?(?:also\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+(?:if|whether|how|what|when)\b))/i;

const SUPPOSED =
  /^\s*(?:(?:and|but|so)\s+)?(?:if|in\s+case|suppose|supposing|assuming|say|imagine|what\s+if|should|whenever)\b/i;

/** Where the question of a sentence starts: after the report written before it, if any. */
export function questionStart(p: Piece): number {
  return reportBeforeQuestion(p)[0]?.end ?? p.start;
}

/** The report written before the question in the same sentence, when it says something goes wrong. */
function reportBeforeQuestion(p: Piece): Piece[] {
  const turn = QUESTION_TURN.exec(p.text);
  if (!turn) return [];
  const head = p.text.slice(0, turn.index);
  // "If production is down on a Sunday, will anybody pick up?": a condition supposed, not a report — after
  // any lead-in ("- If we log a High defect, …", "Question: if we report …").
  if (SUPPOSED.test(withoutLeadIn(head))) return [];
  return PROBLEM.test(head) && !isQuestion(head) ? [{ text: head, start: p.start, end: p.start + head.length }] : [];
}
