/** The operating system named outside a controlled order (issue 21): an installer's platform, the host's OS. */
import { findOs } from './controlled-release.ts';
import { type LabelledValue, labelled } from './labelled-lines.ts';
import { asksWhereToFind } from './question-subjects.ts';
import type { Slots } from './reading.ts';
import { sentences } from './text.ts';
import { overlaps } from './tidy-by-intent.ts';

/** What follows an OS named as the change itself: "Windows 11 24H2 rollout", "RHEL 8 patching". */
const OS_CHANGED =
  /^\s*(?:\w+\s+)?(?:updates?|upgrades?|updat\w+|upgrad\w+|roll-?outs?|rolled\s+out|patch\w*|migrations?|cumulative|feature\s+update|KB\d+|hotfix\w*)\b/i;

/** What precedes an OS that is being moved to or away from: "migrating to", "upgraded from", "moving off". */
const OS_MOVED_TO =
  /\b(?:migrat\w*|mov(?:e|es|ed|ing)|upgrad\w*|switch\w*|transition\w*)\s+(?:(?:all|everything|our\s+\w+|the\s+\w+)\s+)?(?:to|from|off|onto|away\s+from)\s+(?:the\s+|a\s+)?$/i;

/** The operating system outside an order: labelled ("OS: …"), or named after "for"/"on"/"OS is". */
export function readOsOnly(slots: Slots, text: string, labels: readonly LabelledValue[]): void {
  const label = labelled(labels, 'os');
  if (label) {
    slots.os = { value: label.value, confidence: 0.95, span: [label.start, label.end], source: 'label' };
    return;
  }
  const os = findOs(text);
  if (!os) return;
  // A named release of an OS ("RHEL 8", "Windows Server 2019") is one wherever it is; "Windows" or "Linux"
  // alone only when said to be the platform ("for Linux", "the linux package").
  const specific = /\d/.test(os.value) || /server/i.test(os.value);
  const cued =
    /\b(?:for|on|os\s*(?:is|:)?|operating\s+system\s*(?:is|:)?|running)\s+(?:the\s+|a\s+)?$/i.test(
      text.slice(0, os.start),
    ) ||
    /^(?:-based\b|\s+(?:package|build|version|installer|binaries|media|server|host|machine|box|cd|dvd|iso|image|kit)\b)/i.test(
      text.slice(os.end),
    ) ||
    // "the URS 8.5 package (Linux)", "SIP Server 9.0 (Win 2019)": in brackets after what is asked for, its platform.
    /(?:\d|\b(?:package|pkg|installer|build|version|release|media|binaries|kit|iso|image|download))\s*\(\s*$/i.test(
      text.slice(0, os.start),
    );
  // "after the Windows 11 24H2 rollout", "since the RHEL 8.9 patching": the OS is what changed, not the platform.
  // "we're migrating to Windows Server 2022 next month": the OS moved to is what changes, not the platform asked.
  const changed =
    OS_CHANGED.test(text.slice(os.end, os.end + 24)) ||
    OS_MOVED_TO.test(text.slice(Math.max(0, os.start - 40), os.start)) ||
    overlaps([os.start, os.end], slots.circumstances?.span);
  if ((specific || cued) && !changed && !asksWhereToFind(sentences(text), [os.start, os.end]))
    slots.os = { value: os.value, confidence: 0.8, span: [os.start, os.end], source: 'text' };
}
