/**
 * The circumstances that led to the problem (seed 001 §2.1, one of the three facts the clock waits for):
 * a change or an event before it started — "since yesterday's config change", "after we added a trunk
 * group", "following the Windows update", "when we switched to TLS", "started on Friday" — not the
 * symptom's own timing ("drops calls after 30 seconds", "after login").
 */
import { allMatches, clauseEnd, tidy } from './text.ts';

/** English verbs whose past tense does not end in -ed, as people write what they did to a system. */
const IRREGULAR_PAST =
  '(?:grew|outgrew|threw|drew|withdrew|gave|sent|spent|lost|broke|froze|chose|bought|fed|led|held|kept|bent|dealt|dug|hung|stuck|struck|swung|rang|sank|shrank|bound|wound|hid|lit|slid|rewrote|reran|redid|rebuilt|undid|overrode|overwrote|upheld|laid|paid|sold|told|tore|wore|bore|rode|drove|forgot|overlooked)';

/**
 * Things that change or happen to a system. Anything done again is one too, however it is spelt
 * ("re-configuration", "re-import", "resync", "reindex", "re-seed"), and a fix or a maintenance is a change.
 */
const REDONE = String.raw`re-[a-z]{3,}|re(?:load|index|import|sync|start|boot|install|configur|deploy|build|register|registr|activat|generat|creat|nam|seed|organi[sz]|partition|balanc|key|link|map|assign|run|ran|point|join|connect|licens|host|apply|applied|compil|calculat)\w*`;
const EVENT = String.raw`(?:${REDONE}|fix|fixes|fixed|maint\w*|power\s+(?:cut|failure|loss|outage)|upgrad\w*|updat\w*|chg|chng|upd|upg|cfg|mig|patch\w*|hot\s?fix\w*|migrat\w*|chang\w*|config\w*|reconfig\w*|(?:re-?)?deploy\w*|rollout|roll(?:ed|ing)?\s+out|restart\w*|reboot\w*|install\w*|maintenance|outage|failover|fail[\s-]?over|renew\w*|release|go[\s-]?live|cutover|cut[\s-]?over|switch\w*|mov\w*|replac\w*|swap\w*|exchang\w*|add\w*|remov\w*|enabl\w*|disabl\w*|appl\w*|increas\w*|decreas\w*|spike|peak|dst|daylight|daylight\s+saving|expir\w*|crash\w*|incident|windows\s+update|os\s+update|security\s+update|rebuild|rebuilt|new\s+\w+|snapshot|backup|restore\w*|import\w*|reinstall\w*|refresh\w*|push\w*|rotat\w*|renam\w*|provision\w*|re-provision\w*|reset\w*|purg\w*|delet\w*|modif\w*|edit\w*|alter\w*|introduc\w*|activat\w*|deactivat\w*|decommission\w*|reroute\w*|rehom\w*|schema|firmware|driver|job|cleanup|died|broke\s+down|went\s+down|filled\s+up|ran\s+full|clean-up|rollout|rehearsal|failure|fire|outage|went\s+(?:from|to|live))`;
/** What was going on, not a busy time of day ("during peak hours"), which is the symptom's timing. */
const ONGOING = EVENT.replace('spike|peak|', '');

const WHEN = String.raw`(?:yesterday|today|this\s+morning|last\s+(?:night|week|weekend|month|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the\s+weekend|\d{1,2}(?::\d{2})?\s*(?:am|pm)?|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\w{3,9}|\w{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)`;

interface Cue {
  re: RegExp;
  confidence: number;
}

