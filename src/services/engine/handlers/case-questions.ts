/**
 * Asking for what a case still lacks (issue 21): everything missing in ONE message — first what the clock
 * waits for (seed 001 §2.1), then what helps the analyst (asked once, never holding the clock). A field
 * asked before and still missing is asked again, better: with an example of a good answer.
 */
import type { DraftField } from '../../../domain/cases/required-info.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';

const TEMPLATE: Record<DraftField, string> = {
  description: 'ask-description',
  product: 'ask-product',
  version: 'ask-version',
  system: 'ask-system',
  severity: 'ask-severity',
  circumstances: 'ask-circumstances',
  businessImpact: 'ask-business-impact',
};

const BETTER: Partial<Record<DraftField, string>> = {
  description: 'ask-description-again',
  severity: 'ask-severity-again',
  circumstances: 'ask-circumstances-again',
  product: 'ask-product-again',
};

export async function contractProducts(turn: Turn, pair: PairGrant): Promise<string[]> {
  return [...new Set((await contractsOf(turn.ctx.db, pair.soldTo)).flatMap((c) => c.products.map((p) => p.name)))];
}

async function question(
  turn: Turn,
  field: DraftField,
  pair: PairGrant,
  again: boolean,
  choices: readonly string[],
): Promise<string> {
  const products = await contractProducts(turn, pair);
  if (field === 'product' && choices.length > 0)
    return turn.ctx.templates.render('ask-product-choice', {
      choices: choices.join(' or '),
      products: products.join(', ') || 'none on file',
    });
  const name = (again && BETTER[field]) || TEMPLATE[field];
  if (field === 'severity' && name === 'ask-severity') {
    const lines = Object.values(turn.ctx.policy.severities).map(
      (s, i) => `   ${i + 1}. ${s.name}${s.allowedOnTest ? '' : ' (production only)'} — ${s.criteria}`,
    );
    return turn.ctx.templates.render(name, { criteria: lines.join('\n') });
  }
  return turn.ctx.templates.render(name, {
    products: products.join(', ') || 'none on file',
    example: products[0] ?? 'SIP Server',
  });
}

export interface CaseQuestions {
  required: readonly DraftField[];
  helpful: readonly DraftField[];
  /** Fields asked before and still missing: asked again, with an example. */
  again: readonly DraftField[];
  choices?: readonly string[];
  caseNumber?: string;
  /** A sentence before the questions ("I could not take "yes" as the circumstances."). */
  preface?: string;
}

export async function askCaseQuestions(turn: Turn, pair: PairGrant, q: CaseQuestions): Promise<void> {
  const bullets = async (fields: readonly DraftField[]) =>
    (
      await Promise.all(
        fields.map(async (f) => `• ${await question(turn, f, pair, q.again.includes(f), q.choices ?? [])}`),
      )
    ).join('\n');
  const lead = q.caseNumber
    ? `Case ${q.caseNumber} is registered. Its clock starts once I have:\n`
    : q.required.length > 0
      ? 'To open your case I still need:\n'
      : '';
  const helpfulLead =
    q.helpful.length === 0
      ? ''
      : q.required.length > 0
        ? '\nThese help the analyst too (the clock does not wait for them):\n'
        : 'These help the analyst (the clock does not wait for them):\n';
  await turn.reply(
    'ask-case-details',
    {
      intro: `${q.preface ? `${q.preface}\n` : ''}${q.required.length > 0 ? lead : ''}`,
      required: q.required.length > 0 ? `${await bullets(q.required)}\n` : '',
      helpful: q.helpful.length > 0 ? `${helpfulLead}${await bullets(q.helpful)}\n` : '',
    },
    [],
    { asks: [...q.required, ...q.helpful], reasked: q.again },
  );
}
