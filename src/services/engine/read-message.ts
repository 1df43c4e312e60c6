/**
 * The reader's view of a turn (issue 21): what the bot has just asked in this conversation, whether the
 * message is in a case's thread, the product catalog (policy data plus the directory's contract products)
 * and the contact's own products, for near misses.
 */
import type { DraftField } from '../../domain/cases/required-info.ts';
import type { CatalogProduct, ReadContext } from '../../domain/understanding/port.ts';
import type { Reading, SlotName } from '../../domain/understanding/reading.ts';
import { contractsOf, knownProductNames } from '../../store/directory-reader.ts';
import type { Dialogue } from './dialogue.ts';
import type { Turn } from './turn.ts';

const catalogs = new Map<string, CatalogProduct[]>();

/** The policy's catalog, with every contract product it does not list (matched by its name). */
export async function catalogOf(turn: Turn): Promise<readonly CatalogProduct[]> {
  const names = await knownProductNames(turn.ctx.db);
  const policyProducts = turn.ctx.policy.products;
  const key = `${names.join('|')}#${policyProducts.length}`;
  let catalog = catalogs.get(key);
  if (!catalog || catalog.length < policyProducts.length) {
    const listed = new Set(policyProducts.map((p) => p.name.toLowerCase()));
    catalog = [
      ...policyProducts,
      ...names.filter((n) => !listed.has(n.toLowerCase())).map((name) => ({ name, aliases: [] })),
    ];
    if (catalogs.size > 16) catalogs.clear();
    catalogs.set(key, catalog);
  }
  return catalog;
}

const CONTROLLED_SLOT: Record<string, SlotName> = {
  product: 'product',
  release: 'release',
  os: 'os',
  language: 'language',
  delivery: 'deliveryMethod',
  shipTo: 'shipTo',
  reason: 'reason',
};

/** The slots the bot asked for in its last reply, by dialogue. */
export function askedSlots(dialogue: Dialogue): SlotName[] {
  if (dialogue.kind === 'open-case' || dialogue.kind === 'case-details') {
    const asked = dialogue.asked;
    return (Array.isArray(asked) ? asked : asked ? [asked] : []) as DraftField[];
  }
  if (dialogue.kind === 'controlled-software') {
    const asked = Array.isArray(dialogue.asked) ? dialogue.asked : dialogue.asked ? [dialogue.asked] : [];
    return asked.map((a) => CONTROLLED_SLOT[a]).filter((a): a is SlotName => a !== undefined);
  }
  return [];
}

export async function readMessage(turn: Turn, text: string): Promise<Reading> {
  const contact = turn.identity.contact;
  const products = turn.identity.grants.length
    ? [
        ...new Set(
          (await Promise.all(turn.identity.grants.map(async (g) => await contractsOf(turn.ctx.db, g.soldTo)))).flatMap(
            (cs) => cs.flatMap((c) => c.products.map((p) => p.name)),
          ),
        ),
      ]
    : [];
  const context: ReadContext = {
    inCaseThread: turn.caseRow !== undefined && turn.caseRow.state !== 'collecting',
    catalog: await catalogOf(turn),
    asked: askedSlots(turn.dialogue),
    contractProducts: products,
    ...(turn.caseRow?.product ? { caseProduct: turn.caseRow.product } : {}),
    ...(turn.message.subject ? { subject: subjectFor(turn, turn.message.subject) } : {}),
    ...(contact?.phone ? { ownPhone: contact.phone } : {}),
    ...(contact ? { sender: { name: contact.name, email: contact.email } } : {}),
  };
  return turn.ctx.reader.read(text, context);
}

/**
 * A "[Case N]" tag is only a hint (issue 18 §1): it names a case to the reader only when the thread
 * resolved to that case, which the sender may see. Any other tag is read as if it were not there, so a
 * foreign or unknown number gets the answer a mail without a tag gets.
 */
function subjectFor(turn: Turn, subject: string): string {
  return subject.replace(/\[\s*case\s+(\d{8})\s*\]\s*/gi, (tag, number: string) =>
    turn.caseRow?.number === number ? tag : '',
  );
}
