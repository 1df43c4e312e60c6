/**
 * Reads the message (issue 21: one reader behind one port), then continues the dialogue in progress or
 * routes a new request by what the message asks. "Cancel" and "help" work everywhere; a dialogue lets a
 * message change the subject.
 */
import { announcesAnotherProblem } from '../../domain/understanding/cues.ts';
import { hasIntent, type Intent, mainIntent, type Reading } from '../../domain/understanding/reading.ts';
import { WEAK_READING_BELOW, withoutGuess } from '../../domain/understanding/statistical/fallback-reader.ts';
import { type Dialogue, IDLE } from './dialogue.ts';
import { handleAuthFailure } from './handlers/auth-failure.ts';
import { cancel } from './handlers/cancel.ts';
import { lapseDetailsQuestions, takeCaseDetails } from './handlers/case-details.ts';
import { askWhichCase, casesToOffer, continueChooseCase } from './handlers/choose-case.ts';
import { continueChoosePair } from './handlers/choose-pair.ts';
import { answerConfirmation, askToConfirm } from './handlers/confirm-intent.ts';
import { asideInOrder, continueControlledSoftware } from './handlers/controlled-software.ts';
import {
  continueLicenseRequest,
  readsAsLicenseRequest,
  readsAsOrder,
  readsAsOtherFileRequest,
  requestBody,
} from './handlers/license-request.ts';
import { answerOffer } from './handlers/offers.ts';
import { continueOpenCase } from './handlers/open-case.ts';
import { isAside } from './handlers/open-case-asides.ts';
import { openForAnotherAccount } from './handlers/other-account.ts';
import { asksAboutAnotherEndUser } from './handlers/other-end-user.ts';
import { answerAboutReferral, rememberedReferral } from './handlers/referral-followup.ts';
import { answerReleaseFollowUp } from './handlers/release-followup.ts';
import { routeIntent } from './handlers/route.ts';
import { continueTempLicense } from './handlers/temp-license.ts';
import { holdForVerification } from './handlers/verification.ts';
import { readMessage } from './read-message.ts';
import type { Turn } from './turn.ts';

/** Requests that start something new even in the middle of another dialogue. */
const NEW_REQUESTS: ReadonlySet<Intent> = new Set(['temp-license', 'license-request', 'controlled-software']);

/**
 * Where a message is taken as a new request, the statistical fallback's guess is asked about (issue 21);
 * inside any other dialogue the message is what the rules read: not understood, and the dialogue goes on.
 */
const GUESS_ASKED_IN: ReadonlySet<Dialogue['kind']> = new Set(['idle', 'awaiting-verification', 'confirm-intent']);

/** Dialogues about one account's case, which a problem report naming another of the sender's End Users leaves. */
const ACCOUNT_BOUND: ReadonlySet<Dialogue['kind']> = new Set(['open-case', 'case-details', 'offer-new-case', 'idle']);

