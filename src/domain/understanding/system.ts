/**
 * Production or test/lab (DOMAIN.md §2: a test/lab system is at most High). Test, lab, staging, QA, UAT
 * and dev count as test ("test" or "dev" alone too, as a part of its own: "WDE test: …", "…, test, low");
 * pre-production counts with production (DOMAIN.md §2, Critical). A system not live yet ("not yet in
 * production", "our pre-go-live environment", "go-live is Monday and the login fails") is not production; a
 * go-live date said on its own ("reason: customer go-live", "their go-live is tomorrow") names no system.
 */
import type { SystemId } from '../ids.ts';
import { PROBLEM } from './description.ts';

const TEST =
  /\b(?:lab|labs|homologation|acceptance\s+(?:env\w*|system|platform|server)|pre[\s-]?production\s+test|test\s*bed|testbed|reference\s+(?:env\w*|system)|training\s+(?:env\w*|system|server)|integration\s+(?:env\w*|system|server)|recette|(?:dev|test|lab|qa|uat)\s*(?:box|vm|machine|instance)|staging(?!\s+(?:database|db|area|tables?|schema|data)\b)|stage\s+(?:env|environment|system)|sandbox|uat|qa|test(?:ing)?[\s/-]*(?:lab|system|environment|env|server|box|instance|site|platform|machine|setup|tenant|cluster|node|vm|stack|rig|bench)s?|test\/lab|non[\s-]?prod(?:uction)?|dev(?:elopment)?\s+(?:system|environment|env|server|box|instance|stack)|(?:(?:on|our|my)\s+(?:the\s+)?|in\s+|(?:the|a)\s+(?=dev\b))(?:test|dev)\b(?!\s+(?:cards?|calls?|numbers?|accounts?|users?|cases?|scripts?|plans?|results?|payments?|transactions?|data)\b)|(?<=\d\s)(?:test|tst|dev)(?=\s*(?:[:,;)]|\s[-–—]\s|$))|(?<=(?:^|[,;(]|\s[-–—])\s*)(?:test|tst|dev)(?=\s*(?:[:,;.)!]|\s[-–—]\s|$))|(?<=[A-Za-z]\s)(?<!\b(?:the|a|an|this|that|in|of|for|during|my|our|first|second|last|next)\s)(?:test|tst|dev)(?=\s*(?::|\s[-–—]\s)))/gim;
const PRODUCTION =
  /(?<!\bnon[\s-]?)\b(?:production|prod|prd|prodution|productive|produccion|producción|produktion|live\s+(?:one|system|environment|env|site|platform|traffic|calls|agents|contact\s+cent(?:er|re))|(?:in|on)\s+live(?!\s+(?:chat|data|view|monitor\w*|stream\w*|updates?|mode|demo|sessions?|call\s+monitoring)\b)|(?:is|are|went|gone|been)\s+live|pre[\s-]?prod(?:uction)?)\b/gi;
/**
 * Production named as what is not there yet: "not yet in production", "the platform is not live yet", "we
 * haven't gone into production", "our pre-go-live environment" — said of the system, which is then no production.
 */
