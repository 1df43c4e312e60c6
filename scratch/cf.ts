import { findOs } from '../src/domain/understanding/controlled-release.ts';

console.log(findOs('Red Hat Enterprise Linux 8'), findOs('Red Hat Enterprise Linux 8'));