export async function dispatch(turn: Turn, text: string): Promise<void> {
  if (turn.identity.authFailed) return await handleAuthFailure(turn);
  await lapseDetailsQuestions(turn, text);
  const read = await readMessage(turn, text);
  const reading = read.guess && !GUESS_ASKED_IN.has(turn.dialogue.kind) ? withoutGuess(read) : read;
  const main = mainIntent(reading);
  // A dialogue that acts for an account goes on only while its sender is verified (issue 18 §2).
  if (main !== 'help' && (await holdForVerification(turn, text, main))) return;
  const dialogue = turn.dialogue;
  if (main === 'cancel') return await cancel(turn);
  if (main === 'help') return await routeIntent(turn, 'help', text, reading);
  if (turn.message.choice !== undefined && !(await choiceMayBeTaken(turn))) return;
  if (ACCOUNT_BOUND.has(dialogue.kind) && (await openForAnotherAccount(turn, text, reading))) return;
  if (ACCOUNT_BOUND.has(dialogue.kind) && (await asksAboutAnotherEndUser(turn, text, reading))) return;

  switch (dialogue.kind) {
    case 'choose-pair':
      return await continueChoosePair(turn, dialogue, text);
    case 'open-case':
      if (NEW_REQUESTS.has(main) && !hasIntent(reading, 'answer')) {
        turn.setDialogue(IDLE);
        return await routeIntent(turn, main, text, reading);
      }
      return await continueOpenCase(turn, dialogue, text, reading);
    case 'case-details':
      if (await takeCaseDetails(turn, dialogue, text, reading)) return;
      return await routeIntent(turn, newRequestIntent(turn, text, reading), text, reading);
    case 'offer-new-case':
    case 'offer-admin-case':
      return await answerOffer(turn, dialogue, text, reading);
    case 'temp-license':
      if (
        main !== 'temp-license' &&
        main !== 'answer' &&
        reading.intents[0]!.confidence >= 0.85 &&
        !turn.message.attachments.length
      ) {
        turn.setDialogue(IDLE);
        return await routeIntent(turn, main, text, reading);
      }
      return await continueTempLicense(turn, dialogue, text);
    case 'controlled-software':
      // "Please raise case N to High" while the order waits for its OS: done, and the order's question stands.
      if (isAside(reading)) return await asideInOrder(turn, dialogue, text, reading);
      return await continueControlledSoftware(turn, dialogue, text, reading);
    case 'license-request':
      return await continueLicenseRequest(turn, dialogue, text, reading);
    case 'awaiting-verification':
      // Still unverified: a new request replaces the waiting one; the reminder is sent again.
      turn.setDialogue(IDLE);
      return await newRequest(turn, text, reading);
    case 'choose-case':
      return await continueChooseCase(turn, dialogue, text);
    case 'confirm-intent':
      if (await answerConfirmation(turn, dialogue, text)) return;
      // Neither yes nor no: a message of its own, and the question lapses.
      turn.setDialogue(IDLE);
      return await newRequest(turn, text, reading);
    case 'idle': {
      // "to which address exactly?" after the bot sent the contact to Licensing: answered about that referral.
      const referral = await rememberedReferral(turn, dialogue, reading);
      if (referral && (await answerAboutReferral(turn, referral, text, reading))) return;
      if (await answerReleaseFollowUp(turn, dialogue, text, reading)) return;
      return await newRequest(turn, text, reading);
    }
  }
}

/** What a message in a case's thread that tells of a problem reads as, when nothing else is asked. */
const NEWS_OR_PROBLEM: ReadonlySet<Intent> = new Set(['open-case', 'add-to-case', 'not-understood', 'answer']);

async function newRequest(turn: Turn, text: string, reading: Reading): Promise<void> {
  // Another problem announced in an open case's thread is split from it there (one issue per case), whatever
  // the words about the case around it make of the message (a case named with nothing asked is read as its
  // status by default); a request of another kind ("by the way, another question: …") goes its own way.
  const open = turn.caseRow && turn.caseRow.state !== 'collecting' && turn.caseRow.state !== 'closed';
  const rules = withoutGuess(reading);
  const ruled = rules.intents[0]!;
  const newsOrDefault = NEWS_OR_PROBLEM.has(ruled.intent) || ruled.confidence < WEAK_READING_BELOW;
  if (open && announcesAnotherProblem(text) && newsOrDefault)
    return await routeIntent(turn, 'add-to-case', text, rules);
  const intent = newRequestIntent(turn, text, reading);
  // A guess is asked about only where the rules' own path leads elsewhere (a license request the license reader reads is no guess).
  const guessed = reading.guess && intent === mainIntent(reading);
  if (guessed && newRequestIntent(turn, text, withoutGuess(reading)) !== intent)
    return await askToConfirm(turn, intent, text);
  const offered = await casesToOffer(turn, intent, reading);
  if (offered.length > 0) return await askWhichCase(turn, text, intent, offered);
  return await routeIntent(turn, intent, text, reading);
}

/**
 * A button answers the question of its own conversation, pressed by the person it was asked (in a
 * shared channel anyone can press any button): otherwise nothing is done, and the refusal is recorded.
 */
async function choiceMayBeTaken(turn: Turn): Promise<boolean> {
  if (turn.conversation.senderKey !== turn.identity.senderKey || pressedInSomeoneElsesThread(turn)) {
    turn.decision = 'choice-refused';
    await turn.audit('choice.refused', turn.actor, { conversation: turn.conversation.threadKey });
    return false;
  }
  if (turn.dialogue.kind !== 'choose-case') {
    turn.decision = 'stale-choice';
    await turn.reply('choice-not-pending');
    return false;
  }
  return true;
}

/**
 * A button pressed by someone who had not written in its thread: the engine gave them a conversation of
 * their own there (conversation-store.ts, one per sender), with nothing asked — silence, on record.
 */
function pressedInSomeoneElsesThread(turn: Turn): boolean {
  const c = turn.conversation;
  return c.threadKey.includes('|from:') && c.caseId === null && turn.dialogue.kind === 'idle';
}

