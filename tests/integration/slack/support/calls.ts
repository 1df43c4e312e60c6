/** Reading what the bot sent to the Web API stand-in. */
import type { RecordedCall } from './fake-slack.ts';

export interface Block {
  type: string;
  block_id?: string;
  elements?: Array<Record<string, unknown>>;
  label?: { text: string };
  element?: Record<string, unknown>;
  text?: { type: string; text: string };
}

export const blocksOf = (call: RecordedCall | undefined): Block[] => (call?.args['blocks'] ?? []) as Block[];

export const buttonsOf = (call: RecordedCall | undefined): Array<{ action_id: string; value: string; text: string }> =>
  blocksOf(call)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({
      action_id: String(e['action_id']),
      value: String(e['value']),
      text: (e['text'] as { text: string }).text,
    }));

/** Every message the bot posted (normal and ephemeral), in order. */
export const posts = (calls: RecordedCall[]): RecordedCall[] =>
  calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral');

export const textsOf = (calls: RecordedCall[]): string[] => posts(calls).map((c) => String(c.args['text']));
