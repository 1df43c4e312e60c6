import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminal } from '../../../../src/channels/console/terminal.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../../src/services/engine/index.ts';
import { openDatabase } from '../../../../src/store/database.ts';
import { demoImage } from '../../../support/replay.ts';

/** Types the lines one by one into the terminal chat and returns everything it printed. */
async function chat(lines: string[], interactive: boolean): Promise<string> {
  const db = openDatabase(':memory:', { image: await demoImage() });
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += chunk;
  });
  const done = runTerminal({ ctx, contactEmail: 'ana@acme.example', input, output, interactive });
  for (const line of lines) {
    // A person types a key at a time; a pipe delivers whole lines.
    if (interactive) for (const key of `${line}\r`) input.write(key);
    else input.write(`${line}\n`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  input.end();
  await done;
  db.$client.close();
  return printed;
}

describe('issue 23 §7: the terminal chat as a newcomer meets it', () => {
  it('a person at a terminal gets a you> prompt and sees what they type', async () => {
    const printed = await chat(['hello', '/quit'], true);
    expect(printed).toContain('you> ');
    expect(printed).toContain('hello');
    expect(printed).toMatch(/caseline> I am Caseline/);
  });

  it('/pin asks for the PIN at a hidden prompt: nothing of it is echoed, and it verifies', async () => {
    const printed = await chat(['/pin', '482913', 'my cases', '/quit'], true);
    expect(printed).toContain('PIN (hidden');
    expect(printed).toContain('you are verified');
    expect(printed).not.toContain('482913');
    expect(printed).not.toMatch(/4\D{0,12}8\D{0,12}2\D{0,12}9\D{0,12}1\D{0,12}3/);
    expect(printed).toContain('my cases'); // lines other than the PIN are echoed as typed
  });

  it('piped input (scripts, tests): no prompt, /pin then the PIN on the next line, or /pin PIN on one line', async () => {
    const twoLines = await chat(['/pin', '482913', '/quit'], false);
    expect(twoLines).not.toContain('you> ');
    expect(twoLines).toContain('you are verified');
    expect(twoLines).not.toContain('482913');
    const oneLine = await chat(['/pin 482913', '/quit'], false);
    expect(oneLine).toContain('you are verified');
    expect(oneLine).not.toContain('482913');
  });

  it('a wrong PIN at the hidden prompt is refused without being shown', async () => {
    const printed = await chat(['/pin', '999999', '/quit'], true);
    expect(printed).not.toContain('999999');
    expect(printed).not.toContain('you are verified');
  });
});
