/**
 * Issue 18 (Also): a property over the whole engine — random traffic from contacts of several companies,
 * strangers and staff never shows a case to a party without access, never changes a case but by its own
 * contacts or staff, and never stores a PIN. `npm run fuzz:engine` runs the same property 10,000 times.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { engineFuzzProperty } from '../support/engine-fuzz.ts';
import { demoImage } from '../support/replay.ts';

describe('issue 18: the engine under random traffic', () => {
  it('issue 18: no message reaches a party without access to its case, no case changes but by its contacts or staff, no PIN stored', async () => {
    await fc.assert(engineFuzzProperty(await demoImage()), { numRuns: 200 });
  }, 120_000);
});
