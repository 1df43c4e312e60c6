/**
 * Taking what a message says into a case draft (issue 21 §2, §10). What was empty is filled; what was
 * given is only replaced by a clear change of mind — "make it Medium, not High", a labelled line, an
 * answer to our own question, "actually it's production" — never by a passing mention ("go-live next week"
 * does not make a test system production).
 */
import { onlyWhen } from '../understanding/circumstances.ts';
import type { Reading } from '../understanding/reading.ts';
import { hasIntent } from '../understanding/reading.ts';
import { DONT_KNOW } from '../understanding/validators.ts';
import type { CaseDraft, DraftField } from './required-info.ts';

const CORRECTION =
  /\b(?:actually|sorry|correction|in\s+fact|i\s+meant|i\s+mean|oops|typo|my\s+(?:bad|mistake)|rather|instead|not\s+(?:a\s+)?(?:test|lab|prod\w*|critical|high|medium|low))\b/i;

export interface DraftUpdate {
  draft: CaseDraft;
  changed: DraftField[];
}

export function mergeIntoDraft(
  draft: CaseDraft,
  reading: Reading,
  text: string,
  asked: readonly DraftField[] = [],
): DraftUpdate {
  const next: CaseDraft = { ...draft };
  const changed: DraftField[] = [];
  const s = reading.slots;
  const set = <K extends DraftField>(field: K, value: CaseDraft[K]) => {
    if (value === undefined || next[field] === value) return;
    next[field] = value;
    changed.push(field);
  };
  const correcting = CORRECTION.test(text) || hasIntent(reading, 'severity-change', 0.5);

  if (s.product && s.product.confidence >= 0.8 && !next.product) set('product', s.product.value);
  if (s.version && !next.version) set('version', s.version.value);
  else if (!next.version && asked.includes('version') && DONT_KNOW.test(text.trim())) set('version', 'unknown');
  else if (next.version && correcting) {
    // "actually it's 9.0 not 8.5", "sorry, version is 9.0": the one version named that is not refused.
    const corrected = correctedVersion(text, next.version);
    if (corrected) set('version', corrected);
  }

  if (s.system) {
    const explicit = s.system.source !== 'text' || s.system.confidence >= 0.9;
    if (!next.system && s.system.confidence >= 0.6) set('system', s.system.value);
    else if (next.system && s.system.value !== next.system && explicit && (correcting || s.system.source !== 'text'))
      set('system', s.system.value);
  }
  if (s.severity && !reading.rejected.severity.includes(s.severity.value)) {
    if (!next.severity) set('severity', s.severity.value);
    else if (
      s.severity.value !== next.severity &&
      (correcting || s.severity.source !== 'text' || reading.rejected.severity.includes(next.severity))
    )
      set('severity', s.severity.value);
  }
  if (s.description && !next.description) set('description', s.description.value);
  else if (
    reading.detail &&
    next.description &&
    isVague(next.description) &&
    !next.description.includes(reading.detail)
  )
    set('description', `${next.description.trim().replace(/[.:]?$/, ':')} ${reading.detail}`);
  if (s.circumstances && !next.circumstances) set('circumstances', s.circumstances.value);
  // When it began with nothing of what led to it ("since Tuesday") holds the place until an account comes.
  else if (!next.circumstances && reading.began) set('circumstances', reading.began);
  else if (next.circumstances && onlyWhen(next.circumstances)) {
    // "since this morning" said first, "after the new desktop image was rolled out" (or, in the case's
    // thread, "we upgraded the database on Wednesday") later: both are kept.
    const account = s.circumstances?.value ?? reading.deeds;
    if (account && !onlyWhen(account)) set('circumstances', `${next.circumstances.trim()}, ${account}`);
  }
  if (s.businessImpact && !next.businessImpact) set('businessImpact', s.businessImpact.value);
  return { draft: next, changed };
}

const VERSION_WRITTEN = /(?<![\w.])v?(\d{1,3}(?:\.\d{1,4}){1,3})(?![\w.]*\d)/gi;
const REFUSED_BEFORE = /\b(?:not|no|instead\s+of|rather\s+than|than|from)\s+(?:v(?:ersion)?\s*)?$/i;

/**
 * A change of mind on the version: the versions written, less the ones refused ("not 8.5", "instead of
 * 8.5") and the one the draft has — taken when exactly one is left.
 */
function correctedVersion(text: string, current: string): string | undefined {
  const offered = new Set<string>();
  for (const m of text.matchAll(VERSION_WRITTEN)) {
    if (REFUSED_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    if (m[1] !== current) offered.add(m[1]!);
  }
  return offered.size === 1 ? [...offered][0] : undefined;
}

/** "SIP Server 8.5 has a problem", "WDE issue": a description that names no symptom. */
function isVague(description: string): boolean {
  return description.trim().split(/\s+/).length <= 8 && !VAGUE_EXCLUDES.test(description);
}

/** Words that already describe what goes wrong. */
const VAGUE_EXCLUDES =
  /\b(?:crash\w*|drop\w*|fail\w*|down|freez\w*|hang\w*|stuck|slow|error\w*|timeout|time\s*out|lost|los\w+|cannot|can'?t|unable|no\s+audio|one-way|reject\w*|refus\w*|disconnect\w*|wrong|missing|empty|not\s+\w+ing)\b/i;
