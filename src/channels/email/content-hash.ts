/**
 * The dedupe key of a message without a Message-ID: sha256 of its raw bytes. For a streamed message the
 * hash is computed on the way through to the parser, so the bytes are never held whole.
 */
import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface HashedSource {
  /** What to parse: the buffer itself, or a pass-through that hashes what flows through it. */
  source: Buffer | Readable;
  /**
   * `sha256:<hex>` of every byte. For a stream the rest is read first (a parser that gave up early
   * leaves some); rejects when the stream itself failed, as nothing trustworthy can be keyed then.
   */
  key(): Promise<string>;
}

export function hashedSource(input: Buffer | Readable): HashedSource {
  if (Buffer.isBuffer(input)) {
    return { source: input, key: async () => `sha256:${createHash('sha256').update(input).digest('hex')}` };
  }
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  input.once('error', (error) => tap.destroy(error));
  input.pipe(tap);
  let digest: Promise<string> | null = null;
  const key = () => {
    digest ??= (async () => {
      if (!tap.readableEnded) {
        tap.resume();
        await finished(tap);
      }
      return `sha256:${hash.digest('hex')}`;
    })();
    return digest;
  };
  return { source: tap, key };
}
