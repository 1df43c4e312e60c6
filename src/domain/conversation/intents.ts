/**
 * What a message asks for. Deterministic rules by default, behind one interface so that a model-based
 * classifier can be added later without touching the dialogues.
 */
import { type Entities, extractEntities } from './entities.ts';

export const INTENTS = [
  'open-case',
  'add-to-case',
  'case-status',
  'my-cases',
  'severity-change',
  'management-attention',
  'download',
  'controlled-software',
  'release-type',
  'license-request',
  'temp-license',
  'pin',
  'help',
  'cancel',
  'not-understood',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Understanding {
  intent: Intent;
  entities: Entities;
  /** 0..1; rules give 0.9 on a keyword match and 0.3 for the fallback. */
  confidence: number;
}

export interface IntentClassifier {
  classify(text: string, context: { knownProducts: readonly string[]; inCaseThread: boolean }): Understanding;
}

/** First match wins: the order puts narrow, high-stakes requests before broad ones. */
const RULES: Array<[Intent, RegExp]> = [
  ['cancel', /^\s*(cancel|stop|never\s*mind|forget\s+it|abort|quit)\b/i],
  [
    'help',
    /^\s*(help|\?|menu|what\s+can\s+you\s+do|commands|hi|hello|hey|good\s+(?:morning|afternoon|evening))\s*[?!.]*\s*$/i,
  ],
  [
    'pin',
    /\b(forgot|lost|reset|empty|blank|missing|no|don'?t\s+have|where\s+(?:is|do\s+i\s+find))\b[^.?!\n]{0,20}\bpin\b|\bpin\b[^.?!\n]{0,30}\b(empty|blank|forgot|lost|missing|reset)\b/i,
  ],
  [
    'temp-license',
    /\btemp(?:orary)?\s+licen[cs]e|licen[cs]e\s+(?:file\s+)?(?:has\s+)?(?:expired|expiring|expires|extension|corrupt)|licen[cs]e\s+server\s+(?:is\s+)?(?:down|lost|crashed|died|dead)|\brehost/i,
  ],
  [
    'license-request',
    /\blicen[cs]e\s+(?:request|order)|\bactivation\s+file|\bAFR\b|\border\s+kit\b|\bGARN\b|\bsellable\s+item/i,
  ],
  [
    'controlled-software',
    /\bcontrolled\s+(?:release|software|item)|\bshipping\s+control|\border\s+(?:the\s+)?(?:software|release|cd|dvd)/i,
  ],
  [
    'release-type',
    /\b(?:major|minor|maintenance)\s+(?:release|upgrade|version)\b|\bis\s+[\w.\s]*(?:→|->|to)\s*[\d.]+[^?]*\b(?:major|minor)\b/i,
  ],
  [
    'download',
    /\bdownload|\binstall(?:ation)?\s+package|\biso\s+image|\bwhere\s+(?:can|do)\s+i\s+(?:get|find)\s+(?:the\s+)?(?:software|installer|release)/i,
  ],
  [
    'management-attention',
    /\bmanage(?:ment|r)\s+attention|\bescalat|\b(?:speak|talk)\s+(?:to|with)\s+(?:a\s+)?manager|\bcomplain/i,
  ],
  [
    'severity-change',
    /\b(?:raise|increase|lower|decrease|change|upgrade|downgrade|bump|set)\b[^.?!\n]{0,30}\b(?:severity|priority)\b|\b(?:severity|priority)\b[^.?!\n]{0,20}\b(?:to|as)\s+(?:critical|high|medium|low)\b/i,
  ],
  ['my-cases', /\b(?:my|our|all)\s+(?:open\s+)?cases\b|\blist\s+(?:my\s+|our\s+)?cases\b/i],
  ['case-status', /\bstatus\b|\bupdate\s+on\b|\bany\s+(?:news|progress|update)\b|\bwhat'?s\s+happening\b/i],
  [
    'open-case',
    /\b(problem|issue|error|fail|failing|failed|failure|down|crash|crashed|crashing|not\s+working|broken|cannot|can'?t|unable|bug|outage|slow|degrad|exception|alarm|hang|hangs|stuck|drop|dropped|dropping|freez\w*|frozen|unresponsive|time[sd]?\s*out|timeout|lost|missing|wrong|incorrect|open\s+a\s+(?:new\s+)?case|new\s+case|raise\s+a\s+case)/i,
  ],
];

export const ruleBasedClassifier: IntentClassifier = {
  classify(text, context) {
    const entities = extractEntities(text, context.knownProducts);
    for (const [intent, pattern] of RULES) {
      if (!pattern.test(text)) continue;
      // A severity change is about an existing case; without one, "after the upgrade, severity
      // medium" describes a new problem.
      if (intent === 'severity-change' && !context.inCaseThread && entities.caseNumbers.length === 0) continue;
      // In a case's thread, words like "error" describe the same case unless it says it is new.
      if (intent === 'open-case' && context.inCaseThread) return { intent: 'add-to-case', entities, confidence: 0.7 };
      return { intent, entities, confidence: 0.9 };
    }
    if (entities.caseNumbers.length > 0) return { intent: 'case-status', entities, confidence: 0.6 };
    if (context.inCaseThread) return { intent: 'add-to-case', entities, confidence: 0.6 };
    return { intent: 'not-understood', entities, confidence: 0.3 };
  },
};
