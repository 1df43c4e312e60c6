/**
 * The engine under random traffic (issue 18, Also): sequences of messages from contacts of several
 * companies, strangers and staff, on email and Slack, with random case numbers in subjects and bodies and
 * PINs in random forms. After every step: no message reaches a party without access to the case it is
 * about; no case changes but by a contact with read-write access to its pair, or by staff; no PIN digits
 * in any stored or sent text. Used by tests/scenarios/engine-fuzz.test.ts and `npm run fuzz:engine`.
 */
import { randomBytes, scryptSync } from 'node:crypto';
import fc from 'fast-check';
import { decideCaseAccess } from '../../src/domain/access.ts';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import {
  createEngineContext,
  type EngineContext,
  handleInbound,
  handlePinForm,
  performStaffAction,
} from '../../src/services/engine/index.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { type ContactRow, findContactByEmail, grantsOf } from '../../src/store/directory-reader.ts';
import { provenContactOf } from '../../src/store/verification-store.ts';

const PEOPLE = [
  { email: 'ana@acme.example', slack: 'U01ANA', pin: '482913' },
  { email: 'ben@acme.example', slack: 'U01BEN', pin: '739164' },
  { email: 'carla@globex.example', slack: 'U02CARLA', pin: '615283' },
  { email: 'erin@northwind.example', slack: 'U03ERIN', pin: '857302' },
  { email: 'gina@initech.example', slack: 'U04GINA', pin: '391746' },
  { email: 'frank@northwind.example', slack: 'U08FRANK', pin: '264819' },
  { email: 'mallory@evil.example', slack: 'U06MAL', pin: '371592' },
] as const;
/** Every PIN given or tried: none of them may be stored or sent. */
export const FUZZ_PINS = [...PEOPLE.map((p) => p.pin), '584263', '604817'];

const TEXTS = [
  'Our production SIP Server 9.0 drops calls after 30 seconds',
  'Workspace Desktop Edition 8.5 crashes on login on production, severity high',
  'Interaction Server drops chat interactions randomly',
  'medium',
  'It started after the upgrade last night',
  'About 20 agents are affected',
  'status of case {case}',
  'case {case}: more information, the error is back',
  'please raise the severity of case {case} to critical',
  'I need management attention on case {case}',
  'I have another issue: reports are slow',
  'cancel',
  'yes',
  'my cases',
  'any news?',
  'production',
];
const PIN_FORMS = ['PIN: {pin}', 'PIN-Code: {grouped}', 'my pin is {fullwidth}', 'pin no. {zw}', '> PIN: "{pin}"'];

const person = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const caseNumber = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((n) => String(1_000_000 + n).padStart(8, '0')),
  fc.constant('09999999'),
);
const pinFor = fc
  .tuple(person, fc.boolean())
  .map(([i, right]) => (right ? PEOPLE[i]!.pin : FUZZ_PINS[(i + 3) % FUZZ_PINS.length]!));

function written(form: string, pin: string): string {
  const fullwidth = [...pin].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
  return form
    .replace('{pin}', pin)
    .replace('{grouped}', `${pin.slice(0, 3)} ${pin.slice(3)}`)
    .replace('{fullwidth}', fullwidth)
    .replace('{zw}', `${pin.slice(0, 3)}\u200b${pin.slice(3)}`);
}

export type FuzzStep =
  | {
      kind: 'email';
      who: number;
      auth: 'pass' | 'fail';
      tag: string | null;
      text: string;
      pin: string | null;
      form: number;
    }
  | { kind: 'slack'; who: number; thread: number; text: string; pin: string | null; form: number }
  | { kind: 'pin'; who: number; email: number; pin: string }
  | { kind: 'staff'; action: 'reply' | 'take' | 'resolve' | 'close' | 'set-severity'; target: string };

const text = fc.tuple(fc.constantFrom(...TEXTS), caseNumber).map(([t, n]) => t.replace('{case}', n));
const form = fc.integer({ min: 0, max: PIN_FORMS.length - 1 });

export const fuzzStep: fc.Arbitrary<FuzzStep> = fc.oneof(
  fc.record({
    kind: fc.constant('email' as const),
    who: person,
    auth: fc.constantFrom('pass' as const, 'pass' as const, 'fail' as const),
    tag: fc.option(caseNumber, { nil: null }),
    text,
    pin: fc.option(pinFor, { nil: null, freq: 3 }),
    form,
  }),
  fc.record({
    kind: fc.constant('slack' as const),
    who: person,
    thread: fc.integer({ min: 0, max: 2 }),
    text,
    pin: fc.option(pinFor, { nil: null, freq: 6 }),
    form,
  }),
  fc.record({ kind: fc.constant('pin' as const), who: person, email: person, pin: pinFor }),
  fc.record({
    kind: fc.constant('staff' as const),
    action: fc.constantFrom(
      'reply' as const,
      'take' as const,
      'resolve' as const,
      'close' as const,
      'set-severity' as const,
    ),
    target: caseNumber,
  }),
);

