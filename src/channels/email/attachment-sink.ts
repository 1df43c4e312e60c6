import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface StoredAttachment {
  filename: string;
  contentType: string;
  /** The charset a mail part declared for its text (absent when none was). */
  charset?: string;
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
 * The attachment's file could not be written (a full disk, a storage directory gone): the fault is
 * ours, not the message's, so the message is not quarantined but fetched again later (ingest-batch.ts).
 */
export class AttachmentStorageError extends Error {
  constructor(cause: Error) {
    super(`attachment storage failed: ${cause.message}`, { cause });
    this.name = 'AttachmentStorageError';
  }
}

/** Opens the file for one attachment; a new file, never one that exists. Tests pass a failing disk. */
export type OpenAttachmentFile = (path: string) => Writable;
const openNewFile: OpenAttachmentFile = (path) => createWriteStream(path, { flags: 'wx' });

/**
 * Stream one attachment to `directory`, hashing as it goes, honouring backpressure. Past `maxBytes`
 * the partial file is removed and the rest is only counted, so a huge part costs no memory or disk
 * and parsing of the message continues. When the file cannot be written, the partial file is removed
 * too and the rest of the part is read and dropped, so the parser is not left waiting on it.
 */
export function sinkAttachment(
  content: Readable,
  meta: { filename: string; contentType: string; charset?: string },
  directory: string,
  maxBytes: number,
  open: OpenAttachmentFile = openNewFile,
): Promise<SinkResult> {
  const storagePath = join(directory, randomUUID());
  const file = open(storagePath);
  const hash = createHash('sha256');
  let size = 0;
  let discarded = false;
  let failed = false;

  const discard = () => {
    discarded = true;
    file.destroy();
    content.resume();
  };

  return new Promise<SinkResult>((resolve, reject) => {
    file.on('error', (error) => {
      if (discarded || failed) return;
      failed = true;
      file.destroy();
      content.resume();
      unlink(storagePath)
        .catch(() => undefined)
        .then(() => reject(new AttachmentStorageError(error)));
    });
    content.on('error', (error) => {
      file.destroy();
      unlink(storagePath).catch(() => undefined);
      reject(error);
    });
    content.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (discarded || failed) return;
      if (size > maxBytes) return discard();
      hash.update(chunk);
      if (!file.write(chunk)) {
        content.pause();
        file.once('drain', () => content.resume());
      }
    });
    content.on('end', () => {
      if (failed) return;
      if (discarded) {
        unlink(storagePath)
          .catch(() => undefined)
          .then(() => resolve({ oversized: { filename: meta.filename, size } }));
        return;
      }
      // On a failed flush or close the error handler rejects instead.
      file.end((error?: Error | null) => {
        if (!error) resolve({ stored: { ...meta, size, storagePath, sha256: hash.digest('hex') } });
      });
    });
  });
}
