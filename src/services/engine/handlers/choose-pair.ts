/**
 * Which Sold To / End User combination a request is for (DOMAIN.md §1). A contact with several asks;
 * a partner only ever sees the pairs it holds rights to.
 */
import type { Action } from '../../../domain/access.ts';
import { companiesNamedAsAccount } from '../../../domain/account-named.ts';
import { allCompanies, type PairGrant } from '../../../store/directory-reader.ts';
import { type Dialogue, IDLE, type PendingRequest } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { routeIntent } from './route.ts';

const chosen = new WeakMap<Turn, number>();

function label(grant: PairGrant): string {
  return grant.soldTo === grant.endUser ? grant.soldToName : `${grant.endUserName} (through ${grant.soldToName})`;
}

/** The grant to act on, or undefined after asking / explaining. */
export async function pickPair(
  turn: Turn,
  action: Action,
  pending: PendingRequest,
  text = pending.text,
): Promise<PairGrant | undefined> {
  const grants = turn.identity.grants;
  const usable = action === 'view' ? grants : grants.filter((g) => g.level === 'read-write');
  const picked = chosen.get(turn);
  const named = companiesNamedAsAccount(text, await allCompanies(turn.ctx.db));
  if (
    picked !== undefined &&
    !namesAnother(
      named,
      grants.find((g) => g.pairId === picked),
    )
  )
    return usable.find((g) => g.pairId === picked);
  if (await refusedForAccountNotHeld(turn, named)) return undefined;
  if (usable.length === 0) {
    turn.decision = grants.length > 0 ? 'read-only' : 'no-access';
    await turn.reply(grants.length > 0 ? 'read-only-contact' : 'no-access');
    return undefined;
  }
  if (usable.length === 1) return usable[0];
  const lower = text.toLowerCase();
  const mentioned = usable.filter(
    (g) => lower.includes(g.endUserName.toLowerCase()) || lower.includes(g.endUser.toLowerCase()),
  );
  if (mentioned.length === 1) return mentioned[0];
  turn.setDialogue({ kind: 'choose-pair', options: usable.map((g) => g.pairId), pending });
  turn.decision = 'choose-pair';
  await turn.reply('choose-pair', { options: usable.map((g, i) => `${i + 1}. ${label(g)}`).join('\n') });
  return undefined;
}

/**
 * A request written for a company of the directory the sender holds no pair with ("For Umbrella Retail: …"
 * from a partner who holds Initech only) is refused, not filed under a pair they hold (red team round 8):
 * a case with the wrong End User's tier, a temporary license on another account's entitlement.
 */
async function refusedForAccountNotHeld(turn: Turn, named: Array<{ id: string; name: string }>): Promise<boolean> {
  const grants = turn.identity.grants;
  const held = new Set(grants.flatMap((g) => [g.soldTo, g.endUser]));
  if (named.length === 0 || named.some((c) => held.has(c.id))) return false;
  turn.decision = 'account-not-held';
  await turn.audit('request.account-not-held', turn.actor, { named: named.map((c) => c.id) });
  await turn.reply('account-not-held', {
    named: named.map((c) => c.name).join(', '),
    holds: [...new Set(grants.map(label))].join(', ') || 'no account',
  });
  return true;
}

/**
 * A pair known beforehand (the case a second issue was split from, red team round 11) yields to the account
 * the request says it is for: "For Umbrella Retail: …" split from Initech's report is Umbrella's (or
 * refused, when the sender holds no Umbrella pair), not filed under Initech for Initech's contacts to read.
 */
function namesAnother(named: Array<{ id: string }>, preset: PairGrant | undefined): boolean {
  if (!preset || named.length === 0) return false;
  return !named.some((c) => c.id === preset.endUser || c.id === preset.soldTo);
}

/** The pair a request is for is already known (the case it was raised in): nothing is asked. */
export function presetPair(turn: Turn, pairId: number): void {
  if (turn.identity.grants.some((g) => g.pairId === pairId)) chosen.set(turn, pairId);
}

export async function continueChoosePair(
  turn: Turn,
  dialogue: Extract<Dialogue, { kind: 'choose-pair' }>,
  text: string,
): Promise<void> {
  const options = dialogue.options
    .map((id) => turn.identity.grants.find((g) => g.pairId === id))
    .filter((g): g is PairGrant => g !== undefined);
  const index = Number.parseInt(text.trim(), 10);
  const lower = text.toLowerCase();
  const grant =
    Number.isInteger(index) && index >= 1 && index <= options.length
      ? options[index - 1]
      : options.find((g) => lower.includes(g.endUserName.toLowerCase()) || lower.includes(g.endUser.toLowerCase()));
  if (!grant) {
    await turn.reply('choose-pair', { options: options.map((g, i) => `${i + 1}. ${label(g)}`).join('\n') });
    return;
  }
  turn.setDialogue(IDLE);
  chosen.set(turn, grant.pairId);
  await routeIntent(turn, dialogue.pending.intent, dialogue.pending.text);
}
