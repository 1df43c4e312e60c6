/**
 * A day of the month said alone after a need cue, which chrono-node leaves unread: "by the 15th", "before
 * Friday the 12th", and (issue 25 round 11) the same in the other languages partners write — "avant le 9",
 * "antes del 9", "entro il 9", "até dia 9", "bis zum 9.", "vóór de 9e". It is the next such day from the mail's
 * date (in the sender's zone). A month named after the number makes it a full date, which chrono reads instead.
 */
const ENGLISH =
  /\b(?:by|before|until|till|on|for|no\s+later\s+than)\s+(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
const MONTH_STEM =
  'jan|fe[bv]|m[äa]r|a[pvb]r|ma[iy]|mag|mei|jun|juin|giu|jul|juil|lug|aug|ao[uû]|ago|sep|set|o[ck]t|out|ott|nov|d[eé]c|dez|dic|ene|gen';
const OTHER_LANGUAGES = new RegExp(
  String.raw`(?<![\p{L}])(?:avant\s+le|d'ici\s+le|pour\s+le|au\s+plus\s+tard\s+le|antes\s+del?|hasta\s+el|para\s+el|entro\s+il|prima\s+del|at[ée]\s+(?:o\s+)?dia|at[ée]\s+o|bis\s+(?:sp[äa]testens\s+)?(?:zum|den)|v[óo]{1,2}r\s+de|uiterlijk\s+de)\s+(?:d[ií]a\s+)?(\d{1,2})(?!\d)(?:er|e|º|ª|°|\.)?(?![\d/:.,-]\d|\s*h\b|\s*(?:de\s+|del\s+|di\s+|\.\s*)?(?:${MONTH_STEM})\p{L}*)`,
  'giu',
);

/** Each match's day; `cued` unless said with `on`/`for` (the date of an event, not the date needed). */
function candidates(text: string): { index: number; text: string; day: number; cued: boolean }[] {
  const english = [...text.matchAll(ENGLISH)].map((m) => {
    const said = m[0].slice(m[0].search(/\bthe\s/i));
    return {
      index: m.index + m[0].length - said.length,
      text: said,
      day: Number(m[1]),
      cued: !/^(?:on|for)\b/i.test(m[0]),
    };
  });
  const other = [...text.matchAll(OTHER_LANGUAGES)].map((m) => {
    const at = m[0].lastIndexOf(m[1]!);
    return { index: m.index + at, text: m[0].slice(at), day: Number(m[1]), cued: true };
  });
  return [...english, ...other].sort((a, b) => a.index - b.index);
}

export function dayOfMonth(
  text: string,
  reference: Date | undefined,
  offset = 0,
): { index: number; text: string; value: string; cued: boolean } | undefined {
  // "They go live on the 20th, so the license is needed by the 18th": a day after "by"/"before" wins.
  const all = candidates(text);
  const match = all.find((m) => m.cued) ?? all[0];
  if (!match || !reference) return undefined;
  const today = new Date(reference.getTime() + offset * 60_000);
  if (match.day < 1 || match.day > 31) return undefined;
  let year = today.getUTCFullYear();
  let month = today.getUTCMonth() + (match.day < today.getUTCDate() ? 1 : 0);
  if (month > 11) [year, month] = [year + 1, 0];
  const date = new Date(Date.UTC(year, month, match.day));
  if (date.getUTCMonth() !== month) return undefined;
  return { index: match.index, text: match.text, value: date.toISOString().slice(0, 10), cued: match.cued };
}
