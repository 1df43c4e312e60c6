import { readImpact } from '../src/domain/understanding/impact.ts';

console.log(readImpact('Thirty managers get late reports'));
