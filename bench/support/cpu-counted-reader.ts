/**
 * A message reader whose CPU time is counted apart (process.cpuUsage around each call costs ~1 µs): how
 * bench:engine:cpu and bench:engine:ab show the reader's share of a message.
 */
import type { MessageReader } from '../../src/domain/understanding/port.ts';

export function cpuCountedReader(reader: MessageReader, spend: (microseconds: number) => void): MessageReader {
  return {
    read: (text, context) => {
      const before = process.cpuUsage();
      try {
        return reader.read(text, context);
      } finally {
        const spent = process.cpuUsage(before);
        spend(spent.user + spent.system);
      }
    },
  };
}
