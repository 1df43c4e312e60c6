import { readCircumstances } from '../src/domain/understanding/circumstances.ts';
import { readDescription } from '../src/domain/understanding/description.ts';

for (const t of process.argv.slice(2)) console.log(readCircumstances(t), readDescription(t));
