/**
 * Issue 21: what the engine does with the statistical fallback's guess. A real support desk does not act
 * on a guess: it asks ("It sounds like you want … — is that right?"); a yes acts on the message, a no asks
 * for other words, anything else is a new message. With the fallback off, the message the rules do not
 * understand is answered as before.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import type { MessageReader } from '../../src/domain/understanding/port.ts';
import { ruleReader } from '../../src/domain/understanding/rule-reader.ts';
import { withStatisticalFallback } from '../../src/domain/understanding/statistical/fallback-reader.ts';
import { runReplay } from '../../src/services/replay/run-replay.ts';
import { ReplayScriptSchema } from '../../src/services/replay/script.ts';
import { ANA_VERIFIED, demoImage, email, MONDAY_MORNING, slack, toRecipient } from '../support/replay.ts';
import {
  TOY_MODEL,
  TOY_OVERRIDE_THRESHOLD,
  TOY_THRESHOLD,
} from '../unit/domain/understanding/statistical/toy-model.ts';

const ANA = 'U01ANA';
const PENDING = 'whats pending on our side with you';
const guessing = withStatisticalFallback(ruleReader, { model: TOY_MODEL, threshold: TOY_THRESHOLD });
const secondOpinion = withStatisticalFallback(ruleReader, {
  model: TOY_MODEL,
  threshold: TOY_THRESHOLD,
  overrideThreshold: TOY_OVERRIDE_THRESHOLD,
});
/** The rules read a case named with nothing asked as its status, by default; the toy model reads a list. */
const WEAKLY_READ = '01000001 pending';

async function run(steps: unknown[], reader?: MessageReader) {
  const script = ReplayScriptSchema.parse({ now: MONDAY_MORNING, directory: 'demo', steps });
  return runReplay(script, {
    policy: DEFAULT_POLICY,
    loadDirectory: async () => {},
    image: await demoImage(),
    ...(reader ? { reader } : {}),
  });
}

