/** The backlog both mail benchmarks use: customers' questions, each quoting an earlier message. */
import { rawMail } from '../../tests/integration/support/mail-harness.ts';

export function benchMails(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) =>
    rawMail({
      from: `Customer ${i} <customer${i}@client${i % 97}.example>`,
      subject: `Question ${i} about SIP Server`,
      messageId: `<bench-${i}@client${i % 97}.example>`,
      body: `Hello,\n\nour SIP Server 9.0 drops calls after ${i % 60} seconds since yesterday.\nCan you help?\n\nRegards,\nCustomer ${i}\n\nOn Mon, 23 Nov 2026 someone wrote:\n> earlier text\n> more earlier text`,
    }),
  );
}
