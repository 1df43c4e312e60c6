/**
 * Temporary license files (DOMAIN.md §6): decide with the one decision function, ask for the original
 * file when the rule needs it, refer to the regional Licensing team where Customer Care may not issue,
 * and put an eligible request to staff as an approval (a License case holds it).
 */
import { findCoveringContract } from '../../../domain/access.ts';
import type { RegionId } from '../../../domain/ids.ts';
import { parseLicenseFile } from '../../../domain/license-file/index.ts';
import { summariseLicenseFile } from '../../../domain/license-file/summary.ts';
import { calendarFor } from '../../../domain/sla/index.ts';
import { decideTempLicense, type OriginalLicenseFile } from '../../../domain/temp-license.ts';
import type { LicenseIssuer, TempLicenseReason } from '../../../domain/temp-license-inputs.ts';
import type { Reading, TempReason } from '../../../domain/understanding/reading.ts';
import { approvedForPair, issuedTempExpiriesForPair } from '../../../store/approval-store.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
import { createApproval } from '../approvals.ts';
import { actingGrant } from '../case-access.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { openCaseRecord } from './case-factory.ts';
import { pickPair } from './choose-pair.ts';
import { refuseLapsedContract } from './draft-case.ts';

type TempDialogue = Extract<Dialogue, { kind: 'temp-license' }>;

/** Free text → the reason of the decision table; most specific wording first. */
export function reasonFromText(text: string): TempLicenseReason | undefined {
  const t = text.toLowerCase();
  if (/\bdemo/.test(t)) return 'demo';
  if (/\btest(ing)?\b|\blab\b/.test(t)) return 'testing';
  if (
    /licen[cs]e\s+server\s+(is\s+)?(down|lost|crashed|died|dead|gone)|corrupt|server\s+(died|crashed|was\s+lost)/.test(
      t,
    )
  ) {
    return 'critical-production-licensing';
  }
  if (/\bmodify|\bchange\b|\bmodification/.test(t) && /\btemp/.test(t)) return 'modify-temporary';
  if (/\b(extend|extension|expir)/.test(t) && /\btemp(orary)?\s+(licen[cs]e|file)/.test(t) && !/\bpermanent/.test(t))
    return 'extend-temporary';
  if (/\brehost|new\s+(server|host|machine)|move\s+(the\s+)?licen[cs]e/.test(t)) return 'emergency-rehost';
  if (/\b(extend|extension|expir)/.test(t)) return 'emergency-extension';
  return undefined;
}

function issuerFromText(text: string): LicenseIssuer | undefined {
  if (/customer\s*care|support\s+team|from\s+support|you\s+(sent|issued|gave)/i.test(text)) return 'customer-care';
  if (/licensing(\s+team)?|from\s+licen[cs]e/i.test(text)) return 'licensing';
  return undefined;
}

function originalFrom(turn: Turn, text: string, issuer?: LicenseIssuer): OriginalLicenseFile {
  const file = turn.message.attachments.find((a) => a.text && /\.(dat|lic|txt)$/i.test(a.filename));
  const inline = /^\s*(SERVER|FEATURE|INCREMENT)\s/m.test(text) ? text : undefined;
  const content = file?.text ?? inline;
  return {
    attached: content !== undefined,
    ...(content ? { report: parseLicenseFile(content) } : {}),
    ...(issuer ? { issuedBy: issuer } : {}),
  };
}

/** The reader's reason in the words of the decision table (DOMAIN.md §6). */
const FROM_READING: Record<TempReason, TempLicenseReason> = {
  'emergency-extension': 'emergency-extension',
  rehost: 'emergency-rehost',
  'modify-temporary': 'modify-temporary',
  'critical-licensing': 'critical-production-licensing',
  demo: 'demo',
  testing: 'testing',
  'extend-own-temporary': 'extend-temporary',
};

/** A temporary file Customer Care issued for this account before (an approved temporary-license request). */
async function customerCareIssuedBefore(turn: Turn, pair: PairGrant): Promise<boolean> {
  return await approvedForPair(turn.ctx.db, pair.soldTo, pair.endUser);
}

export async function startTempLicense(turn: Turn, text: string, reading?: Reading): Promise<void> {
  const pair = await pickPair(turn, 'temp-license', { intent: 'temp-license', text });
  if (!pair) return;
  // A temporary license file is a license like any other: none on a lapsed contract (DOMAIN.md §1).
  if (await refuseLapsedContract(turn, pair)) return;
  const read = reading?.slots.tempLicenseReason?.value;
  const product = reading?.slots.product?.value;
  if (product && (await refuseProductNotCovered(turn, pair, product, reading?.slots.version?.value))) return;
  let reason = read ? FROM_READING[read] : reasonFromText(text);
  // "Can you extend that file again?" after a file Customer Care issued: never a second extension (seed 000).
  const again =
    read === 'extend-own-temporary' ||
    (reason === 'emergency-extension' && /\bagain\b|once\s+more|another/i.test(text));
  if (again && (await customerCareIssuedBefore(turn, pair))) reason = 'extend-temporary';
  if (
    reason === 'extend-temporary' &&
    (read === 'extend-own-temporary' || (await customerCareIssuedBefore(turn, pair)))
  ) {
    return await decide(turn, pair, reason, text, 'customer-care', product);
  }
  if (!reason) {
    turn.setDialogue({ kind: 'temp-license', pairId: pair.pairId, asked: 'reason' });
    turn.decision = 'temp-license-reason';
    await turn.reply('temp-license-ask-reason');
    return;
  }
  await decide(turn, pair, reason, text, undefined, product);
}

/**
 * A temporary license file is for a product the Sold To's Service Contract covers, as a case or a download is
 * (DOMAIN.md §1, §5; red team round 13): a file for a product not on the contract is refused before anything
 * is asked or put to staff for approval.
 */
