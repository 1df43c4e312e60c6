/**
 * One issue per case (DOMAIN.md §4, seed 001 §3.3): several issues in one message, or a new issue in
 * an existing case's thread, must become separate cases. These are the signals we act on.
 */
const NUMBERED_ITEM = /^\s*(?:\d+[.)]|[-*•])\s+(.{12,})$/gm;
const SECOND_ISSUE =
  /\b(?:(?:also|additionally|separately|another|second|unrelated|different)\b[^.?!\n]{0,40}\b(?:issue|problem|question|thing)|(?:a|one)\s+more\s+(?:issue|problem)|new\s+(?:issue|problem))\b/i;

/** The distinct issues in a message; one element when it describes a single issue. */
export function splitIssues(text: string): string[] {
  const items = [...text.matchAll(NUMBERED_ITEM)].map((m) => m[1]!.trim());
  const problemItems = items.filter((item) =>
    /\b(error|fail|down|crash|not\s+working|issue|problem|cannot|can'?t|unable|slow|drop)/i.test(item),
  );
  if (problemItems.length >= 2) return problemItems;
  const match = SECOND_ISSUE.exec(text);
  if (match && match.index > 20) {
    const first = text.slice(0, match.index).trim();
    const second = text.slice(match.index).trim();
    if (first.length >= 10 && second.length >= 10) return [first, second];
  }
  return [text.trim()];
}

/** A message in a case's thread that announces a new, different issue. */
export function announcesNewIssue(text: string): boolean {
  return SECOND_ISSUE.test(text);
}
