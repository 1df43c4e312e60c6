// An attachment whose file cannot be written (a full disk) must neither stall the message it belongs to
// nor leave its partial file behind (bad input, or a bad moment, loses nothing and keeps no junk).
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { AttachmentStorageError, sinkAttachment } from '../../../../src/channels/email/attachment-sink.ts';

const dir = mkdtempSync(join(tmpdir(), 'caseline-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHUNK = Buffer.alloc(16 * 1024, 'a');
/** 64 chunks of 16 kB, pushed only as fast as they are read. */
const attachment = () => {
  let pushed = 0;
  const stream = new Readable({
    read() {
      this.push(pushed++ < 64 ? CHUNK : null);
    },
  });
  return { stream, ended: new Promise<void>((resolve) => stream.once('end', resolve)) };
};

/** A real file on disk that takes `room` bytes, then fails as a full disk does (or fails to close). */
const diskWith =
  (room: number, closeFails = false) =>
  (path: string) => {
    const file = createWriteStream(path, { flags: 'wx' });
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        if (written > room)
          callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
        else file.write(chunk, callback);
      },
      final(callback) {
        if (closeFails) file.end(() => callback(Object.assign(new Error('EIO: i/o error, close'), { code: 'EIO' })));
        else file.end(callback);
      },
      destroy(error, callback) {
        file.destroy();
        callback(error);
      },
    });
  };

describe('sinkAttachment when the file cannot be written', () => {
  it('fails with a storage error, reads the part to its end and deletes the partial file', async () => {
    const { stream, ended } = attachment();
    const meta = { filename: 'trace.bin', contentType: 'application/octet-stream' };
    const result = sinkAttachment(stream, meta, dir, 10 << 20, diskWith(100 * 1024));
    await expect(result).rejects.toBeInstanceOf(AttachmentStorageError);
    await expect(result).rejects.toThrow('ENOSPC');
    // The parser the part comes from goes on to the message's end instead of waiting on us.
    await ended;
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails and deletes the whole file when only closing it fails', async () => {
    const { stream } = attachment();
    const meta = { filename: 'trace.bin', contentType: 'application/octet-stream' };
    await expect(sinkAttachment(stream, meta, dir, 10 << 20, diskWith(2 << 20, true))).rejects.toThrow(
      'attachment storage failed: EIO',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('still stores a part whole when the disk has room', async () => {
    const { stream } = attachment();
    const meta = { filename: 'trace.bin', contentType: 'application/octet-stream' };
    const result = await sinkAttachment(stream, meta, dir, 10 << 20, diskWith(2 << 20));
    if (!('stored' in result)) throw new Error('not stored');
    expect(result.stored.size).toBe(64 * CHUNK.length);
    expect(existsSync(result.stored.storagePath)).toBe(true);
    rmSync(result.stored.storagePath);
  });
});
