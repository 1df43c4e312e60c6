/**
 * Reply templates are plain text with {{placeholders}} (prompts/*.txt). Rendering fails loudly on a
 * placeholder without a value, so a customer never receives "{{responseDue}}".
 */
export class TemplateError extends Error {}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function renderTemplate(name: string, template: string, values: Record<string, string | number>): string {
  const missing = placeholdersOf(template).filter((key) => values[key] === undefined);
  if (missing.length > 0) throw new TemplateError(`template ${name}: no value for ${missing.join(', ')}`);
  return template.replace(PLACEHOLDER, (_, key: string) => String(values[key])).trim();
}
