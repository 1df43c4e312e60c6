/**
 * A forward's own note against what it forwards (issue 21 §1): the mail channel passes a forward on as
 * "<note>\n\nForwarded message:\n<forwarded>" (forwarded-message.ts). The forwarded mail is history — an
 * old "URGENT, production is down" below "Low, on our test system" — so the level and the system the
 * sender states in the note are theirs; the forwarded part only fills what the note does not say.
 */
import type { Slots } from './reading.ts';
import { readSeverity } from './severity.ts';
import { readSystem } from './system.ts';

const FORWARD_MARK = /\n\nForwarded message:\n/;

export function preferNote(slots: Slots, text: string): void {
  const mark = FORWARD_MARK.exec(text);
  if (!mark || mark.index === 0) return;
  const note = text.slice(0, mark.index);
  const system = readSystem(note);
  if (system.value && slots.system?.source !== 'label')
    slots.system = {
      value: system.value,
      confidence: system.confidence,
      span: [system.start!, system.end!],
      source: 'text',
    };
  const severity = readSeverity(note);
  if (severity.value && slots.severity?.source !== 'label')
    slots.severity = {
      value: severity.value,
      confidence: severity.confidence,
      span: [severity.start!, severity.end!],
      source: 'text',
    };
}
