/**
 * A message read as the answer to what the bot asked (issue 21 §2, §10): several questions are asked in
 * one message, so a reply may answer several ("Medium. After Friday's patch, 12 agents.") or none. Each
 * part is tried against each open question; free text goes to the first open question it is plausible
 * for; what fits nowhere is not taken.
 */
import { findDelivery, findLanguage, findOs } from './controlled-release.ts';
import type { ReadContext } from './port.ts';
import type { SlotName, Slots } from './reading.ts';
import { severityAnswer } from './severity.ts';
import { systemAnswer } from './system.ts';
import { tidy } from './text.ts';
import {
  plausibleCircumstances,
  plausibleFreeText,
  plausibleLanguage,
  plausibleOs,
  plausibleShipTo,
} from './validators.ts';
import { findVersions } from './versions.ts';

const FREE_TEXT: SlotName[] = ['description', 'circumstances', 'businessImpact', 'reason', 'shipTo'];

function parts(text: string): Array<{ text: string; used: boolean }> {
  return text
    .split(
      /(?<=[.!?;])\s+|\n+|,\s+(?=(?:and\s+)?(?:it|we|the|about|around|roughly|approx|severity|sev|priority|prod|production|test|lab|version|v\d|\d))/i,
    )
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, used: false }));
}

/** Fills the asked slots the message answers; true when it answered at least one. */
export function readAnswers(slots: Slots, text: string, context: ReadContext): boolean {
  const asked = context.asked ?? [];
  const pieces = parts(text);
  const set = <K extends SlotName>(name: K, value: NonNullable<Slots[K]>['value'], confidence = 0.85) => {
    (slots as Record<string, unknown>)[name] = { value, confidence, source: 'answer' };
  };
  for (const name of asked) {
    if (slots[name]) {
      // Already read from the prose (or a label): mark the part it came from as used.
      continue;
    }
    for (const p of pieces) {
      if (p.used) continue;
      if (name === 'severity') {
        const s = severityAnswer(p.text);
        if (s) {
          set('severity', s);
          p.used = true;
          break;
        }
      } else if (name === 'system') {
        const s = systemAnswer(p.text);
        if (s && p.text.split(/\s+/).length <= 8) {
          set('system', s);
          p.used = true;
          break;
        }
      } else if (name === 'version' || name === 'release') {
        const v = findVersions(p.text)[0];
        if (v && name === 'version') {
          set('version', v.value);
          p.used = true;
          break;
        }
        if (v && name === 'release') {
          set('release', tidy(p.text));
          p.used = true;
          break;
        }
      } else if (name === 'os') {
        const os = findOs(p.text);
        if (os || plausibleOs(p.text)) {
          set('os', os?.value ?? tidy(p.text));
          p.used = true;
          break;
        }
      } else if (name === 'language') {
        const language = findLanguage(p.text, true);
        if (language && plausibleLanguage(p.text)) {
          set('language', language.value);
          p.used = true;
          break;
        }
      } else if (name === 'deliveryMethod') {
        const delivery = findDelivery(p.text);
        if (delivery) {
          set('deliveryMethod', delivery.value as 'ftp' | 'courier');
          p.used = true;
          break;
        }
      }
    }
  }
  // Free text: what is left goes to the first open free-text question it is plausible for.
  const left = pieces
    .filter((p) => !p.used)
    .map((p) => p.text)
    .join(' ');
  const open = asked.filter((a) => FREE_TEXT.includes(a) && !slots[a]);
  const target = open.find((name) =>
    name === 'circumstances'
      ? plausibleCircumstances(left)
      : name === 'shipTo'
        ? plausibleShipTo(left)
        : plausibleFreeText(left, name === 'description' || name === 'reason' ? 3 : 2),
  );
  if (target && left) set(target, tidy(left), 0.75);
  return asked.some((a) => slots[a] !== undefined);
}