async function refuseProductNotCovered(
  turn: Turn,
  pair: PairGrant,
  product: string,
  version?: string,
): Promise<boolean> {
  const contracts = await contractsOf(turn.ctx.db, pair.soldTo);
  const coverage = findCoveringContract(contracts, product, version, turn.nowIso.slice(0, 10));
  if (coverage.covered) return false;
  turn.decision = 'temp-license-not-covered';
  await turn.audit('temp-license.refused', `${pair.soldTo}/${pair.endUser}`, { reason: coverage.reason, product });
  await turn.reply('temp-license-not-covered', {
    product: version ? `${product} ${version}` : product,
    account: pair.soldToName,
  });
  return true;
}

export async function continueTempLicense(turn: Turn, dialogue: TempDialogue, text: string): Promise<void> {
  const pair = actingGrant(turn, dialogue.pairId);
  if (!pair) {
    turn.setDialogue(IDLE);
    await turn.reply('no-access');
    return;
  }
  if (await refuseLapsedContract(turn, pair)) return;
  const reason = (dialogue.reason as TempLicenseReason | undefined) ?? reasonFromText(text);
  if (!reason) {
    await turn.reply('temp-license-ask-reason');
    return;
  }
  await decide(turn, pair, reason, text);
}

/**
 * A temporary file sent back that expires on the day a file Customer Care issued for this account expires
 * is that file, whoever the customer says issued it: never extended by Customer Care (DOMAIN.md §6,
 * "Never: an extension of a temporary file that Customer Care itself issued").
 */
async function recogniseOwnFile(
  turn: Turn,
  pair: PairGrant,
  original: OriginalLicenseFile,
): Promise<OriginalLicenseFile> {
  const expiry = original.report?.temporary ? original.report.earliestExpiry : null;
  if (!expiry || original.issuedBy === 'customer-care') return original;
  const issued = await issuedTempExpiriesForPair(turn.ctx.db, pair.soldTo, pair.endUser);
  return issued.includes(expiry) ? { ...original, issuedBy: 'customer-care' } : original;
}

async function decide(
  turn: Turn,
  pair: PairGrant,
  reason: TempLicenseReason,
  text: string,
  issuer?: LicenseIssuer,
  product?: string,
): Promise<void> {
  // The Licensing team of the contract that covers the product named (a Japan contract beside an APAC one).
  const contracts = (await contractsOf(turn.ctx.db, pair.soldTo)).filter((c) => c.status === 'active' || c.pilot);
  const contract = contracts.find((c) => c.products.some((p) => p.name === product)) ?? contracts[0];
  const region = (contract?.region ?? 'americas') as RegionId;
  const calendar = calendarFor(turn.ctx.policy, region, {
    ...(contract?.timeZone ? { timeZone: contract.timeZone } : {}),
    ...(contract?.holidayCountry ? { holidayCountry: contract.holidayCountry } : {}),
  });
  const outsideBusinessHours = !calendar.isOpen(turn.message.receivedAt);
  const original = await recogniseOwnFile(turn, pair, originalFrom(turn, text, issuer ?? issuerFromText(text)));
  const outcome = decideTempLicense({
    reason,
    outsideBusinessHours,
    original,
    region,
    policy: turn.ctx.policy,
    now: turn.message.receivedAt,
  });
  await turn.audit('temp-license.decided', `${pair.soldTo}/${pair.endUser}`, {
    reason,
    outsideBusinessHours,
    decision: outcome.decision,
    missingInputs: outcome.missingInputs,
  });
  const reasons = outcome.reasons.join(' ');
  if (outcome.missingInputs.length > 0) {
    turn.setDialogue({ kind: 'temp-license', pairId: pair.pairId, reason, asked: 'original' });
    turn.decision = 'temp-license-needs-original';
    await turn.reply(
      outcome.missingInputs.includes('original-issuer') ? 'temp-license-ask-issuer' : 'temp-license-ask-original',
      { reasons },
    );
    return;
  }
  turn.setDialogue(IDLE);
  if (outcome.decision === 'refer-to-licensing') {
    // Remembered: "to which address exactly?" or "can't you make an exception?" is answered about it.
    turn.setDialogue({
      kind: 'idle',
      referral: {
        team: 'the regional Licensing team',
        ...(outcome.licensingEmail ? { address: outcome.licensingEmail } : {}),
        why: reasons,
        names: LICENSING_NAMES,
        at: turn.nowIso,
      },
    });
    turn.decision = 'temp-license-referred';
    await turn.reply('temp-license-referred', { reasons, address: outcome.licensingEmail });
    return;
  }
  const caseRow = await openCaseRecord(turn, {
    type: 'license',
    pair,
    contract: contract ?? null,
    draft: { description: `Temporary license request (${reason}): ${text.slice(0, 400)}` },
    state: 'open',
  });
  const approval = await createApproval(turn, caseRow.id, outcome, {
    reason,
    outsideBusinessHours,
    region,
    // Issue 20 §3: the approver sees the original's summary, and the temporary file is checked against it.
    ...(original.report ? { original: summariseLicenseFile(original.report) } : {}),
  });
  turn.decision = 'temp-license-approval';
  await turn.reply('temp-license-pending', { number: caseRow.number, days: outcome.expiresInDays ?? 0, reasons });
  await turn.notifyStaff(
    'analyst',
    'staff-approval-needed',
    {
      reference: approval.reference,
      number: caseRow.number,
      decision: outcome.decision,
      reason,
      account: `${pair.soldTo} / ${pair.endUser}`,
    },
    region,
  );
}

/** How contacts name the Licensing team. */
const LICENSING_NAMES = ['licensing', 'licence team', 'license team', 'licensing team', 'license desk', 'licence desk'];
