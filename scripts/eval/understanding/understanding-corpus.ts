/** Loading a part of the understanding corpus (tests/fixtures/understanding/<part>/) and the reader's context for a message. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import type { ReadContext } from '../../../src/domain/understanding/port.ts';
import type { SlotName } from '../../../src/domain/understanding/reading.ts';
import type { LabelledConversation } from './understanding-conversations.ts';
import type { LabelledMessage } from './understanding-messages.ts';

export const CORPUS_DIR = 'tests/fixtures/understanding';

/** dev: tuned on; holdout: measured at the end of a round; check: a blind batch the round's fixers see only as figures. */
export type CorpusPart = 'dev' | 'check' | 'holdout';

export function loadPart(
  part: CorpusPart,
): { messages: LabelledMessage[]; conversations: LabelledConversation[] } | undefined {
  const dir = join(CORPUS_DIR, part);
  if (!existsSync(dir)) return undefined;
  const messagesFile = join(dir, 'messages.jsonl');
  const messages = existsSync(messagesFile)
    ? readFileSync(messagesFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as LabelledMessage)
    : [];
  const convDir = join(dir, 'conversations');
  const conversations = existsSync(convDir)
    ? readdirSync(convDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(convDir, f), 'utf8')) as LabelledConversation)
    : [];
  return { messages, conversations };
}

interface DemoContact {
  email: string;
  name: string;
  phone?: string;
  slackUserId?: string;
}

const demo = JSON.parse(readFileSync('src/demo/demo-directory.json', 'utf8')) as {
  contacts: DemoContact[];
  staff: Array<{ email: string }>;
};

/** The context the engine would give the reader for this message (demo directory, default policy). */
export function contextFor(m: LabelledMessage): ReadContext {
  const contact = demo.contacts.find((c) => c.slackUserId === m.from || c.email === m.from.toLowerCase());
  const own = [...demo.contacts.map((c) => c.email), ...demo.staff.map((s) => s.email)];
  if (contact) own.push(contact.email.slice(contact.email.indexOf('@')));
  return {
    inCaseThread: m.context.caseThread !== null,
    catalog: DEFAULT_POLICY.products,
    ...(m.context.asked ? { asked: [m.context.asked as SlotName] } : {}),
    ...(m.subject ? { subject: m.subject } : {}),
    ...(contact?.phone ? { ownPhone: contact.phone } : {}),
    ...(contact ? { sender: { name: contact.name, email: contact.email } } : {}),
    ownAddresses: own,
    publicPhones: Object.values(DEFAULT_POLICY.regions).map((r) => r.customerCarePhone),
  };
}
