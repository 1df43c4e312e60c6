/**
 * Whose PIN a sentence names (red team round 8). "The phone asks for the PIN 123456", "its PIN 654321",
 * "agent 12's PIN 482913", "une PIN 1234", "seine PIN 5678" speak of a device's or another person's PIN:
 * the label follows an article, a demonstrative, another's possessive or a noun's "'s", with at most two
 * words between ("a voicemail PIN", "the agent's desk phone PIN"). Such a PIN is removed like any, but it is
 * not the writer offering theirs: checking it would count a failed attempt against the contact for a number
 * they never meant as their PIN. "My PIN 482913", "PIN 482913" opening a sentence, "the PIN: 482913" (a colon
 * presents it) are offers.
 */
import { PIN_LABEL } from './pin-text.ts';

const ANOTHERS = [
  'a an the its his her their this that these those any some another each every which whose your no',
  'le la les un une son sa ses leur leurs ce cet cette du des votre',
  // German without "die": "die PIN lautet …" is how a writer gives their own.
  'ein eine einen einem einer sein seine seinen seinem dessen deren diese dieser diesen dieses jede jeder welche',
  'el los las una su sus este esta ese esa del al tu cada',
].flatMap((words) => words.split(' '));

/** Words between the determiner and the label: not the writer's own ("this is my PIN"), nor a verb ("this is PIN"). */
const OWN_OR_VERB =
  '(?:my|our|mon|ma|mes|notre|nos|mein|meine|meinen|unsere?|mi|mis|nuestr[oa]s?|is|are|was|were|est|ist|es|sont|son)';
const WORD = String.raw`(?!${OWN_OR_VERB}(?![\p{L}\p{N}]))[\p{L}\p{N}'’-]+`;
const NAMED_AS_ANOTHERS = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}'’])(?:${ANOTHERS.join('|')})|[\p{L}\p{N}]['’]s)(?:\s+${WORD}){0,2}\s+(?:${PIN_LABEL})(?![\s*_"'“”]*[:：])[^\p{L}\p{N}]*(?:\p{L}+\s+){0,2}$`,
  'iu',
);

/**
 * True when the words before the PIN at `start` name it as a device's or someone else's. Only the label
 * form ("… PIN 123456") is read; "123456 is my PIN" says whose it is itself.
 */
export function namedAsAnothersPin(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  return NAMED_AS_ANOTHERS.test(before);
}
