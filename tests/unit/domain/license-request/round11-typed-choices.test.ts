/**
 * Issue 25 round 11 §6: a choice typed with a slip ("upgarde", "producton", "migartion") is read against the
 * canonical words, at a confidence the follow-up confirms, instead of being rejected and asked again.
 */
import { describe, expect, it } from 'vitest';
import { CONFIRM_BELOW } from '../../../../src/domain/license-request/confirmations.ts';
import {
  parseDeploymentType,
  parseImplementationType,
  parsePurpose,
} from '../../../../src/domain/license-request/enum-synonyms.ts';

describe('issue 25 round 11 §6: choices typed with one slip are read, less surely', () => {
  it.each([
    [parseImplementationType, 'upgarde', 'upgrade'],
    [parseImplementationType, 'migartion', 'migration'],
    [parseImplementationType, 'realocation', 'reallocation'],
    [parseImplementationType, 'tmeporary', 'temporary'],
    [parseDeploymentType, 'producton', 'production'],
    [parseDeploymentType, 'prodcution', 'production'],
    [parsePurpose, 'prodution', 'production'],
  ] as const)('%#: %s → %s', (parse, typed, value) => {
    const read = parse(typed);
    expect(read).toMatchObject({ ok: true, value });
    expect(read.ok && read.confidence).toBeLessThan(CONFIRM_BELOW);
  });

  it.each([
    [parseImplementationType, 'upgrade', 'upgrade'],
    [parseDeploymentType, 'production', 'production'],
  ] as const)('spelt right, read surely: %s', (parse, typed, value) => {
    expect(parse(typed)).toMatchObject({ ok: true, value, confidence: 1 });
  });

  it.each([
    [parseImplementationType, 'whatever'],
    [parseDeploymentType, 'spaceship'],
    [parseImplementationType, 'updates'],
  ] as const)('a word that is no slip of a choice stays unknown: %s', (parse, typed) => {
    expect(parse(typed).ok).toBe(false);
  });
});