/**
 * The keyword rules' broadest answers, which a mail that reads as a license request overrides. A polite
 * "could you generate a licence …?" or a question for Licensing reads as a question to the rules: the
 * license reader decides whether it is a request (issue 25).
 */
const BROAD_INTENTS: ReadonlySet<Intent> = new Set(['open-case', 'not-understood', 'question']);

const LICENSE_WORDS =
  /\b(?:licen[cs]\w*|activation|host\s*-?id|mac\s+address|AFR|entitlement|seats?|ports?\s+count|order\s+(?:number|no|#)|SO\s*#|sales\s+order|PO\s*#|purchase\s+order|sold\s+to|end\s+user\s+(?:name|account))\b/i;

/** The same in the other languages license requests come in (issue 25 §3); Japanese has no word boundaries. */
const LICENSE_WORDS_ELSEWHERE = /ライセンス|ホスト\s*ID|Lizenz|licen[cç]i?a|licenza|licentie|licen[cs]e\s+d[e']/i;

/** "Can you open a case", "please log a ticket": a case asked for in so many words. */
const ASKS_FOR_A_CASE = /\b(?:open|log|raise|create|file|start)\b[^.?!\n]{0,20}\b(?:case|ticket|incident)\b/i;

/** Five or more "Label: value" lines: a filled-in form, not a sentence about a license. */
const FORM_LINE = /^[ \t]*[A-Za-z][\w ./()-]{1,40}[ \t]*(?:[:=|]|\t)[ \t]*\S/gm;

function speaksOfLicenses(turn: Turn, text: string): boolean {
  const written = `${turn.message.subject ?? ''}\n${text}`;
  return LICENSE_WORDS.test(written) || LICENSE_WORDS_ELSEWHERE.test(written);
}

function newRequestIntent(turn: Turn, text: string, reading: Reading): Intent {
  const main = mainIntent(reading);
  // A problem report that never speaks of a license ("callers hear silence instead of the prompts"), or another
  // problem announced as such, is a problem report, whatever the license reader makes of its product and
  // account names (issue 21 §9). A reply that only corrects a request quoted below it ("it's 35 x
  // SW-047-1.0-AC01, not 25") speaks of licenses through what it quotes: in a new thread the request is read
  // whole, the correction applied (issue 25 round 15).
  const problemOnly =
    main === 'open-case' &&
    (reading.slots.description !== undefined || ASKS_FOR_A_CASE.test(text) || reading.announcesNewIssue) &&
    !speaksOfLicenses(turn, requestBody(turn, text));
  // A product's failure reported with the severity asked for ("… SIP Server in production won't start.
  // critical.") is a case, whatever license words tell its cause: a license request asks for no severity.
  const reportWithSeverity =
    main === 'open-case' &&
    reading.slots.description !== undefined &&
    reading.slots.product !== undefined &&
    reading.slots.severity !== undefined;
  // A guess of the statistical fallback is the rules' not-understood: a license request read from the mail wins.
  const broad = BROAD_INTENTS.has(main) || reading.guess !== undefined;
  if (broad && !problemOnly && !reportWithSeverity && readsAsLicenseRequest(turn, text)) return 'license-request';
  // "Please issue a SIP Server 8.5 licence, 50 seats, host id …" names a product and a version, which the
  // rules take for a software download: a mail that speaks of licenses and reads as a license request is one.
  if (main === 'download' && speaksOfLicenses(turn, text) && readsAsLicenseRequest(turn, text))
    return 'license-request';
  if (main === 'temp-license') {
    // A file request of another implementation type whose temporary license is only its context, or a
    // license request form whose implementation type is "Temporary": requests for Licensing (DOMAIN.md §7),
    // not the temporary-license rules for a failed license server.
    if (readsAsOtherFileRequest(turn, text)) return 'license-request';
    if ((text.match(FORM_LINE)?.length ?? 0) >= 5 && readsAsLicenseRequest(turn, text)) return 'license-request';
    // A temporary PureConnect activation file is ordered from Licensing like any activation file.
    if (
      /\bactivation\s+file|\bAFR\b/i.test(`${turn.message.subject ?? ''}\n${text}`) &&
      readsAsLicenseRequest(turn, text)
    )
      return 'license-request';
    // Customer Care's own temporary file is cut from the customer's original license file; a mail that orders
    // parts or items by quantity for a host is an order for Licensing, whatever it calls the file.
    if (readsAsOrder(turn, text)) return 'license-request';
  }
  return main;
}
