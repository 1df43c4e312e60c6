/** Loads the policy: the defaults, deep-merged with an optional JSON or YAML override file. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_POLICY } from '../domain/policy/defaults.ts';
import { type Policy, PolicySchema } from '../domain/policy/schema.ts';
import { describeZodIssues } from '../domain/validation.ts';

export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`policy file ${file}: ${problems.join('; ')}`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars in the override replace the default. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

function checkTimeZones(policy: Policy): string[] {
  const problems: string[] = [];
  for (const [region, r] of Object.entries(policy.regions)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: r.timeZone });
    } catch {
      problems.push(`regions.${region}.timeZone: unknown time zone "${r.timeZone}"`);
    }
  }
  return problems;
}

export function resolvePolicy(override: unknown, file = '(inline)'): Policy {
  const result = PolicySchema.safeParse(deepMerge(DEFAULT_POLICY, override ?? {}));
  if (!result.success) throw new PolicyError(file, describeZodIssues(result.error));
  const zoneProblems = checkTimeZones(result.data);
  if (zoneProblems.length > 0) throw new PolicyError(file, zoneProblems);
  return Object.freeze(result.data);
}

export function loadPolicy(file?: string): Policy {
  if (!file) return resolvePolicy({});
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyError(file, [`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let parsed: unknown;
  try {
    parsed = /\.ya?ml$/i.test(file) ? parseYaml(raw) : JSON.parse(raw);
  } catch (error) {
    throw new PolicyError(file, [
      `is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    ]);
  }
  return resolvePolicy(parsed, file);
}
