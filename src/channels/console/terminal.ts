/**
 * The terminal channel: with no Slack or mailbox configured, a newcomer chats with the bot as a demo
 * contact. Lines are messages; a few slash commands stand in for what other channels provide
 * (the PIN form, staff buttons).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import {
  type EngineContext,
  handleInbound,
  handlePinForm,
  type Outbound,
  performStaffAction,
  STAFF_ACTIONS,
  type StaffActionName,
} from '../../services/engine/index.ts';
import { markOutbox } from '../../store/outbox-store.ts';

export interface TerminalOptions {
  ctx: EngineContext;
  contactEmail: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Ends the chat (SIGINT/SIGTERM): the terminal must not keep the process alive. */
  signal?: AbortSignal;
  /**
   * A person at a terminal: a `you> ` prompt, line editing, and `/pin` typed at a hidden prompt. Default:
   * when input and output are both a TTY. Piped input (tests, scripts) gets no prompt and no echo.
   */
  interactive?: boolean;
}

const PROMPT = 'you> ';
const PIN_PROMPT = 'PIN (hidden, Enter when done): ';

const HELP = `Type a message as the customer, or:
  /pin                        verify with your PIN, typed at a hidden prompt (stands in for the PIN form)
  /as EMAIL                   switch to another contact
  /new                        start a new conversation thread
  /staff USER ACTION [CASE|last] [text]   act as staff (take, reply, set-severity, approve, reject, resolve, close)
  /staff USER acknowledge P-000001|CASE   acknowledge a page (or every open page of a case)
  /staff USER task-done T-000001|CASE     mark a follow-up task done
  /quit                       leave`;

/** Console-channel replies and staff notices (pages from the clock too), shown and marked sent. */
export async function deliverToTerminal(
  ctx: EngineContext,
  output: NodeJS.WritableStream,
  replies: Outbound[],
): Promise<void> {
  for (const r of replies) {
    if (r.channel !== 'console') continue;
    output.write(
      `${
        r.audience === 'staff'
          ? `  [to staff ${r.recipient}] ${r.text.replace(/\n/g, '\n  ')}`
          : `caseline> ${r.text.replace(/\n/g, '\n          ')}`
      }\n`,
    );
    await markOutbox(ctx.db, r.id, 'sent', ctx.now().toISOString());
    ctx.instruments.messageOut('console', r.audience);
  }
}

export function runTerminal(options: TerminalOptions): Promise<void> {
  const { ctx, output } = options;
  const interactive =
    options.interactive ??
    ((options.input as { isTTY?: boolean }).isTTY === true && (output as { isTTY?: boolean }).isTTY === true);
  let contact = options.contactEmail;
  let thread = 1;
  let awaitingPin = false;
  const write = (text: string) => output.write(`${text}\n`);
  const deliver = async (replies: Outbound[]) => await deliverToTerminal(ctx, output, replies);
  write(`Caseline terminal — you are ${contact}. ${HELP}`);
  // What the terminal echoes of the typed line goes through here, so a PIN can be typed unseen.
  const echo = new MutableOutput(output);
  const rl = createInterface({
    input: options.input,
    output: echo,
    terminal: interactive,
    // Nothing typed is kept for the arrow keys to bring back: a PIN is typed as a line too.
    historySize: 0,
    prompt: PROMPT,
  });
  const prompt = () => {
    if (interactive) rl.prompt();
  };
  prompt();
  // Lines are answered one after another, in the order typed (answering one awaits the database); the chat
  // ends once the last line read is answered.
  let answered: Promise<void> = Promise.resolve();
  let quit = false;
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      answered = answered.then(() => answerLine(line));
    });
    rl.on('close', () => void answered.then(() => resolve()));
    // On a terminal in raw mode Ctrl-C arrives as a key, not a signal: it ends the chat, as SIGINT does.
    rl.on('SIGINT', () => rl.close());
    options.signal?.addEventListener('abort', () => rl.close(), { once: true });
  });

  async function answerLine(line: string): Promise<void> {
    if (quit) return; // lines read ahead of /quit
    try {
      if (awaitingPin) {
        awaitingPin = false;
        echo.muted = false;
        if (interactive) output.write('\n');
        await verifyPin(line.trim());
      } else if (await handleLine(line.trim())) {
        quit = true;
        rl.close();
        return;
      }
    } catch (error) {
      write(`caseline> Sorry, something went wrong: ${(error as Error).message}`);
    }
    if (!awaitingPin) prompt();
  }

  async function handleLine(line: string): Promise<boolean> {
    if (line === '') return false;
    if (line === '/quit' || line === '/exit') return true;
    if (line === '/help') {
      write(HELP);
      return false;
    }
    if (line === '/new') {
      thread += 1;
      write(`(new conversation #${thread})`);
      return false;
    }
    const as = /^\/as\s+(\S+@\S+)$/.exec(line);
    if (as) {
      contact = as[1]!;
      write(`(you are now ${contact})`);
      return false;
    }
    if (line === '/pin') {
      // The next line is the PIN: on a terminal it is typed unseen; piped, it is simply the next line.
      awaitingPin = true;
      if (interactive) output.write(PIN_PROMPT);
      echo.muted = true;
      return false;
    }
    const pin = /^\/pin\s+(\S+)$/.exec(line);
    if (pin) {
      await verifyPin(pin[1]!);
      return false;
    }
    const staff = /^\/staff\s+(\S+)\s+(\S+)(?:\s+(\S+))?(?:\s+(.*))?$/.exec(line);
    if (staff) {
      const [, from, action, target = 'last', rest] = staff;
      if (!STAFF_ACTIONS.includes(action as StaffActionName)) {
        write(`unknown staff action ${action}`);
        return false;
      }
      const result = await performStaffAction(ctx, {
        from: from!,
        action: action as StaffActionName,
        target,
        ...(action === 'set-severity' ? { severity: rest ?? '' } : rest ? { text: rest } : {}),
        ...(action === 'approve'
          ? { attachment: { filename: 'license-temp.dat', storagePath: 'terminal:license-temp.dat' } }
          : {}),
        at: ctx.now(),
      });
      if (result.ok) {
        if (result.note) write(`(${result.note})`);
        await deliver(result.replies);
      } else write(`(refused: ${result.error})`);
      return false;
    }
    const result = await handleInbound(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: contact },
      threadKey: threadKey(),
      text: line,
      attachments: [],
      receivedAt: ctx.now(),
    });
    await deliver(result.replies);
    return false;
  }

  async function verifyPin(value: string): Promise<void> {
    const sender = { kind: 'console' as const, email: contact };
    await deliver(
      (
        await handlePinForm(ctx, {
          channel: 'console',
          sender,
          email: contact,
          pin: value,
          at: ctx.now(),
          threadKey: threadKey(),
        })
      ).replies,
    );
  }

  function threadKey(): string {
    return `console:${contact.toLowerCase()}:${thread}`;
  }
}

/** Passes writes on to the terminal, except while muted (the hidden PIN prompt). */
class MutableOutput extends Writable {
  muted = false;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.muted) return callback();
    this.target.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
    callback();
  }
}
