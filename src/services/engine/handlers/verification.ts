/**
 * Verification (DOMAIN.md §1, §8): only Designated Contacts verified by their PIN act for an account.
 * The PIN is checked against its scrypt hash, never echoed or logged; five wrong PINs lock it for
 * fifteen minutes; an empty PIN leads to an Admin case.
 */

import { decidePinAttempt, pinMatches } from '../../../domain/pin.ts';
import { asksForAdminCase } from '../../../domain/understanding/pin-asked.ts';
import { type Intent, mainIntent } from '../../../domain/understanding/reading.ts';
import { readCaseNumbers } from '../../../domain/understanding/rule-reader.ts';
import { getCaseById } from '../../../store/case-store.ts';
import { type ContactRow, findContactByEmail, grantsOf, updatePinState } from '../../../store/directory-reader.ts';
import { enqueue } from '../../../store/outbox-store.ts';
import { saveThrottle, throttleState } from '../../../store/pin-throttle-store.ts';
import { provenContactOf, recordVerification } from '../../../store/verification-store.ts';
import { caseAccessFor } from '../case-access.ts';
import { type Dialogue, IDLE, type PendingRequest } from '../dialogue.ts';
import { dispatch } from '../dispatch.ts';
import { readMessage } from '../read-message.ts';
import { type Turn, toOutbound } from '../turn.ts';
import { openAdminCase } from './admin-case.ts';
import { routeIntent } from './route.ts';

/** True when the sender may act; otherwise the right explanation is sent and the request is kept. */
export async function requireVerified(turn: Turn, pending: PendingRequest): Promise<boolean> {
  const { identity, message } = turn;
  if (identity.contact && !identity.contact.designated) {
    turn.decision = 'not-designated';
    await turn.reply('not-designated', { name: identity.contact.name });
    return false;
  }
  if (identity.verified) return true;
  if (!identity.contact && message.channel !== 'slack') {
    turn.decision = 'unknown-sender';
    await turn.reply('unknown-sender');
    return false;
  }
  // A contact whose PIN is empty, writing from their own authenticated address, has no PIN line to give:
  // asking for one leads nowhere. They are offered the Admin case that sets it (docs/rules.md §1); the
  // request they made is not acted on (whoever holds no PIN is verified by nobody).
  if (message.channel === 'email' && identity.contact && !identity.authFailed && identity.contact.pinHash === null) {
    turn.decision = 'pin-empty';
    await turn.audit('pin.empty', `contact:${identity.contact.email}`, { own: true });
    turn.setDialogue({ kind: 'offer-admin-case', contactId: identity.contact.id });
    await turn.reply('pin-empty-offer-admin-case');
    return false;
  }
  const hinted = turn.caseRow ? undefined : turn.caseHint;
  turn.setDialogue({ kind: 'awaiting-verification', pending: hinted ? { ...pending, caseId: hinted.id } : pending });
  turn.decision = 'verification-requested';
  // Channels with a private PIN form (Slack's modal, the terminal's /pin) offer it as a button.
  await turn.reply(
    `verify-${message.channel}`,
    { waiting: waitingLine(pending) },
    message.channel === 'email' ? [] : [{ kind: 'verify' }],
  );
  return false;
}

/** What a kept request is about, in the customer's words for it. */
const WAITING_WHAT: Partial<Record<Intent, string>> = {
  'management-attention': "a manager's attention",
  'severity-change': 'a new severity',
  'close-case': 'closing it',
  'case-status': 'its status',
  'add-to-case': 'new information',
};

/**
 * "Your request on case 01000001 (a manager's attention) goes on once you are verified": the request is
 * kept, and the contact sees which one (issue 21 §6). Only the case numbers the sender wrote are said back.
 */
function waitingLine(pending: PendingRequest): string {
  const numbers = readCaseNumbers(pending.text).slice(0, 3);
  if (numbers.length === 0) return '';
  const what = WAITING_WHAT[pending.intent];
  return ` Your request on case ${numbers.join(', ')}${what ? ` (${what})` : ''} goes on once you are verified.`;
}

/** Dialogues that act for an account: going on with one needs a verified sender, as starting it did. */
const ACCOUNT_DIALOGUES: ReadonlySet<Dialogue['kind']> = new Set([
  'choose-pair',
  'open-case',
  'temp-license',
  'controlled-software',
  'case-details',
]);

/**
 * A dialogue that acts for an account goes on only while its sender is verified (the PIN link lasts
 * `slackLinkHours`, DOMAIN.md §8; issue 18 §2). Otherwise the PIN is asked for and the dialogue waits,
 * with this message, to go on once it is given. True when the message was held.
 */
