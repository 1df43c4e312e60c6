/**
 * `/away` (staff only): a staff member marks themselves away, names a cover, comes back, or sees who is
 * away. Who asks is decided as for every staff command (staff-identity.ts): the vendor's workspace and
 * the staff table; anyone else gets the same refusal as a staff button, audited.
 *
 * | what is typed                                       | outcome                                     |
 * |-----------------------------------------------------|---------------------------------------------|
 * | nothing, `help`, `status`                           | their own absence, if any, and how to use it|
 * | `back`, `cancel`, `I'm back`, `end`, `clear`         | the absence ends (or a planned one is gone) |
 * | `list`, `who`, `who is away`                        | who is away now or soon                     |
 * | a period, with `cover @someone` anywhere, or not    | the absence is set (replacing an earlier)   |
 */
import { STAFF_ROLES } from '../../../domain/ids.ts';
import { escapeSlackText } from '../../../domain/slack-text.ts';
import { PERIOD_EXAMPLES } from '../../../domain/staff-absence/absence-period.ts';
import { describeAbsence } from '../../../domain/staff-absence/describe-absence.ts';
import { awayList } from '../../../services/staff-absence/away-list.ts';
import { setStaffAway, setStaffBack, staffZoneOf } from '../../../services/staff-absence/staff-away.ts';
import { findStaffById, type StaffRow } from '../../../store/directory-reader.ts';
import { absenceOf } from '../../../store/staff-absence-store.ts';
import type { StaffDeps } from './staff-context.ts';
import { auditRefusal } from './staff-context.ts';
import { checkStaff } from './staff-identity.ts';

const HELP = `\`/away until Friday\`, \`/away from 21 Dec to 4 Jan cover @colleague\`, \`/away tomorrow\`, \`/away for 2 weeks\`, \`/away back on Monday\` — while you are away your pages and escalations go to your cover, else to the others of your role. \`/away back\` ends it; \`/away who\` lists who is away. Other forms: ${PERIOD_EXAMPLES}.`;

const BACK = /^(?:i\s*(?:'|’)?\s*(?:m|am)\s+)?(?:back|cancel|end|stop|clear|not away|here)(?:\s+now)?[.!]?$/;
const WHO = /^(?:list|who(?:'s| is)?(?: away| out| off)?(?: now)?|away list)\??$/;
const HELP_WORDS = /^(?:|help|status|\?)$/;
/** A cover: a mention (`<@U…>` or `<@U…|name>`) or an address (`<mailto:a@b|a@b>`, or typed), with its lead-in words. */
const COVER =
  /(?:,?\s*(?:and\s+|with\s+)?(?:cover(?:ed)?(?:\s+by)?|backup|back-up|stand-in)\s*:?\s*)?(?:<@([UW][A-Z0-9]+)(?:\|[^>]*)?>|<mailto:([^|>]+)(?:\|[^>]*)?>|\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b)/i;

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export async function answerAwayCommand(
  deps: StaffDeps,
  userId: string,
  teamId: string | undefined,
  raw: string,
): Promise<string> {
  const { db, policy } = deps.ctx;
  const now = deps.ctx.now();
  const actor = { userId, teamId };
  const check = await checkStaff(db, deps.settings.teamId, actor, STAFF_ROLES);
  if (!check.ok) {
    await auditRefusal(deps, actor, 'away', `slack user ${userId}`, check);
    return check.message;
  }
  const member = check.member;
  const text = decode(raw).trim();
  const lower = text.toLowerCase();
  if (HELP_WORDS.test(lower)) return `${await ownStatus(deps, member, now)}\n${HELP}`;
  if (WHO.test(lower)) return await whoIsAway(deps, now);
  const who = member.slackUserId ?? member.email;
  const slackActor = `slack:${teamId ?? '?'}:${userId}`;
  if (BACK.test(lower)) {
    const back = await setStaffBack(db, { who, actor: slackActor, now });
    return escapeSlackText(back.ok ? back.text : `${back.problem}.`);
  }
  const cover = COVER.exec(text);
  const period = cover ? `${text.slice(0, cover.index)} ${text.slice(cover.index + cover[0].length)}`.trim() : text;
  const result = await setStaffAway(db, policy, {
    who,
    when: { period },
    ...(cover ? { cover: cover[1] ?? cover[2] ?? cover[3]! } : {}),
    actor: slackActor,
    now,
  });
  if (!result.ok) return `${escapeSlackText(capitalise(result.problem))}.\n${HELP}`;
  return escapeSlackText(result.text);
}

async function ownStatus(deps: StaffDeps, member: StaffRow, now: Date): Promise<string> {
  const absence = await absenceOf(deps.ctx.db, member.id);
  if (!absence || new Date(absence.endsAt).getTime() <= now.getTime()) return 'You are not marked away.';
  const cover = absence.coverStaffId === null ? undefined : await findStaffById(deps.ctx.db, absence.coverStaffId);
  const zone = staffZoneOf(deps.ctx.policy, member);
  return escapeSlackText(describeAbsence({ name: 'You' }, absence, cover, zone, now).replace(/^You is/, 'You are'));
}

async function whoIsAway(deps: StaffDeps, now: Date): Promise<string> {
  const entries = [...(await awayList(deps.ctx.db, deps.ctx.policy, now)).values()];
  if (entries.length === 0) return 'Nobody is away or planning to be.';
  return entries.map((e) => `• ${escapeSlackText(e.text)}`).join('\n');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
