/** A short message's sign-off ("Hi, what can I ask you here?\nDan"): the request is the text before it. */
export function withoutSignOff(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  while (lines.length > 1 && (SIGN_OFF.test(lines.at(-1)!) || NAME_LINE.test(lines.at(-1)!))) lines.pop();
  while (lines.length > 1 && GREETING_LINE.test(lines[0]!)) lines.shift();
  return lines.join(' ');
}

const SIGN_OFF =
  /^(?:thanks?|thank\s+you|thx|cheers|regards|best(?:\s+regards)?|kind\s+regards|br|rgds)(?:\s+in\s+advance)?[,!.]*(?:\s+\w[\w.-]*){0,3}$/i;
/** A name on its own line ("Dan", "Ben Ode", "- Carla"). */
const NAME_LINE = /^(?:-+\s*)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}$/;
const GREETING_LINE = /^(?:hi|hello|hey|dear\s+[\w\s]{1,30}|good\s+(?:morning|afternoon|evening))[,!.]*$/i;