export async function holdForVerification(turn: Turn, text: string, intent: Intent): Promise<boolean> {
  const waiting = turn.dialogue.kind === 'awaiting-verification' ? turn.dialogue.pending.resume : undefined;
  const dialogue = waiting ?? turn.dialogue;
  if (!ACCOUNT_DIALOGUES.has(dialogue.kind)) return false;
  if (turn.identity.verified) {
    if (waiting) turn.setDialogue(waiting);
    return false;
  }
  turn.setDialogue(dialogue);
  await requireVerified(turn, { intent, text, resume: dialogue });
  return true;
}

/**
 * Checks a PIN for `email` on behalf of this turn's sender, then resumes what was waiting.
 *
 * The PIN form is neither a directory oracle nor a lockout lever (issue 18 §5):
 * | attempt from                                   | answer to the requester          | counters                              |
 * |------------------------------------------------|----------------------------------|---------------------------------------|
 * | any requester, any failure (unknown address,   | one answer: "address and PIN do  | the requester's own (5 → it is locked |
 * | wrong PIN, no PIN on file, locked, Slack user  | not match"                       | 15 min, nobody else is)               |
 * | of another contact)                            |                                  |                                       |
 * | the contact's own channel (their address by    | the same in a form; by mail (a   | the contact's (5 → the PIN is locked, |
 * | mail, their Slack user, a Slack user they      | reply to the registered address) | DOMAIN.md §8)                         |
 * | verified as before)                            | the attempts left / the lock      |                                       |
 * | anyone else                                    | the one answer                   | the contact's foreign counter (20 →   |
 * |                                                |                                  | others are refused; the contact's own |
 * |                                                |                                  | channels still work)                  |
 * The attempts left, a lock and an empty PIN are told to the contact privately, by mail to the
 * registered address.
 */
export async function verifyPinInTurn(turn: Turn, email: string, pin: string): Promise<boolean> {
  const { ctx, identity, message } = turn;
  const now = message.receivedAt;
  const requesterKey = `requester:${message.channel}:${identity.senderKey}`;
  const requester = await throttleState(ctx.db, requesterKey);
  if (requester.lockedUntil && requester.lockedUntil > now) return await refuse(turn, 'requester-locked');
  const countAgainstRequester = async () =>
    await saveThrottle(ctx.db, requesterKey, decidePinAttempt(requester, () => false, now, ctx.policy.pin).next);

  const contact = await findContactByEmail(ctx.db, email);
  const slackMismatch =
    message.channel === 'slack' &&
    contact?.slackUserId &&
    message.sender.kind === 'slack' &&
    contact.slackUserId !== message.sender.userId;
  if (!contact || slackMismatch) {
    await countAgainstRequester();
    return await refuse(turn, contact ? 'slack-user-mismatch' : 'unknown-contact');
  }
  const own = await isOwnChannel(turn, contact);
  const foreignKey = `contact-foreign:${contact.id}`;
  const ownState = {
    hasPin: contact.pinHash !== null,
    failedAttempts: contact.failedPinAttempts,
    lockedUntil: contact.lockedUntil ? new Date(contact.lockedUntil) : null,
  };
  const ownLocked = ownState.lockedUntil !== null && ownState.lockedUntil > now;
  const state = own ? ownState : { ...(await throttleState(ctx.db, foreignKey)), hasPin: ownState.hasPin };
  const policy = own ? ctx.policy.pin : { ...ctx.policy.pin, maxFailedAttempts: ctx.policy.pin.maxFailedAttempts * 4 };
  const outcome =
    !own && ownLocked && ownState.hasPin
      ? ({ result: 'locked', until: ownState.lockedUntil!, next: state } as const)
      : decidePinAttempt(state, () => pinMatches(pin, contact.pinHash!), now, policy);
  if (own)
    await updatePinState(
      ctx.db,
      contact.id,
      outcome.next.failedAttempts,
      outcome.next.lockedUntil?.toISOString() ?? null,
    );
  else await saveThrottle(ctx.db, foreignKey, outcome.next);
  if (outcome.result !== 'verified') await countAgainstRequester();

  const subject = `contact:${contact.email}`;
  // By mail from their own address, the reply itself goes to the registered address: it may say more.
  const privately = own && message.channel === 'email';
  switch (outcome.result) {
    case 'no-pin':
      await turn.audit('pin.empty', subject, { own });
      if (privately) {
        turn.setDialogue({ kind: 'offer-admin-case', contactId: contact.id });
        await turn.reply('pin-empty-offer-admin-case');
        return false;
      }
      await tellContact(turn, contact, 'pin-notice-empty', {});
      return await refuse(turn, 'no-pin');
    case 'locked': {
      const until = outcome.until.toISOString().replace(/\.\d{3}Z$/, 'Z');
      await turn.audit('pin.locked', subject, { until, own });
      if (privately) {
        await turn.reply('pin-locked', { until, minutes: ctx.policy.pin.lockoutMinutes });
        return false;
      }
      // The contact hears of a lock once, when it begins.
      if (!state.lockedUntil || state.lockedUntil <= now) {
        await tellContact(turn, contact, 'pin-notice-locked', { until, minutes: ctx.policy.pin.lockoutMinutes });
      }
      return await refuse(turn, 'locked');
    }
    case 'wrong':
      await turn.audit('pin.failed', subject, { attemptsLeft: outcome.attemptsLeft, own });
      if (privately) {
        await turn.reply('pin-wrong', { attemptsLeft: outcome.attemptsLeft });
        return false;
      }
      await tellContact(turn, contact, 'pin-notice-wrong', { attemptsLeft: outcome.attemptsLeft });
      return await refuse(turn, 'wrong');
    case 'verified': {
      await saveThrottle(ctx.db, requesterKey, { hasPin: true, failedAttempts: 0, lockedUntil: null });
      const expires = new Date(now.getTime() + ctx.policy.pin.slackLinkHours * 3_600_000);
      await recordVerification(ctx.db, {
        channel: message.channel,
        senderKey: identity.senderKey,
        contactId: contact.id,
        verifiedAt: turn.nowIso,
        expiresAt: expires.toISOString(),
      });
      await turn.audit('pin.verified', subject, { channel: message.channel });
      identity.contact = contact;
      identity.verified = true;
      identity.grants = await grantsOf(ctx.db, contact.id);
      await turn.reply('pin-verified', { name: contact.name, hours: ctx.policy.pin.slackLinkHours });
      if (turn.dialogue.kind === 'awaiting-verification') {
        const pending = turn.dialogue.pending;
        turn.setDialogue(IDLE);
        await resumePending(turn, pending);
      }
      return true;
    }
  }
}