interface World {
  db: Db;
  ctx: EngineContext;
  clock: Date;
}

function open(image: Buffer): World {
  const db = openDatabase(':memory:', { image });
  const world = { db, clock: new Date('2026-11-23T14:00:00Z') } as World;
  world.ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => world.clock });
  return world;
}

async function run(world: World, step: FuzzStep, index: number): Promise<void> {
  world.clock = new Date(world.clock.getTime() + 60_000);
  const { ctx, clock } = world;
  const p = step.kind === 'staff' ? undefined : PEOPLE[step.who]!;
  const body = (t: string, pin: string | null, f: number) => (pin ? `${t}\n${written(PIN_FORMS[f]!, pin)}` : t);
  switch (step.kind) {
    case 'email': {
      const subject = step.tag ? `Re: [Case ${step.tag}] Support request` : 'Support request';
      // Mail threads by subject tag (resolve-thread.ts would find the sender's own thread; a hint only).
      await handleInbound(ctx, {
        channel: 'email',
        sender: { kind: 'email', address: p!.email, auth: step.auth },
        threadKey: step.tag ? `email:case:${step.tag}` : `email:${index}`,
        ...(step.tag ? { caseNumber: step.tag } : {}),
        subject,
        text: body(step.text, step.pin, step.form),
        attachments: [],
        receivedAt: clock,
        dedupeKey: `fuzz-${index}`,
      });
      return;
    }
    case 'slack':
      await handleInbound(ctx, {
        channel: 'slack',
        sender: { kind: 'slack', userId: p!.slack },
        threadKey: `T${step.thread}`,
        text: body(step.text, step.pin, step.form),
        attachments: [],
        receivedAt: clock,
      });
      return;
    case 'pin':
      await handlePinForm(ctx, {
        channel: 'slack',
        sender: { kind: 'slack', userId: p!.slack },
        email: PEOPLE[step.email]!.email,
        pin: step.pin,
        at: clock,
      });
      return;
    case 'staff':
      await performStaffAction(ctx, {
        from: 'U09ANALYST',
        action: step.action,
        target: step.target,
        text: 'Please send the logs. PIN: 604817',
        severity: 'high',
        at: clock,
      });
  }
}

type Snapshot = Map<number, string>;

function cases(db: Db): Snapshot {
  const rows = db.$client.prepare('SELECT * FROM cases').all() as Array<Record<string, unknown>>;
  return new Map(rows.map(({ updated_at: _u, ...row }) => [row['id'] as number, JSON.stringify(row)]));
}

/** Who a recipient or sender is in the directory, as the engine proved it. */
async function contactOf(db: Db, channel: string, key: string): Promise<ContactRow | undefined> {
  if (channel === 'email' || channel === 'console') return await findContactByEmail(db, key);
  const byLink = await provenContactOf(db, 'slack', key);
  const person = PEOPLE.find((p) => p.slack === key);
  const linked =
    byLink === undefined ? undefined : db.$client.prepare('SELECT email FROM contacts WHERE id = ?').get(byLink);
  const email = (linked as { email?: string } | undefined)?.email;
  if (email) return await findContactByEmail(db, email);
  return person ? await findContactByEmail(db, person.email) : undefined;
}

async function mayAccess(
  db: Db,
  contact: ContactRow | undefined,
  caseRow: Record<string, unknown>,
  action: 'view' | 'update',
) {
  if (!contact) return false;
  return decideCaseAccess(
    { verified: true, contactId: contact.id, designated: contact.designated, grants: await grantsOf(db, contact.id) },
    {
      soldTo: caseRow['sold_to'] as string | null,
      endUser: caseRow['end_user'] as string | null,
      contactId: caseRow['contact_id'] as number | null,
    },
    action,
  ).allowed;
}

/** Texts that may name a case number to anyone: the not-found answer and examples in help texts. */
const SAFE_MENTION = /^(I could not find case \d{8} among|Which case is this about\?|I am Caseline)/;
/**
 * The verification prompt says back the case numbers its sender wrote, in the same words whether the case
 * exists or not (tests/scenarios/verification.test.ts proves that): an echo of the sender's own words, no oracle.
 */
const VERIFY_PROMPT = /^Before I can act for your account I need to verify you\./;

/** What the step's sender wrote themselves: a number found there and echoed by the prompt tells them nothing. */
function ownWords(step: FuzzStep): string {
  if (step.kind === 'email') return `${step.tag ?? ''} ${step.text}`;
  return step.kind === 'slack' ? step.text : '';
}

