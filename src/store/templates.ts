/** Loads the reply templates in prompts/ once; rendering is pure (domain/templates.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { renderTemplate } from '../domain/templates.ts';
import { projectPath } from '../project-root.ts';

export const PROMPTS_DIR = projectPath('prompts');

export interface Templates {
  render(name: string, values?: Record<string, string | number>): string;
  names(): string[];
}

export function loadTemplates(dir = PROMPTS_DIR): Templates {
  const byName = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.txt')) byName.set(basename(file, '.txt'), readFileSync(join(dir, file), 'utf8'));
  }
  return {
    render(name, values = {}) {
      const template = byName.get(name);
      if (template === undefined) throw new Error(`no template prompts/${name}.txt`);
      return renderTemplate(name, template, values);
    },
    names: () => [...byName.keys()].sort(),
  };
}