describe('issue 21: the engine confirms the statistical fallback guess before acting', () => {
  it('issue 21 statistical: a guess is asked about, not acted on', async () => {
    const r = await run([...ANA_VERIFIED, slack(ANA, PENDING)], guessing);
    const last = toRecipient(r, ANA).at(-1)!;
    expect(last).toMatch(/It sounds like you want a list of your open cases — is that right\?/);
    expect(last).not.toMatch(/did not understand what you meant/);
  });

  it('issue 21 statistical: yes acts on the message as the guessed request', async () => {
    const r = await run([...ANA_VERIFIED, slack(ANA, PENDING), slack(ANA, 'yes please')], guessing);
    const replies = toRecipient(r, ANA);
    expect(replies.at(-2)).toMatch(/is that right\?/);
    // Ana's cases listed (the demo directory has none for her yet): the my-cases answer, not a question.
    expect(replies.at(-1)).toMatch(/no cases for the accounts you have access to/);
    const withoutGuess = await run([...ANA_VERIFIED, slack(ANA, 'show me my open cases')]);
    expect(replies.at(-1)).toBe(toRecipient(withoutGuess, ANA).at(-1));
  });

  it('issue 21 statistical: no asks for other words and does nothing', async () => {
    const r = await run([...ANA_VERIFIED, slack(ANA, PENDING), slack(ANA, 'no')], guessing);
    expect(toRecipient(r, ANA).at(-1)).toMatch(/I will not do that\. Could you tell me in other words/);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 statistical: anything else is a new message and the question lapses', async () => {
    const steps = [...ANA_VERIFIED, slack(ANA, PENDING), slack(ANA, 'what are your business hours in EMEA?')];
    const r = await run([...steps, slack(ANA, 'yes')], guessing);
    const replies = toRecipient(r, ANA);
    expect(replies.at(-2)).toMatch(/business hours/i);
    // The lapsed question is not answered by a later "yes": no list of cases.
    expect(replies.at(-1)).not.toMatch(/no cases for the accounts|open cases/i);
  });

  it('issue 21 statistical: "help" in the middle is answered and the question stands, as in every dialogue', async () => {
    const r = await run([...ANA_VERIFIED, slack(ANA, PENDING), slack(ANA, 'help'), slack(ANA, 'yes')], guessing);
    const replies = toRecipient(r, ANA);
    expect(replies.at(-2)).toMatch(/I am Caseline/);
    expect(replies.at(-1)).toMatch(/no cases for the accounts you have access to/);
  });

  it('issue 21 statistical: with the fallback off (INTENT_FALLBACK=false) the message is not understood, as before', async () => {
    const r = await run([...ANA_VERIFIED, slack(ANA, PENDING)], ruleReader);
    expect(toRecipient(r, ANA).at(-1)).toMatch(/did not understand what you meant/);
  });

  it("issue 21 statistical: a weak reading the model is sure is another request is asked about; yes acts on the model's", async () => {
    const asked = await run([...ANA_VERIFIED, slack(ANA, WEAKLY_READ)], secondOpinion);
    expect(toRecipient(asked, ANA).at(-1)).toMatch(
      /It sounds like you want a list of your open cases — is that right\?/,
    );
    const yes = await run([...ANA_VERIFIED, slack(ANA, WEAKLY_READ), slack(ANA, 'yes')], secondOpinion);
    expect(toRecipient(yes, ANA).at(-1)).toMatch(/no cases for the accounts you have access to/);
  });

  it("issue 21 statistical: without the second opinion the rules' weak reading is acted on, as before", async () => {
    const rules = toRecipient(await run([...ANA_VERIFIED, slack(ANA, WEAKLY_READ)], ruleReader), ANA).at(-1);
    expect(rules).not.toMatch(/is that right\?/);
    const fallbackOnly = toRecipient(await run([...ANA_VERIFIED, slack(ANA, WEAKLY_READ)], guessing), ANA).at(-1);
    expect(fallbackOnly).toBe(rules);
  });

  it("issue 21 statistical: a guess the rules' own path reaches anyway (a mail the license reader reads) is not asked about", async () => {
    // A model sure that every message is a license request: the guess and the license reader agree.
    const licenseModel = { classes: ['license-request', 'not-understood'], bias: [4000, 0], weights: {} };
    const reader = withStatisticalFallback(ruleReader, { model: licenseModel, threshold: 0.5, overrideThreshold: 0.8 });
    const order = [
      'Hi Licensing team,',
      '',
      'Acme Corp purchased 120 seats of Enterprise Routing Solution 9.0 for production, one license server:',
      '   licA    3c2a91f0    Solaris 11.4    port 27000',
      '',
      'Thanks, Ana',
    ].join('\n');
    const r = await run([email('ana@acme.example', order, { subject: 'Licenses for Acme', thread: 'lr-9' })], reader);
    const [first = ''] = toRecipient(r, 'ana@acme.example');
    expect(first).not.toMatch(/is that right\?/);
    expect(r.licenseRequests).toHaveLength(1);
  });

  it('issue 21 slot model: an impact the rules miss, read by the second opinion, is not asked for again', async () => {
    const report =
      'SIP Server 9.0 production: transfers to the billing queue fail since the dial plan change. The whole collections floor is twiddling thumbs, each hour costing us real money. Medium.';
    const withModel = toRecipient(await run([...ANA_VERIFIED, slack(ANA, report)]), ANA);
    expect(withModel.at(-1)).toMatch(/Case \d{8} is open at Medium/);
    expect(withModel.join('\n')).not.toMatch(/business impact/i);
    // The rules alone miss it and ask.
    const rules = toRecipient(await run([...ANA_VERIFIED, slack(ANA, report)], ruleReader), ANA);
    expect(rules.at(-1)).toMatch(/What is the business impact/);
  });
});