async function check(
  world: World,
  step: FuzzStep,
  before: Snapshot,
  outboxBefore: number,
  eventsBefore: number,
): Promise<void> {
  const { db } = world;
  const caseRows = db.$client.prepare('SELECT * FROM cases').all() as Array<Record<string, unknown>>;
  const byId = new Map(caseRows.map((c) => [c['id'] as number, c]));
  const byNumber = new Map(caseRows.map((c) => [c['number'] as string, c]));
  // 1. Nothing about a case reaches a party without access to it.
  const sent = db.$client
    .prepare("SELECT * FROM outbox WHERE id > ? AND audience = 'customer'")
    .all(outboxBefore) as Array<Record<string, unknown>>;
  for (const row of sent) {
    const recipient = await contactOf(db, row['channel'] as string, row['recipient'] as string);
    const about = row['case_id'] ? byId.get(row['case_id'] as number) : undefined;
    if (about && !(await mayAccess(db, recipient, about, 'view'))) {
      throw new Error(`message about case ${about['number']} sent to ${row['recipient']}: ${row['text']}`);
    }
    for (const [number] of (row['text'] as string).matchAll(/\b\d{8}\b/g)) {
      const named = byNumber.get(number);
      const text = row['text'] as string;
      const echoed = VERIFY_PROMPT.test(text) && ownWords(step).includes(number);
      if (named && !(await mayAccess(db, recipient, named, 'view')) && !SAFE_MENTION.test(text) && !echoed) {
        throw new Error(`case ${number} named to ${row['recipient']}: ${row['text']}`);
      }
    }
  }
  // 2. A case changes only by staff, or by a contact with read-write access to its pair.
  if (step.kind !== 'staff') {
    const p = PEOPLE[step.who]!;
    const actor =
      step.kind === 'email'
        ? step.auth === 'pass'
          ? await findContactByEmail(db, p.email)
          : undefined
        : await contactOf(db, 'slack', p.slack);
    const changed = caseRows.filter((c) => before.get(c['id'] as number) !== casesRow(c));
    const touched = db.$client
      .prepare("SELECT DISTINCT case_id FROM case_events WHERE id > ? AND kind != 'message-out'")
      .all(eventsBefore) as Array<{ case_id: number }>;
    for (const c of [...changed, ...touched.map((t) => byId.get(t.case_id)!)]) {
      if (!(await mayAccess(db, actor, c, 'update'))) {
        throw new Error(`case ${c['number']} changed by ${step.kind} from ${p.email} without read-write access`);
      }
    }
  }
}

const casesRow = ({ updated_at: _u, ...row }: Record<string, unknown>) => JSON.stringify(row);

/** 3. No PIN digits anywhere in the database. */
function checkPins(db: Db): void {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
    name: string;
  }>;
  for (const { name } of tables) {
    // Hashes (content-hash dedupe keys, scrypt PIN hashes) hold digit runs by chance: they are not text.
    const stored = JSON.stringify(db.$client.prepare(`SELECT * FROM "${name}"`).all())
      .replace(/sha256:[0-9a-f]{64}/g, 'sha256:…')
      .replace(/scrypt\$[^"]*/g, 'scrypt$…');
    for (const pin of FUZZ_PINS) {
      const at = stored.indexOf(pin);
      if (at !== -1)
        throw new Error(
          `PIN digits ${pin.slice(0, 2)}… stored in ${name}: …${stored.slice(Math.max(0, at - 120), at)}`,
        );
    }
  }
}

/**
 * The demo directory with its PINs hashed at a low scrypt cost (the cost is stored in each hash, and
 * pinMatches reads it from there): the property checks the rules, not scrypt, thousands of times.
 */
export function fuzzImage(demo: Buffer): Buffer {
  const db = openDatabase(':memory:', { image: demo });
  for (const p of PEOPLE) {
    const salt = randomBytes(16);
    const hash = scryptSync(p.pin, salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = ['scrypt', 1024, 8, 1, salt.toString('base64'), hash.toString('base64')].join('$');
    db.$client
      .prepare('UPDATE contacts SET pin_hash = ? WHERE email = ? AND pin_hash IS NOT NULL')
      .run(stored, p.email);
  }
  const image = db.$client.serialize();
  db.$client.close();
  return image;
}

export function engineFuzzProperty(demo: Buffer) {
  const image = fuzzImage(demo);
  return fc.asyncProperty(fc.array(fuzzStep, { minLength: 2, maxLength: 18 }), async (steps) => {
    const world = open(image);
    try {
      for (const [index, step] of steps.entries()) {
        const before = cases(world.db);
        const outboxBefore = (
          world.db.$client.prepare('SELECT coalesce(max(id), 0) AS n FROM outbox').get() as { n: number }
        ).n;
        const eventsBefore = (
          world.db.$client.prepare('SELECT coalesce(max(id), 0) AS n FROM case_events').get() as { n: number }
        ).n;
        await run(world, step, index);
        await check(world, step, before, outboxBefore, eventsBefore);
      }
      checkPins(world.db);
    } finally {
      world.db.$client.close();
    }
  });
}