const NOT_LIVE_YET =
  /\b(?:before\s+(?:production|prod)|(?:not|(?:is|are)n'?t)\s+(?:yet\s+)?(?:in\s+)?(?:production|prod|live)|not\s+a\s+production|(?:haven'?t|have\s+not|hasn'?t|has\s+not|not\s+yet)\s+(?:yet\s+)?(?:gone|been|went|moved)\s+(?:in(?:to)?\s+|to\s+)?(?:production|prod|live)|pre[\s-]?go[\s-]?live|until\s+production)\b/gi;
/**
 * Production named only as a date to come: "go-live is on Monday", "going live in March", "the production
 * rollout" — the production named there is not the system with the problem, and the date alone names none
 * (a deadline of an order, a status request or a report: "reason: customer go-live", "our go-live is next week").
 */
const GO_LIVE_DATE =
  /\b(?:go[\s-]?live|going\s+live|go\s+into\s+production|move\s+(?:it\s+)?(?:to|into)\s+production|production\s+(?:rollout|cutover|launch|date)|(?:for|of|in)\s+(?:the\s+)?production\s+(?:later|next))\b/gi;
const NOT_YET_PRODUCTION = new RegExp(`${NOT_LIVE_YET.source}|${GO_LIVE_DATE.source}`, 'gi');
/**
 * Production named as where data or a configuration came from: "restored it from the production snapshot",
 * "imported the config from prod", "a copy of production" — the system with the problem is the other one.
 */
const PRODUCTION_SOURCE =
  /\b(?:from|of|off)\s+(?:the\s+|our\s+|a\s+)?(?:production|prod)\b(?:\s+(?:snapshot|backup|dump|copy|clone|image|data(?:base)?|db|config\w*|system|environment|env|server|instance))?|\b(?:production|prod)\s+(?:snapshot|backup|dump|copy|clone|image)s?\b/gi;
const NOT_TEST = /\b(?:not\s+(?:a\s+|the\s+|our\s+)?(?:test|lab|staging|qa|uat)|isn'?t\s+(?:a\s+)?(?:test|lab))\b/gi;

/**
 * A clause that says the problem is not there: "does not occur in the test system", "in our lab it works
 * fine", "could not reproduce it in the lab", "the QA box has no issue" — a system named for comparison.
 */
const NOT_THERE =
  /\b(?:(?:does|did|do)\s*(?:not|n'?t)|doesn'?t|didn'?t|don'?t|never|no\s+longer)\s+(?:\w+\s+)?(?:occur|happen|appear|show\s+up|reproduc)\w*|\b(?:could\s*(?:not|n'?t)|can\s*(?:not|'?t)|cannot|unable\s+to|(?:were|was)\s+not\s+able\s+to)\s+reproduc\w*|\bnot\s+reproducible\b|\bworks?\s+(?:just\s+)?(?:fine|well|ok|okay|normally|as\s+expected|correctly|perfectly)\b|\b(?:is|are|runs?|seems?)\s+(?:still\s+)?(?:fine|ok|okay|unaffected|not\s+affected)\b|\bhas\s+no\s+(?:such\s+)?(?:issues?|problems?|errors?)\b|\b(?:unaffected|not\s+affected)\b/i;

/**
 * A test word naming people, an activity or another party's system: "our test team changed …", "the QA
 * engineers", "the test plan", "the testing lab of our carrier", "your lab" — no system of the contact's.
 */
const NOT_A_SYSTEM_AFTER =
  /^\s+(?:(?:team|teams|engineers?|group|department|dept|people|guys|folks|colleagues?|manager|lead|analysts?|testers?|plans?|scripts?|runs?|results?|phase|campaign|cycles?|reports?|partners?|carriers?|vendors?|providers?|suppliers?)\b|of\s+(?:our|the|a|an|their|its)\s+(?:\w+\s+)?(?:carrier|partner|vendor|provider|supplier|telco|isp|customers?|clients?|callers?)\b)/i;
const NOT_A_SYSTEM_BEFORE =
  /(?:\byour\s+(?:own\s+)?|\b(?:carrier|partner|vendor|provider|supplier|telco|isp)(?:'s|s')?\s+(?:own\s+)?)$/i;
const anotherSystem = (text: string, [start, end]: [number, number]) =>
  NOT_A_SYSTEM_AFTER.test(text.slice(end, end + 60)) ||
  NOT_A_SYSTEM_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/**
 * A go-live already past ("since go-live last week", "after the go-live", "the go-live was on Monday") says
 * nothing of a system not yet in production.
 */
const PAST_GO_LIVE_BEFORE =
  /\b(?:since|after|post|from|following)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$/i;
const PAST_GO_LIVE_AFTER =
  /^\s*(?:\w+\s+){0,2}?(?:was|went|happened|took\s+place|last\s+(?:week|month|year|night|\w+day)|yesterday|(?:\w+\s+){1,2}ago)\b/i;
const pastGoLive = (text: string, [start, end]: [number, number]) =>
  /^go/i.test(text.slice(start, end)) &&
  (PAST_GO_LIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    PAST_GO_LIVE_AFTER.test(text.slice(end, end + 40)));

/** The sentence a span stands in. */
function sentenceAround(text: string, [start, end]: [number, number]): string {
  const from = /.*(?:[!?\n]|\.(?!\d))/s.exec(text.slice(0, start))?.[0].length ?? 0;
  const to = /[!?\n]|\.(?!\d)/.exec(text.slice(end));
  return text.slice(from, to ? end + to.index : text.length);
}

/** The clause a span stands in: between sentence ends, semicolons, commas and "but". */
function clauseAround(text: string, [start, end]: [number, number]): string {
  const before = text.slice(0, start);
  const from = /.*(?:[.!?;,\n]|\bbut\b)/is.exec(before)?.[0].length ?? 0;
  const rest = text.slice(end);
  const to = /[.!?;,\n]|\bbut\b/i.exec(rest);
  return text.slice(from, to ? end + to.index : text.length);
}

export interface SystemReading {
  value?: SystemId;
  start?: number;
  end?: number;
  confidence: number;
}

function spans(text: string, re: RegExp): Array<[number, number]> {
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

const inside = (s: [number, number], others: Array<[number, number]>) =>
  others.some(([a, b]) => s[0] >= a && s[1] <= b + 12);

/**
 * "the lab or the live one?", "prod or test?": a choice asked back names no system. A match starts only where
 * a sentence does (the same matches: a later start in the sentence finds no "or … ?" the first did not), so a
 * long sentence is not scanned again from each of its characters (red team round 15).
 */
const CHOICE_ASKED = /(?<![^.!?\n])[^.!?\n]*\bor\b[^.!?\n]*\?/g;
const NAMES_TEST = /\b(?:test\w*|lab|staging|qa|uat|dev|sandbox|non[\s-]?prod\w*)\b/i;
const NAMES_PRODUCTION = new RegExp(`${PRODUCTION.source}|\\blive\\b`, 'i');

/** A system word put right as a correction: "sorry, I meant test", "actually the lab one", "make that prod". */
const CORRECTED_TO =
  /\b(?:i\s+meant|i\s+mean|meant\s+to\s+say|make\s+(?:it|that)|actually|rather|correction:?)\s+(?:it'?s\s+|it\s+is\s+)?(?:on\s+|in\s+)?(?:the\s+|a\s+|our\s+)?(?:(test|tst|dev|lab|qa|uat|staging|sandbox)|(prod|production|live))(?:\s+(?:one|box|system|env\w*|server|side|platform))?\s*(?=[.,;:!)]|$|\s+(?:not|sorry|instead)\b)/i;

export function readSystem(written: string): SystemReading {
  const corrected = CORRECTED_TO.exec(written);
  if (corrected) {
    const word = corrected[1] ?? corrected[2]!;
    const start = corrected.index + corrected[0].lastIndexOf(word);
    return { value: corrected[1] ? 'test' : 'production', start, end: start + word.length, confidence: 0.9 };
  }
  const text = written.replace(CHOICE_ASKED, (q) =>
    NAMES_TEST.test(q) && NAMES_PRODUCTION.test(q) ? ' '.repeat(q.length) : q,
  );
  const notYet = spans(text, NOT_YET_PRODUCTION).filter((s) => !pastGoLive(text, s));
  const notTest = spans(text, NOT_TEST);
  const told = (s: [number, number]) => !NOT_THERE.test(clauseAround(text, s));
  // "does it also happen on the lab? On our production it fails": a system asked about, beside one told, is not it.
  const asked = (s: [number, number]) => /^[^.!\n]*\?/.test(text.slice(s[1]));
  const testNamed = spans(text, TEST).filter((s) => !inside(s, notTest) && told(s) && !anotherSystem(text, s));
  // "our QA box is down, critical production down for us": the level's name, beside a test system named,
  // tells no second system (alone, "raise it to Critical – Production Down" is said of production).
  const levelName = ([start, end]: [number, number]) =>
    /\bcritical\s*[-–—:,]?\s*$/i.test(text.slice(0, start)) && /^\s*[-–—]?\s*down\b/i.test(text.slice(end));
  const anyTest = testNamed.length > 0;
  const productionNamed = spans(text, PRODUCTION).filter((s) => told(s) && !(anyTest && levelName(s)));
  const test = productionNamed.some((s) => !asked(s)) ? testNamed.filter((s) => !asked(s)) : testNamed;
  const firstTest = test[0];
  // With a test system named, production as the source of a copy is no second system.
  const sources = firstTest ? spans(text, PRODUCTION_SOURCE) : [];
  const stated = test.length > 0 ? productionNamed.filter((s) => !asked(s)) : productionNamed;
  const production = stated.filter((s) => !overlaps(s, notYet) && !overlaps(s, sources));
  if (production.length > 0 && test.length === 0) {
    // "not test, production" or plain production.
    const [start, end] = production[0]!;
    return { value: 'production', start, end, confidence: 0.9 };
  }
  if (firstTest && production.length === 0) {
    return { value: 'test', start: firstTest[0], end: firstTest[1], confidence: notYet.length > 0 ? 0.95 : 0.9 };
  }
  if (firstTest && production.length > 0) {
    // Both named: "the test system, not production" / "in test, same in production". Undecided
    // unless one of them is negated.
    const negatedProduction = /\bnot\s+(?:in\s+|on\s+)?(?:production|prod)\b/i.test(text);
    if (negatedProduction) return { value: 'test', start: firstTest[0], end: firstTest[1], confidence: 0.8 };
    if (notTest.length > 0) {
      const [start, end] = production[0]!;
      return { value: 'production', start, end, confidence: 0.8 };
    }
    return { confidence: 0 };
  }
  // "the platform is not live yet", "go-live is next week and the login fails": a system not in production
  // yet; a go-live date said on its own ("reason: customer go-live", "their go-live is tomorrow") names none.
  const notLive = [...spans(text, NOT_LIVE_YET), ...notYet.filter((s) => PROBLEM.test(sentenceAround(text, s)))];
  if (notLive.length > 0) {
    const [start, end] = notLive[0]!;
    return { value: 'test', start, end, confidence: 0.6 };
  }
  return { confidence: 0 };
}

function overlaps(s: [number, number], others: Array<[number, number]>): boolean {
  return others.some(([a, b]) => s[0] < b && s[1] > a);
}

/** A reply to "production or test/lab?": the same reading, plus bare words ("prod", "test", "lab one"). */
export function systemAnswer(text: string): SystemId | undefined {
  const read = readSystem(text);
  if (read.value) return read.value;
  const t = text.trim().toLowerCase();
  if (/^(?:it'?s\s+|it\s+is\s+|on\s+|in\s+|the\s+)?(?:a\s+)?(?:test|testing|dev|development)(?:\s+one)?\b/.test(t))
    return 'test';
  if (/^(?:it'?s\s+|it\s+is\s+|on\s+|in\s+)?(?:the\s+)?live\b/.test(t)) return 'production';
  return undefined;
}
