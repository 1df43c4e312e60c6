/**
 * A message read as the answer to what the bot asked (issue 21 §2, §10): several questions are asked in
 * one message, so a reply may answer several ("Medium. After Friday's patch, 12 agents.") or none. Each
 * part is tried against each open question; free text goes to the first open question it is plausible
 * for; what fits nowhere is not taken.
 */
import { asks } from './asking-or-telling.ts';
import { findDelivery, findLanguage, findOs } from './controlled-release.ts';
import { NEW_ISSUE } from './cues.ts';
import { readImpact } from './impact.ts';
import type { ReadContext } from './port.ts';
import { readTopicSentences } from './questions.ts';
import type { SlotName, Slots } from './reading.ts';
import { severityAnswer } from './severity.ts';
import { systemAnswer } from './system.ts';
import { tidy } from './text.ts';
import {
  DONT_KNOW,
  plausibleCircumstances,
  plausibleFreeText,
  plausibleImpact,
  plausibleLanguage,
  plausibleOs,
  plausibleShipTo,
} from './validators.ts';
import { findVersions } from './versions.ts';

const SIGN_OFF =
  /^(?:(?:thanks?|thank\s+you|thx|cheers|regards|best|br|kind\s+regards|best\s+regards|rgds)[,!.\s]*)?(?:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'.-]+){0,2})?[.!]?$/;

const FREE_TEXT: SlotName[] = ['description', 'circumstances', 'businessImpact', 'reason', 'shipTo'];

/** Sentence ends, lines, a comma before a new fact, and the "high / prod / after the patch" separators. */
const SPLIT =
  /(?<=[.!?;])\s+|\n+|,\s+(?=(?:and\s+)?(?:it|we|the|about|around|roughly|approx|severity|sev|priority|prod|production|test|lab|version|v\d|\d))|\s+[/|]\s+|\s+[-–—]\s+(?!(?:production|prod)\s+down\b)/gi;

/** The message cut at sentences and at commas before a new fact, each part with its offsets. */
function parts(text: string): Array<{ text: string; start: number; end: number; used: boolean }> {
  const out: Array<{ text: string; start: number; end: number; used: boolean }> = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (trimmed) {
      const start = from + raw.indexOf(trimmed);
      out.push({ text: trimmed, start, end: start + trimmed.length, used: false });
    }
  };
  for (const m of text.matchAll(SPLIT)) {
    push(m.index!);
    from = m.index! + m[0].length;
  }
  push(text.length);
  return out;
}

