/**
 * Reads a secret (a PIN) without it ever touching argv, the screen or a log: from a TTY with echo
 * off, or as the first line of piped stdin.
 */
import { UsageError } from './errors.ts';

/** Prompts on stderr and reads one line from the terminal in raw mode, echoing nothing. */
export function readHiddenLine(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003' || ch === '\u0004') return finish(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** The first line of stdin (a pipe or a file), trimmed. */
export async function readFirstStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trim();
}

/** A PIN typed twice on a terminal, or read from stdin otherwise. */
export async function readNewPin(): Promise<string> {
  if (!process.stdin.isTTY) {
    const pin = await readFirstStdinLine();
    if (!pin) throw new UsageError('no PIN on stdin (pipe it in, or use --generate)');
    return pin;
  }
  const pin = (await readHiddenLine('New PIN: ')).trim();
  const again = (await readHiddenLine('Repeat the PIN: ')).trim();
  if (pin !== again) throw new UsageError('the two PINs differ; nothing was changed');
  return pin;
}
