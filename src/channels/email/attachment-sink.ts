import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** Where the bytes are; the name is random so a hostile filename can never pick the path. */
  storagePath: string;
  sha256: string;
}

export interface OversizedAttachment {
  filename: string;
  size: number;
}

export type SinkResult = { stored: StoredAttachment } | { oversized: OversizedAttachment };

/**
 * Stream one attachment to `directory`, hashing as it goes, honouring backpressure. Past `maxBytes`
 * the partial file is removed and the rest is only counted, so a huge part costs no memory or disk
 * and parsing of the message continues.
 */
export function sinkAttachment(
  content: Readable,
  meta: { filename: string; contentType: string },
  directory: string,
  maxBytes: number,
): Promise<SinkResult> {
  const storagePath = join(directory, randomUUID());
  const file = createWriteStream(storagePath, { flags: 'wx' });
  const hash = createHash('sha256');
  let size = 0;
  let discarded = false;

  const discard = () => {
    discarded = true;
    file.destroy();
    content.resume();
  };

  return new Promise<SinkResult>((resolve, reject) => {
    file.on('error', (error) => {
      if (!discarded) reject(error);
    });
    content.on('error', (error) => {
      file.destroy();
      unlink(storagePath).catch(() => undefined);
      reject(error);
    });
    content.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (discarded) return;
      if (size > maxBytes) return discard();
      hash.update(chunk);
      if (!file.write(chunk)) {
        content.pause();
        file.once('drain', () => content.resume());
      }
    });
    content.on('end', () => {
      if (discarded) {
        unlink(storagePath)
          .catch(() => undefined)
          .then(() => resolve({ oversized: { filename: meta.filename, size } }));
        return;
      }
      file.end(() => resolve({ stored: { ...meta, size, storagePath, sha256: hash.digest('hex') } }));
    });
  });
}
