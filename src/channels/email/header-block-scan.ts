/**
 * The few header lines a mail's answer needs, read as the raw mail streams past (red team round 12). The
 * mail parser gives up on a header block larger than 1 MB ("Max header size for a MIME node exceeded")
 * before it hands over a single header line; its sender still deserves to be told why the mail was not
 * read. This scanner keeps, in constant memory, only the lines an answer and its trust need (From,
 * Message-ID, Subject, Authentication-Results, the automatic-mail markers…), each up to 16 kB and 256 kB
 * in all, in the order written; every other line is counted past, however long. It stops at the blank line
 * that ends the header block, so a body is never read by it.
 */

/** What an answer to the sender needs: who wrote, whether that is proved, how to thread it, whether it is automatic. */
const KEPT = new Set([
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'authentication-results',
  'auto-submitted',
  'precedence',
  'list-id',
  'list-unsubscribe',
  'x-auto-response-suppress',
  'x-failed-recipients',
  'return-path',
]);
const MAX_LINE_BYTES = 16 * 1024;
const MAX_KEPT_BYTES = 256 * 1024;
/** Enough of a line's start to read a header's name ("Authentication-Results:" and then some). */
const NAME_BYTES = 80;

export class HeaderBlockScanner {
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  /** The line being read: its first bytes until its name is known, then all of it while it is kept. */
  private line: Buffer[] = [];
  private lineBytes = 0;
  private lineKept: boolean | undefined;
  /** Whether the header line the current continuation lines belong to is kept, and where it starts in `kept`. */
  private headerKept = false;
  private headerStart = 0;
  private ended = false;

  /** Feed the next bytes of the raw mail. */
  push(chunk: Buffer): void {
    let position = 0;
    while (!this.ended && position < chunk.length) {
      const newline = chunk.indexOf(0x0a, position);
      const end = newline === -1 ? chunk.length : newline + 1;
      this.take(chunk.subarray(position, end));
      if (newline !== -1) this.endLine();
      position = end;
    }
  }

  /** The header lines kept, as a header block of their own (CRLF, a blank line at its end). */
  headerBlock(): Buffer {
    return Buffer.concat([...this.kept, Buffer.from('\r\n')]);
  }

  private take(piece: Buffer): void {
    if (this.lineKept === false) return;
    this.line.push(piece);
    this.lineBytes += piece.length;
    if (this.lineKept === undefined && this.lineBytes >= NAME_BYTES) this.decide();
    if (this.lineKept && this.lineBytes > MAX_LINE_BYTES) this.drop();
  }

  private endLine(): void {
    if (this.lineKept === undefined) this.decide();
    if (this.lineKept && this.keptBytes + this.lineBytes > MAX_KEPT_BYTES) this.drop();
    if (this.lineKept) {
      const whole = Buffer.concat(this.line);
      this.kept.push(whole.at(-2) === 0x0d ? whole : Buffer.concat([whole.subarray(0, -1), Buffer.from('\r\n')]));
      this.keptBytes += whole.length;
    }
    this.line = [];
    this.lineBytes = 0;
    this.lineKept = undefined;
  }

  /** Reads the line's start: the blank line ending the block, a continuation, or a named header. */
  private decide(): void {
    const start = this.lineStart();
    if (/^\r?\n$/.test(start)) {
      this.ended = true;
      this.lineKept = false;
      return;
    }
    if (/^[ \t]/.test(start)) {
      this.lineKept = this.headerKept;
      return;
    }
    const name = /^([!-9;-~]+)[ \t]*:/.exec(start)?.[1]?.toLowerCase();
    this.headerKept = name !== undefined && KEPT.has(name);
    this.headerStart = this.kept.length;
    this.lineKept = this.headerKept;
    if (!this.lineKept) this.line = [];
  }

  /** The line's first bytes, never a copy of more (the line may be one 50 MB header). */
  private lineStart(): string {
    let start = '';
    for (const piece of this.line) {
      start += piece.toString('latin1', 0, Math.min(piece.length, NAME_BYTES - start.length));
      if (start.length >= NAME_BYTES) break;
    }
    return start;
  }

  /** A kept header grown past its bound is dropped whole, the lines of it already kept included. */
  private drop(): void {
    this.lineKept = false;
    this.headerKept = false;
    this.line = [];
    for (const line of this.kept.splice(this.headerStart)) this.keptBytes -= line.length;
  }
}