const CUES: Cue[] = [
  // "since/after/following the upgrade", "since yesterday's config change", "after we added a trunk group".
  {
    re: new RegExp(
      String.raw`\b(?:ever\s+since|since|after|following|right\s+after|shortly\s+after|immediately\s+after|post|aftr|snce|sinc|once)\s+(?:(?:the|our|a|an|we|they|you|someone|last|this|that|yesterday'?s|today'?s|friday'?s|monday'?s|the\s+last|a\s+recent|recent|applying|upgrading|installing|migrating|moving|changing|adding|enabling|disabling|updating|patching|deploying|switching|restarting|rebooting|replacing|renewing|going|\w+'s)\s+)*(?:\S+\s+){0,6}?${EVENT}`,
      'gi',
    ),
    confidence: 0.9,
  },
  // "the site manager asked us to add a second queue", "we were told to move the trunks": a change made on request.
  {
    re: new RegExp(
      String.raw`\b(?:asked|told|wanted|needed|requested|instructed)\s+(?:us|me|IT|them|the\s+team)\s+to\s+(?:\S+\s+){0,2}?${EVENT}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "when we switched to TLS", "when the certificate expired".
  {
    re: new RegExp(String.raw`\bwhen\s+(?:we|they|the|our|someone|IT)\s+(?:\S+\s+){0,4}?${EVENT}`, 'gi'),
    confidence: 0.8,
  },
  // "caused by / triggered by / due to / because of the upgrade".
  {
    re: new RegExp(
      String.raw`\b(?:caused\s+by|triggered\s+by|due\s+to|because\s+of|as\s+a\s+result\s+of|related\s+to)\s+(?:\S+\s+){0,4}?${EVENT}`,
      'gi',
    ),
    confidence: 0.85,
  },
  // "we upgraded to 9.0 on Friday", "we applied the patch", "IT changed the firewall rules".
  {
    re: /\b(?:we|they|IT|someone|the\s+customer|our\s+(?:[\w-]+\s+)?team|the\s+vendor|ops)\s+(?:have\s+|had\s+|just\s+|recently\s+|then\s+)?(?:upgraded|updated|patched|migrated|changed|reconfigured|deployed|rolled\s+out|restarted|rebooted|installed|applied|added|removed|replaced|moved|switched|enabled|disabled|renewed|increased|decreased|modified|rebuilt|reinstalled|imported|cloned|activated)\b/gi,
    confidence: 0.85,
  },
  // "since the time zone of the ETL server was changed": the event told in the passive.
  {
    re: /\b(?:ever\s+since|since|after|following|right\s+after)\s+(?:the|our|a|an|their)\s+(?:[\w#./-]+\s+){1,8}?(?:was|were|got|has\s+been|had\s+been|have\s+been)\s+(?:re-?)?(?:[a-z]{3,}ed|[a-z]{2,}en|done|set|put|cut|shut|built|rebuilt|run|redone)\b/gi,
    confidence: 0.85,
  },
  // "since we re-ran the month-end job", "after they took the node offline", "since we grew the tablespace":
  // someone did something — any past-tense verb after "since/after/when" and a doer.
  {
    re: new RegExp(
      String.raw`\b(?:ever\s+since|since|after|when|right\s+after|once)\s+(?:we|they|IT|someone|somebody|the\s+(?:customer|vendor|carrier|provider)|our\s+(?:\w+\s+)?(?:team|admins?|dba|vendor|provider|carrier))\s+(?:have\s+|had\s+|just\s+|then\s+|finally\s+)?(?:re-?)?(?:[a-z]{3,}ed|ran|made|put|set|took|did|built|wrote|brought|began|swapped|shut|cut|split|spun|rolled|${IRREGULAR_PAST})\b`,
      'gi',
    ),
    confidence: 0.85,
  },
  // "we received the new firmware for the phones and now …", "IT had a power cut on Saturday": the event told
  // as a deed of its own, with a common verb, before the symptom.
  {
    re: new RegExp(
      String.raw`\b(?:we|they|IT|someone|the\s+customer|our\s+(?:[\w-]+\s+)?team|ops|the\s+(?:vendor|carrier|provider))\s+(?:have\s+|had\s+|just\s+|recently\s+)?(?:got|received|had|did|ran|pushed|loaded|took|put|made|brought|went\s+through|set\s+up|started|began|finished|completed)\s+(?:a|an|the|our|their|some|new)\s+(?:\S+\s+){0,4}?${EVENT}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "during the failover test", "while load testing for the new chat channel", "while we were patching the
  // second node", "in the middle of the database migration": what was going on when it began.
  {
    re: new RegExp(
      String.raw`\b(?:during|while|in\s+the\s+middle\s+of|in\s+the\s+course\s+of)\s+(?:(?:we|they|IT|someone|the\s+[\w-]+\s+team)\s+(?:were|was)\s+)?(?:\S+\s+){0,4}?(?:${ONGOING}|(?:load|stress|performance|failover|dr|acceptance|regression)[\s-]test\w*|testing|tests?)\b`,
      'gi',
    ),
    confidence: 0.75,
  },
  // "it started on Friday", "began after …", "first noticed yesterday", "happening since Monday" — not
  // "it happens at every shift change": when it recurs is the symptom's timing.
  {
    re: /\b(?:started|began|begun|begins?|start(?:s|ing)?|first\s+(?:noticed|seen|saw|happened|occurred|reported)|noticed|happen(?:ed|ing|s)|occurr?(?:ed|ing|s)|been\s+like\s+this|been\s+\w+ing)\s+(?:\w+\s+){0,3}?(?:since|after|on|at|around|yesterday|today|this|last|following|when|once|two|three|\d)(?!\s+(?:every|each)\b)/gi,
    confidence: 0.75,
  },
  // "since the certificate rollover last night", "after the handler republish this morning": a thing named with
  // the time it happened is an event, whatever the word for it — not a meeting, a call or a mail.
  {
    re: new RegExp(
      String.raw`\b(?:ever\s+since|since|after|right\s+after|following)\s+(?:the|our|their|a|an)\s+(?!(?:[\w'-]+\s+){0,3}(?:meeting|call|calls|chat|e-?mail|mail|conversation|webinar|lunch|holiday|visit)\b)(?:[\w'-]+\s+){1,4}?${WHEN}\b`,
      'gi',
    ),
    confidence: 0.72,
  },
  // "since Monday", "since this morning", "since 08:00": when it first happened (our question names it).
  { re: new RegExp(String.raw`\b(?:ever\s+)?since\s+${WHEN}\b`, 'gi'), confidence: 0.7 },
  // "this one came straight from windows update", "it came with the new driver", "began w/ the new SBC
  // firmware": what brought the problem ("w", "w/" as people shorten "with").
  {
    re: new RegExp(
      String.raw`\b(?:(?:this|that)\s+(?:one|patch|update|change|release|version)\s+|it\s+)?(?:came|comes|arrived|started|began|begun|starts)\s+(?:straight\s+|right\s+|directly\s+)?(?:from|with|w\/|w\.|w(?=\s))\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)?(?:[^\s,;]+\s+){0,3}?${EVENT}`,
      'gi',
    ),
    confidence: 0.75,
  },
  // French, German, Spanish, Italian: "depuis la mise à jour d'hier", "seit dem Patch gestern", "desde la actualización".
  {
    re: /\b(?:depuis|apr[eè]s|suite\s+[àa]|seit|nach|desde|despu[eé]s\s+de|tras|dopo|da\s+quando)\s+(?:\S+\s+){0,4}?(?:mise\s+[àa]\s+jour|mise\s+[àa]\s+niveau|migration|changement|modification|red[ée]marrage|installation|correctif|patch\w*|update\w*|upgrade\w*|[äa]nderung|umstellung|neustart|installation|actualizaci[oó]n|cambio|migraci[oó]n|reinicio|instalaci[oó]n|aggiornamento|modifica|riavvio|hier|gestern|ayer|ieri|ce\s+matin|heute\s+morgen|esta\s+ma[ñn]ana|stamattina)\S*/gi,
    confidence: 0.8,
  },
  // "no changes were made", "nothing changed": an answer, and a circumstance the analyst needs.
  {
    re: /\b(?:no\s+(?:recent\s+)?changes?\s+(?:were\s+|was\s+|have\s+been\s+)?(?:made|done|applied)?|nothing\s+(?:was\s+|has\s+been\s+)?changed|we\s+(?:did\s+not|didn'?t)\s+change\s+anything|no\s+change\s+on\s+our\s+side)\b/gi,
    confidence: 0.8,
  },
];

/** A connector just before a deed ("… when we moved it", "… right after they added"): part of the account. */
const CONNECTOR_BEFORE = /\b(?:(?:right|just|shortly|immediately)\s+)?(?:when|after|since|following|once)\s+$/i;

/**
 * "it started after the disk filled up", "began after the number porting": once the writer says the problem
 * started after something, what follows is that something, whatever its words — up to the clause's end or a
 * comma (not one inside a number: "2,000 agents").
 */
function toldAfterStart(text: string, start: number, matched: string): number | undefined {
  if (
    !/^(?:started|began|begun|start(?:s|ing)?|begins?)\s+(?:\w+\s+){0,3}?(?:after|since|following|when|once)$/i.test(
      matched,
    )
  )
    return undefined;
  const from = start + matched.length;
  const end = clauseEnd(text, from);
  const comma = /,(?!\d)/.exec(text.slice(from, end));
  const to = comma ? from + comma.index : end;
  return text.slice(from, to).trim().split(/\s+/).length >= 2 ? to : undefined;
}

const RECURS = /\s(?:\w+s|happens|comes)\s+(?:each|every)\s+(?:night|day|morning|evening|time|hour|week|shift)\b/i;

/** "after 30 seconds", "after a while", "after login", "after some calls": the symptom's timing. */
const SYMPTOM_TIMING =
  /^(?:after|since)\s+(?:about\s+|around\s+|approx\.?\s+|exactly\s+)?(?:\d+|a\s+few|a\s+couple\s+of|some|several|few|one|two|three|a)\s*(?:seconds?|secs?|s\b|minutes?|mins?|hours?|calls?|attempts?|tries|rings?|transfers?|while)\b|^after\s+(?:login|logging\s+in|the\s+call|answering|transfer|a\s+while|some\s+time|that)\b/i;

/**
 * "since this morning", "since Monday", "started yesterday": when the problem began, but not what led to
 * it. Taken when nothing better is said; a later account of the event that led to it completes it.
 */
export function onlyWhen(value: string): boolean {
  const v = value.trim().replace(/[.!]+$/, '');
  if (new RegExp(EVENT, 'i').test(v)) return false;
  return new RegExp(
    String.raw`^(?:(?:it\s+)?(?:started|began|begun|happen\w*|occurr?\w*|first\s+\w+)\s+)?(?:ever\s+)?(?:since|on|at|around|about)?\s*${WHEN}(?:\s+(?:morning|afternoon|evening|night))?$`,
    'i',
  ).test(v);
}

const EVENT_WORD = new RegExp(String.raw`\b${EVENT}`, 'i');
/** "since Tuesday", "since yesterday afternoon" at the start of a phrase, not "since yesterday's restart". */
const BARE_WHEN = new RegExp(
  String.raw`^(?:ever\s+)?since\s+${WHEN}(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:[,.;:!?)\n]|$)|\s+(?!(?:when|after|following|as|because)\b)[\w(])`,
  'i',
);

export interface CircumstancesReading {
  value?: string;
  start?: number;
  end?: number;
  confidence: number;
}

export function readCircumstances(text: string): CircumstancesReading {
  let best: CircumstancesReading = { confidence: 0 };
  for (const { re, confidence } of CUES) {
    for (const m of allMatches(text, re)) {
      // "when we moved it to the new host", "right after they added a node": the connector belongs to it.
      const connector = CONNECTOR_BEFORE.exec(text.slice(Math.max(0, m.index! - 20), m.index!))?.[0].length ?? 0;
      const start = m.index! - connector;
      const told = toldAfterStart(text, m.index!, m[0]);
      // "since the dial plan change (high)": a severity or system said in brackets is not part of it.
      let phrase = text
        .slice(start, told ?? phraseEnd(text, start, start + m[0].length))
        .replace(/\s*\((?:sev\w*\s*)?(?:critical|high|medium|low|p[1-4]|prod\w*|test|lab)\)\s*$/i, '');
      const fromConnector = phrase.replace(
        /^(?:started|began|begun|start(?:s|ing)?|begins?)\s+(?:\w+\s+){0,3}?(?=after|since)/i,
        '',
      );
      // "started after that we restored the database": "that" opens the account, it points at nothing before.
      const opensAccount =
        told !== undefined && /^after\s+that\s+(?:we|they|our|the|someone|IT)\b/i.test(fromConnector);
      if ((SYMPTOM_TIMING.test(fromConnector) && !opensAccount) || didNotHelp(text, start, phrase)) continue;
      // "Since yesterday afternoon SIP Server 9.0 production rejects …": a bare time ends with itself
      // (but "since Tuesday, when we reloaded …", "since the weekend db maintenance" tell an event).
      const when = BARE_WHEN.exec(phrase);
      if (when && !EVENT_WORD.test(phrase)) phrase = when[0];
      // "after the fix window closes each night": a moment that comes back is the symptom's timing.
      if (RECURS.test(phrase)) continue;
      const value = tidy(phrase);
      // "Since that change, …": it points back at a change told before; the change told wins when there is one.
      const own = POINTS_BACK.test(value) ? Math.min(confidence, 0.55) : confidence;
      // At the same confidence the fuller account wins ("after update" in a subject, "after the Windows
      // update last night" in the body).
      const fuller = own === best.confidence && value.length > (best.value?.length ?? 0) + 10;
      if (own > best.confidence || fuller) {
        if (value.length < 5) continue;
        best = { value, start, end: start + phrase.length, confidence: own };
      }
    }
  }
  return best;
}

/**
 * "still failing after the restart", "even after the reboot": what did not fix it, not what led to it;
 * "we applied the workaround you suggested": a remedy tried, not a change that caused the problem.
 */
const POINTS_BACK = /^(?:ever\s+)?(?:since|after|following)\s+(?:that|this|these|those|then)\b(?:\s+[\w-]+)?$/i;
const TRIED_AGAIN =
  /^(?:we|they|I|IT|someone)\s+(?:have\s+|had\s+|already\s+|just\s+)*(?:re-?\w+ed|tried|reset|rebuilt)\b[^.;,\n]{0,30}?\b(?:twice|again|already|\d+\s+times|(?:two|three|four|several|a\s+few|multiple|many)\s+times)\b/i;
const STILL_AFTER = /\b(?:still|even)\s+(?:[\w-]+\s+){0,2}$/i;
const REMEDY =
  /^\s*(?:(?:a|an|the|your|that|this|their)\s+)?(?:\w+\s+){0,2}(?:workaround|work-around|suggested|recommended|suggestion|recommendation)s?\b/i;

function didNotHelp(text: string, start: number, phrase: string): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/^(?:right\s+)?(?:after|following)\b/i.test(phrase) && STILL_AFTER.test(before)) return true;
  // "we restarted it twice already", "they rebooted again": a deed repeated is a remedy tried since.
  if (TRIED_AGAIN.test(phrase) || TRIED_AGAIN.test(text.slice(start, clauseEnd(text, start)))) return true;
  const deed =
    /^\S+\s+(?:have\s+|had\s+|just\s+|recently\s+|then\s+)?(?:applied|installed|deployed|tried|implemented)\b/i.exec(
      phrase,
    );
  return deed !== null && REMEDY.test(phrase.slice(deed[0].length));
}

const DETERMINER =
  /^(?:the|our|their|its|his|her|a|an|all|every|no|agents?|calls?|we|they|it|users?|customers?|nobody|inbound|outbound)$/i;
const STOP_WORD =
  /^(?:is|are|was|were|has|have|does|do|did|no|not|can|cannot|can't|won't|doesn't|don't|keeps?|fails?|stops?|crash\w*|drops?|shows?|rejects?|throws?|reports?|and|but|so|which|that|when|because|while)$/i;

/** A past deed: "restarted", "rebooted", "re-ran", "took", "put". */
const PAST_DEED = /^(?:re-?)?(?:[a-z]{3,}ed|ran|made|put|set|took|did|built|brought|shut|cut|split|spun|rolled)$/i;

/** A verb in the present ("locks", "overwrites"), not a plural noun that looks like one ("users"). */
const PRESENT_DEED = /^(?!(?:agents|calls|users|customers|callers|servers|nodes|days|hours|times)$)[a-z]{2,}[^s\W]s$/i;
const OBJECT_OPENS = /^(?:the|a|an|our|their|its|all|every)$/i;

/** After a comma: a past deed right away, or "and …" with one within a few words ("and then restarted"). */
const MORE_DEEDS =
  /^\s*(?:(?:re-?)?(?:[a-z]{3,}ed|ran|made|put|set|took|did|built|brought|shut|cut|split|spun|rolled)\b|(?:and|then|and\s+then)\s+(?:[\w-]+\s+){0,6}?(?:also\s+)?(?:re-?)?(?:[a-z]{3,}ed|ran|made|put|set|took|did|built|brought|shut|cut|split|spun|rolled)\b)/i;

/**
 * "… and, after that, disabled inband detection", "… and then we restarted the IC server": the next step
 * of the same account, told with its connector and its doer — the change last made belongs to it.
 */
const NEXT_STEP =
  /^\s*(?:and\b[,\s]*)?(?:then|after\s+that|afterwards|later(?:\s+on)?|and)\b[,\s]*(?:then\s+)?(?:(?:we|they|someone|somebody|our\s+(?:\w+\s+)?(?:team|admins?|dba))\s+)?(?:also\s+)?(?:re-?)?(?:[a-z]{3,}ed|ran|made|put|set|took|did|built|brought|shut|cut|split|spun|rolled)\b/i;

/**
 * Where the circumstance ends: at a comma or the clause's end; without a comma, where the main statement
 * starts ("After the Windows update the service no longer starts"): an event verb keeps its object ("since
 * we applied the October security patches"), an event noun its short complement ("after the upgrade to 9.0").
 */
function phraseEnd(text: string, start: number, matchEnd: number): number {
  let comma = nextComma(text, matchEnd);
  let end = clauseEnd(text, start);
  // "replaced the core switch, re-enabled QoS and rebooted …", "…, and on Thursday our DBA also switched …":
  // one more deed of the same account goes on past the comma.
  while (comma !== -1 && comma < end && moreDeeds(text.slice(comma + 1, end))) {
    end = Math.max(end, clauseEnd(text, comma + 1));
    comma = nextComma(text, comma + 1);
  }
  if (comma !== -1 && comma < end) end = comma;
  const eventWord = /(\S+)$/.exec(text.slice(start, matchEnd))?.[1] ?? '';
  // A past form, or any form after its subject ("after they install the Windows update"), keeps its object.
  const verb =
    (/(?:ed|ung|ought|ew|own|ade|ent)$/i.test(eventWord) && !/^(?:speed|need)$/i.test(eventWord)) ||
    // "since adding the 2nd node", "after enabling TLS": a gerund keeps its object too.
    (/^(?:since|after|following)\s+\w+ing$/i.test(text.slice(start, matchEnd).trim()) && /ing$/i.test(eventWord)) ||
    // "rolled out", "moved over": a past verb with its particle.
    (/^(?:out|in|over|up|down|back|off)$/i.test(eventWord) &&
      /\b\w+(?:ed|ought|ew|own|ade|ent|ut|ook)\s+\S+$/i.test(text.slice(start, matchEnd))) ||
    /\b(?:we|they|you|IT|someone|somebody|he|she|customer|admins?|team|[A-Z][\w-]+)\s+(?:\w+\s+)?\S+$/.test(
      text.slice(start, matchEnd),
    ) ||
    // "asked us to add a second queue", "had us change the timeout": an infinitive keeps its object.
    /\b(?:us|me|them|IT)\s+(?:to\s+)?\S+$/i.test(text.slice(start, matchEnd));
  const words = [...text.slice(matchEnd, end).matchAll(/\S+/g)];
  let determiners = 0;
  let cut = end;
  let stepEnd = 0;
  let verbAfter = false;
  for (const w of words) {
    const word = w[0].replace(/[^\w'-]/g, '');
    // "after the hotfix was deployed": the event's own passive verb stays with it.
    const next = (words[words.indexOf(w) + 1]?.[0] ?? '').replace(/[^\w'-]/g, '');
    if (/^(?:was|were|got|had|has|is|are|gets|get)$/i.test(word) && /(?:ed|en|wn|ne|un)$/i.test(next)) continue;
    const previousWord = (words[words.indexOf(w) - 1]?.[0] ?? '').replace(/[^\w'-]/g, '');
    // "and then restarted the SIP Server", "and rebooted both nodes": one more deed of the same account.
    if (matchEnd + w.index! < stepEnd) continue;
    const step = /^(?:and|then|after|afterwards|later)$/i.test(word)
      ? NEXT_STEP.exec(text.slice(matchEnd + w.index!))
      : null;
    if (step) {
      // Its connector ("and, after that,") is passed over; the deed takes its own object.
      stepEnd = matchEnd + w.index! + step[0].length;
      determiners = 0;
      continue;
    }
    if (
      /^(?:and|then)$/i.test(word) &&
      (PAST_DEED.test(next === 'then' ? (words[words.indexOf(w) + 2]?.[0] ?? '') : next) ||
        (/,\s*$/.test(text.slice(0, matchEnd + w.index!)) && MORE_DEEDS.test(text.slice(matchEnd + w.index!))))
    ) {
      determiners = 0;
      continue;
    }
    // "… our DBA also switched the ETL user": a further deed takes its own object.
    if (PAST_DEED.test(word) && determiners > 0 && verb) determiners = 0;
    // "since the new password policy forced a reset": the event's subject, then its own past verb and object.
    if (PAST_DEED.test(word) && determiners === 0 && !verb && !STOP_WORD.test(word)) verbAfter = true;
    // "after the nightly backup job locks the database": the event's subject, its verb in the present, its object.
    if (words.indexOf(w) <= 2 && determiners === 0 && !verb && PRESENT_DEED.test(word) && OBJECT_OPENS.test(next))
      verbAfter = true;
    // "the report schedule", "the drop rules": after an article, a word is a noun, not the main verb.
    if (
      STOP_WORD.test(word) &&
      !(
        /^(?:the|our|a|an|their|its|this|that|new)$/i.test(previousWord) &&
        !/^(?:is|are|was|were|has|have|and|but|so|no|not|can|cannot)$/i.test(word)
      ) &&
      // "moved to that hour": after a preposition "that" points at a thing, it starts no clause.
      !(/^that$/i.test(word) && /^(?:to|at|on|in|for|from|by|with|into|of|until)$/i.test(previousWord))
    ) {
      cut = matchEnd + w.index!;
      break;
    }
    // "the agent contract rules": a noun after its article is no new clause.
    const previous = (words[words.indexOf(w) - 1]?.[0] ?? '').replace(/[^\w'-]/g, '');
    // "the ETL user": a noun two words after its article too.
    const beforePrevious = (words[words.indexOf(w) - 2]?.[0] ?? '').replace(/[^\w'-]/g, '');
    const article = /^(?:the|our|their|its|his|her|a|an|all|every)$/i;
    // "the new agent batch", "the second agent group": a word after an article and an adjective is a noun.
    const adjective = /^(?:new|old|latest|second|first|next|last|whole|entire|main|backup|extra|other)$/i;
    if (
      DETERMINER.test(word) &&
      !article.test(previous) &&
      !(article.test(beforePrevious) && (/^[A-Z]/.test(previous) || adjective.test(previous)))
    ) {
      determiners++;
      if (!(verb || verbAfter) || determiners > 1) {
        // "after the upgrade of the database": a determiner after "of", "to", "on" stays in the phrase.
        const before =
          text
            .slice(matchEnd, matchEnd + w.index!)
            .trim()
            .split(/\s+/)
            .pop() ?? '';
        // "since config server was restarted after the patch": the event's own time stays with it too.
        if (
          !/^(?:of|to|on|in|at|for|from|with|by|into|onto|over|during|before|after|following|around|across|through|via|under|than)$/i.test(
            before,
          )
        ) {
          cut = matchEnd + w.index!;
          break;
        }
      }
    }
  }
  return Math.min(end, cut);
}

/** After a comma, more of the same account: a deed, or the next step after "and, after that, …". */
function moreDeeds(after: string): boolean {
  return MORE_DEEDS.test(after) || NEXT_STEP.test(after);
}

/** The next comma that separates words, not the one inside a number ("2,000 agents"). */
function nextComma(text: string, from: number): number {
  const m = /,(?!\d)/.exec(text.slice(from));
  return m ? from + m.index : -1;
}