/** The one answer to every failed attempt, whatever the reason (audited, never told). */
async function refuse(turn: Turn, reason: string): Promise<false> {
  await turn.audit('pin.rejected', `${turn.message.channel}:${turn.identity.senderKey}`, { reason });
  await turn.reply('pin-wrong-generic');
  return false;
}

/** The contact's own address, their Slack user, or a Slack user they verified as before. */
async function isOwnChannel(turn: Turn, contact: ContactRow): Promise<boolean> {
  const { sender } = turn.message;
  if (sender.kind === 'email') return sender.auth === 'pass' && turn.identity.senderKey === contact.email.toLowerCase();
  if (sender.kind === 'console') return turn.identity.senderKey === contact.email.toLowerCase();
  return (
    sender.userId === contact.slackUserId ||
    (await provenContactOf(turn.ctx.db, 'slack', turn.identity.senderKey)) === contact.id
  );
}

/** A private notice by mail to the contact's registered address (never the requester's). */
async function tellContact(turn: Turn, contact: ContactRow, template: string, values: Record<string, string | number>) {
  const row = await enqueue(
    turn.ctx.db,
    {
      channel: 'email',
      recipient: contact.email,
      audience: 'customer',
      subject: 'Verification of your Customer Care contact',
      text: turn.ctx.templates.render(template, { name: contact.name, channel: turn.message.channel, ...values }),
      threadKey: null,
      inboundId: turn.inboundId,
    },
    turn.nowIso,
  );
  turn.replies.push(toOutbound(row, null));
}

/**
 * The request that waited for the PIN. The case it arrived about is shown to it now if the sender,
 * verified, may see that case; the request is then read again as being about that case, as it would
 * have been had the sender been verified when it came.
 */
async function resumePending(turn: Turn, pending: PendingRequest): Promise<void> {
  if (pending.resume) {
    turn.setDialogue(pending.resume);
    return await dispatch(turn, pending.text);
  }
  const hinted = pending.caseId === undefined ? undefined : await getCaseById(turn.ctx.db, pending.caseId);
  if (!hinted || !caseAccessFor(turn, hinted, 'view').allowed)
    return await routeIntent(turn, pending.intent, pending.text);
  turn.attachCase(hinted);
  const reading = await readMessage(turn, pending.text);
  await routeIntent(turn, mainIntent(reading), pending.text, reading);
}

/** "I forgot my PIN" / "my PIN is empty": PINs are never sent by email (DOMAIN.md §1). */
export async function answerPinQuestion(turn: Turn, text = ''): Promise<void> {
  const contact = turn.identity.contact;
  turn.decision = 'pin-help';
  if (contact && !turn.identity.authFailed && contact.pinHash === null) {
    // "Yes, please open the admin case so I can get a PIN": asked for outright, it is opened (no offer first).
    if (asksForAdminCase(text)) return await openAdminCase(turn, contact.id);
    turn.setDialogue({ kind: 'offer-admin-case' });
    await turn.reply('pin-empty-offer-admin-case');
    return;
  }
  await turn.reply('pin-help', { portal: turn.ctx.policy.supportPortalName });
}
