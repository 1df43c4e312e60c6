/**
 * Policy questions (issue 21 §5, §11): each part answered from the rules — targets for the contact's own
 * care tier when known, hot fixes, severities, business hours, release types for every version pair,
 * downloads, controlled releases, temporary licenses, maintenance fees, end of life. No case is opened.
 */
import type { RegionId, TierId } from '../../../domain/ids.ts';
import { REGIONS } from '../../../domain/ids.ts';
import {
  businessHoursLines,
  hotFixLines,
  severitiesIn,
  severityLines,
  slaLines,
  tiersIn,
} from '../../../domain/policy-answers.ts';
import { classifyRelease } from '../../../domain/release-type.ts';
import type { QuestionTopic, Reading } from '../../../domain/understanding/reading.ts';
import { contractsOf } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';

const REGION_WORDS: Array<[RegExp, RegionId]> = [
  [/\b(?:japan|tokyo|osaka|japanese)\b/i, 'japan'],
  [/\b(?:apac|asia|singapore|australia|india|korea|seoul|china|shanghai)\b/i, 'apac'],
  [/\b(?:emea|europe|uk|france|germany|paris|london|lyon|spain|italy)\b/i, 'emea'],
  [/\b(?:americas|us|usa|u\.s\.|united\s+states|canada|brazil|new\s+york|america)\b/i, 'americas'],
];

async function contactContracts(turn: Turn) {
  const today = turn.nowIso.slice(0, 10);
  const identified = turn.identity.contact && !turn.identity.authFailed;
  if (!identified) return [];
  const soldTos = [...new Set(turn.identity.grants.map((g) => g.soldTo))];
  return (await Promise.all(soldTos.map(async (soldTo) => await contractsOf(turn.ctx.db, soldTo))))
    .flat()
    .filter((c) => c.startDate <= today && today <= c.endDate && (c.status === 'active' || c.pilot));
}

export async function answerQuestions(turn: Turn, text: string, reading: Reading): Promise<void> {
  const topics: QuestionTopic[] = [...(reading.slots.questions?.value ?? [])];
  if (reading.slots.releaseVersions && !topics.includes('release-type')) topics.push('release-type');
  turn.decision = topics.length === 1 && topics[0] === 'release-type' ? 'release-type' : 'question';
  // A question about the service that no rule answers ("does our contract include Stat Server?"): say what
  // can be answered, rather than answering another question.
  if (topics.length === 0) {
    await turn.reply('question-not-known');
    await turn.audit('question.answered', turn.actor, { topics });
    return;
  }
  const parts: string[] = [];
  for (const topic of topics) parts.push(await answerTopic(turn, topic, text, reading));
  await turn.reply('policy-answer', { answer: parts.join('\n\n') });
  await turn.audit('question.answered', turn.actor, { topics });
  // Fees are the account team's: "ok, who do I ask there?" next is answered about that referral.
  if (topics.includes('maintenance-fees') && turn.dialogue.kind === 'idle')
    turn.setDialogue({ kind: 'idle', referral: { ...ACCOUNT_TEAM, at: turn.nowIso } });
  // Release types answered: "and 9.0 -> 9.1?" next is the same question of that pair (release-followup.ts).
  const idle = turn.dialogue;
  if (topics.includes('release-type') && idle.kind === 'idle')
    turn.setDialogue({ ...idle, releaseAnswered: turn.nowIso });
}

/** Where fee questions are sent (no address: the account team is the customer's own contact at the vendor). */
const ACCOUNT_TEAM = {
  team: 'your account team or Sales Representative',
  why: 'Customer Care does not handle fees, prices, renewals or invoices, and has no address for your account team: the person who signed your Service Contract knows them.',
  names: ['account team', 'account manager', 'sales', 'sales rep', 'salesperson'],
} as const;

async function answerTopic(turn: Turn, topic: QuestionTopic, text: string, reading: Reading): Promise<string> {
  const { policy, templates } = turn.ctx;
  const severities = severitiesIn(text);
  const contracts = await contactContracts(turn);
  switch (topic) {
    case 'sla-targets': {
      const named = tiersIn(text, policy);
      const own = [...new Set(contracts.map((c) => c.tier as TierId))];
      const tiers = named.length > 0 ? named : own;
      const lead = named.length === 0 && own.length > 0 ? 'For your contract' : 'By care tier';
      return templates.render('answer-sla', {
        lead,
        lines: slaLines(policy, tiers, severities)
          .map((l) => `• ${l}`)
          .join('\n'),
      });
    }
    case 'hot-fix-policy':
      return templates.render('answer-hot-fix', {
        lines: hotFixLines(policy, severities)
          .map((l) => `• ${l}`)
          .join('\n'),
      });
    case 'severity-definitions':
      return templates.render('answer-severities', {
        lines: severityLines(policy, severities)
          .map((l) => `• ${l}`)
          .join('\n'),
      });
    case 'business-hours': {
      const named = REGION_WORDS.filter(([re]) => re.test(text)).map(([, r]) => r);
      const own = [...new Set(contracts.map((c) => c.region as RegionId))];
      const regions = named.length > 0 ? named : own.length > 0 ? own : [...REGIONS];
      const zoneOf = (r: RegionId) => contracts.find((c) => c.region === r)?.timeZone ?? policy.regions[r].timeZone;
      return templates.render('answer-business-hours', {
        lines: businessHoursLines(policy, regions, zoneOf)
          .map((l) => `• ${l}`)
          .join('\n'),
      });
    }
    case 'release-type': {
      const pairs = reading.slots.releaseVersions?.value ?? [];
      if (pairs.length === 0) return templates.render('answer-release-types');
      return pairs
        .map((p) => {
          const result = classifyRelease(p.from, p.to);
          return result.ok ? result.reason : `${p.from} → ${p.to}: ${result.reason}`;
        })
        .join('\n');
    }
    case 'download-how':
      return templates.render('answer-download-how', { portal: policy.supportPortalName });
    case 'controlled-release-how':
      return templates.render('answer-controlled-how');
    case 'temp-license-policy': {
      const regions = [...new Set(contracts.map((c) => c.region as RegionId))];
      const list = (regions.length > 0 ? regions : [...REGIONS]).map(
        (r) => `${policy.regions[r].name}: ${policy.regions[r].licensingEmail}`,
      );
      return templates.render('answer-temp-license-policy', {
        emergencyDays: policy.tempLicense.emergencyDays,
        modificationDays: policy.tempLicense.modificationDays,
        addresses: [...new Set(list)].join('; '),
      });
    }
    case 'maintenance-fees':
      return templates.render('answer-maintenance-fees');
    case 'eol':
      return templates.render('answer-eol', { portal: policy.supportPortalName });
  }
}