/** Fills the asked slots the message answers; true when it answered at least one. */
export function readAnswers(slots: Slots, text: string, context: ReadContext): boolean {
  const asked = context.asked ?? [];
  const pieces = parts(text);
  // What the prose readers took already is not free text for another question.
  for (const name of [
    'description',
    'circumstances',
    'businessImpact',
    'severity',
    'system',
    'version',
    'product',
    'os',
    'language',
    'deliveryMethod',
    'release',
    'shipTo',
    'reason',
  ] as const) {
    const span = slots[name]?.span;
    // A problem statement read from the prose only counts when a description was asked for.
    if (!span || (name === 'description' && !asked.includes('description'))) continue;
    for (const p of pieces)
      if (p.start < span[1] && p.end > span[0] && (name !== 'product' || p.text.length < 40)) p.used = true;
  }
  const set = <K extends SlotName>(name: K, value: NonNullable<Slots[K]>['value'], confidence = 0.85) => {
    (slots as Record<string, unknown>)[name] = { value, confidence, source: 'answer' };
  };
  for (const name of asked) {
    if (slots[name]) {
      // Already read from the prose (or a label): mark the part it came from as used.
      continue;
    }
    // A value said inside a sentence the prose readers took ("Is medium and start after the patch", "8.5
    // prod." where "prod" was read) is still the answer to "Which severity?" or "Which version?": those
    // sentences are tried last. Answers taken whole (a release, an OS) need a sentence of their own.
    const token = name === 'severity' || name === 'system' || name === 'version';
    // "the lab or the live one? it's the live one": what the contact asks back is tried after what they say.
    const said = (p: (typeof pieces)[number]) => !/\?\s*$/.test(p.text);
    const fresh = pieces.filter((p) => !p.used);
    const candidates = [
      ...fresh.filter(said),
      ...fresh.filter((p) => !said(p)),
      ...(token ? pieces.filter((p) => p.used) : []),
    ];
    for (const p of candidates) {
      if (name === 'severity') {
        const s = severityAnswer(p.text);
        if (s) {
          set('severity', s);
          p.used = true;
          break;
        }
      } else if (name === 'system') {
        const s = systemAnswer(p.text);
        if (s && p.text.split(/\s+/).length <= 8) {
          set('system', s);
          p.used = true;
          break;
        }
      } else if (name === 'version' || name === 'release') {
        const v = findVersions(p.text)[0];
        if (v && name === 'version') {
          set('version', v.value);
          p.used = true;
          break;
        }
        if (v && name === 'release') {
          set('release', tidy(p.text));
          p.used = true;
          break;
        }
      } else if (name === 'os') {
        const os = findOs(p.text);
        if (os || plausibleOs(p.text)) {
          set('os', os?.value ?? tidy(p.text));
          p.used = true;
          break;
        }
      } else if (name === 'language') {
        const language = findLanguage(p.text, true);
        if (language && plausibleLanguage(p.text)) {
          set('language', language.value);
          p.used = true;
          break;
        }
      } else if (name === 'deliveryMethod') {
        const delivery = findDelivery(p.text);
        if (delivery) {
          set('deliveryMethod', delivery.value as 'ftp' | 'courier');
          p.used = true;
          break;
        }
      }
    }
  }
  // Free text: what is left goes to the first open free-text question it is plausible for (a sign-off
  // like "Erin" or "Thanks, Ben" is nobody's answer).
  const signOff = (p: (typeof pieces)[number], i: number) =>
    i === pieces.length - 1 && i > 0 && /\n\s*$/.test(text.slice(0, p.start)) && SIGN_OFF.test(p.text);
  const untaken = pieces.filter((p, i) => !p.used && !signOff(p, i));
  // "you mean what changed? the team replaced the firewall. btw how fast do you answer?": a sentence that asks
  // something back answers nothing; what is told is the answer ("after the patch?" alone still is one). A
  // question joined by a dash ("before that - how fast do you answer?") is one sentence: its start is no answer.
  const ownSentence = (p: (typeof pieces)[number]) => /(?:^|[.!?:]|\n)\s*$/.test(text.slice(0, p.start));
  const told = untaken.filter((p) => !(asks(p) && ownSentence(p)));
  // A question about the rules ("wait, what's the response time for High?") is no answer of any kind, even alone.
  const rulesAsked = new Set(readTopicSentences(untaken).map((t) => t.piece));
  const unused = told.length > 0 ? told : untaken.filter((p) => !rulesAsked.has(p));
  // Written as one stretch, the answer keeps its own punctuation (an address's commas).
  const contiguous =
    unused.length === pieces.length ||
    unused.every((p, i) => i === 0 || pieces.indexOf(p) === pieces.indexOf(unused[i - 1]!) + 1);
  const left =
    contiguous && unused.length > 0
      ? text.slice(unused[0]!.start, unused.at(-1)!.end)
      : unused.map((p) => p.text).join(' ');
  // A message that announces another problem is not an answer to our questions about this one.
  const open = NEW_ISSUE.test(text) ? [] : asked.filter((a) => FREE_TEXT.includes(a) && !slots[a]);
  // Said like an impact ("about forty agents"), it is the impact even when the circumstances are asked first.
  // "it's about a third of all chats" tells who is hit and no event before it: the impact, when both are asked.
  const impactLike =
    readImpact(left).value !== undefined ||
    (open.includes('circumstances') &&
      open.includes('businessImpact') &&
      (plausibleImpact(left) || COUNTS_A_SHARE.test(left)) &&
      !TELLS_AN_EVENT.test(left));
  const target = impactLike
    ? open.includes('businessImpact')
      ? 'businessImpact'
      : undefined
    : open.find((name) =>
        name === 'circumstances'
          ? plausibleCircumstances(left) && (asked.length === 1 || !DONT_KNOW.test(left.trim()))
          : name === 'shipTo'
            ? plausibleShipTo(left)
            : name === 'businessImpact'
              ? plausibleImpact(left)
              : plausibleFreeText(left, name === 'description' || name === 'reason' ? 3 : 2),
      );
  // An impact said inside other words ("maybe the patches? around 10 users are affected") is that clause.
  const impact = target === 'businessImpact' ? readImpact(left).value : undefined;
  if (target && left) set(target, impact ?? tidy(left), 0.75);
  return asked.some((a) => slots[a] !== undefined);
}

/**
 * What an answer about circumstances tells: an event or a time ("after", "since", "we changed", "on Monday",
 * "nothing changed", "no idea"), a deed in the past ("-ed", a common irregular past) or a date.
 */
const TELLS_AN_EVENT =
  /\b(?:after|since|before|when|following|because|due\s+to|caused|started|began|begun|ago|yesterday|today|tonight|last|this\s+(?:morning|week|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|night|change\w*|upgrad\w*|updat\w*|patch\w*|install\w*|deploy\w*|migrat\w*|restart\w*|nothing|no\s+idea|not\s+sure|don'?t\s+know|\w+ed|did|made|ran|went|got|put|set|took|moved|new)\b|\d{1,2}[:/.]\d{1,2}/i;

/** "a quarter of the mailboxes", "most of our stores", "dozens of calls": a share or a count of what is hit. */
const COUNTS_A_SHARE =
  /\b(?:half|third|quarter|most|many|several|dozens?|hundreds?|thousands?|every|each|all)\b[^.?!\n]{0,30}\b(?:of|our|the)\b|\d+\s*(?:%|percent)/i;
