/**
 * A close asked for in the form of a request (issue 21 §6; the settled convention that a read-write contact
 * closes their own case): the verb "close" — or its French, Spanish, Portuguese, German or Italian word —
 * said as an imperative or a permission ("close it please", "pls close", "you can close", "feel free to
 * close", "ferme le ticket svp", "puede cerrar el caso"), with the case or nothing as its object, at the start
 * of a clause and ending it. The form, not a list of phrases: "close the window and retry?" has another
 * object, "the agent has to close it before …" is no imperative, "it was closed too early" is told, and a
 * refused close ("don't close it, the fix didn't hold") is taken out before (negated-requests.ts).
 */
const CLOSE_VERB = String.raw`(?:close|fermer|fermez|ferme|cl[oô]turer|cl[oô]turez|cl[oô]ture|cerrar|cierre|cierren|cierra|fechar|feche|fechem|encerrar|encerre|schlie(?:ß|ss)en|schlie(?:ß|ss)t|chiudere|chiudete|chiudi)`;

/** The case as the object of the verb, in the same languages; "both", "all of them" for several. */
const CASE_OBJECT = String.raw`(?:it|this(?:\s+(?:one|case|ticket|request|issue|incident))?|that(?:\s+one)?|the\s+(?:case|ticket|request|issue|incident)|(?:our|my)\s+(?:case|ticket|request)|(?:both|all)(?:\s+(?:of\s+)?(?:them|the\s+cases|the\s+tickets|cases|tickets))?|them|(?:the\s+)?(?:two|2)\s+(?:cases|tickets)|(?:case|ticket)\s+#?\d{8}|#?\d{8}|(?:le|la|ce|mon|notre)\s+(?:ticket|cas|dossier|incident|demande)|(?:el|este|mi|nuestro)\s+(?:caso|ticket|incidente)|(?:o|este|meu|nosso)\s+(?:chamado|caso|ticket)|(?:das|den|dieses|diesen|unser(?:en)?)\s+(?:ticket|fall)|(?:il|questo)\s+(?:ticket|caso))`;

/** Words of courtesy or time around the request: "please", "pls", "now", "svp", "from our side", "thanks". */
const COURTESY = String.raw`(?:please|pls|plz|pse|kindly|now|too|also|as\s+well|already|svp|stp|s'il\s+vous\s+pla[iî]t|por\s+favor|bitte|per\s+favore|thanks?|thank\s+you|thx|from\s+(?:our|my)\s+(?:side|end)|on\s+(?:our|my)\s+(?:side|end))`;

/** Asked as a permission or an invitation: "you can", "feel free to", "go ahead and", "ok to", "puede". */
const PERMISSION = String.raw`(?:(?:you|u)\s+(?:can|may|could)\s+(?:now\s+|already\s+|just\s+)?|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+|now\s+)?|feel\s+free\s+to\s+|go\s+ahead\s+(?:and\s+)?|(?:it'?s\s+|it\s+is\s+)?(?:ok|okay|fine|safe)\s+to\s+|happy\s+for\s+you\s+to\s+|(?:we|i)\s+(?:would\s+like|'d\s+like|want)\s+(?:you\s+)?to\s+|vous\s+pouvez\s+|pouvez-vous\s+|puede[ns]?\s+|pode[m]?\s+|k[öo]nnen\s+sie\s+|potete\s+|pu[oò]\s+)`;

/** A clause begins at the start, after punctuation or a dash, or after "so"/"and"/"then". */
const CLAUSE_START = String.raw`(?:^|[.!?;:,\n(–—-]|\b(?:so|and|donc|et|y|entonces|also)\s)`;

/**
 * Courtesy words before and after the request: at most eight, each joined by blanks or by a comma — one way
 * only, so that no run of them can be split between patterns in many ways. Before (red team round 14) the
 * runs were unbounded and a blank could be taken by either of two optional blank patterns: "also " × 4,000
 * (20 kB) in a message held the reader for more than ten minutes, every channel waiting.
 */
const COURTESY_BEFORE = String.raw`(?:${COURTESY}(?:\s*,\s+|\s+)){0,8}`;
const COURTESY_AFTER = String.raw`(?:(?:\s*,\s*|\s+)${COURTESY}){0,8}`;

const CLOSE_FORM = new RegExp(
  String.raw`${CLAUSE_START}\s*${COURTESY_BEFORE}(?:${PERMISSION}(?:${COURTESY}\s+)?${CLOSE_VERB}(?:\s+${CASE_OBJECT})?|(?:${COURTESY}\s+)?${CLOSE_VERB}\s+${CASE_OBJECT}|${COURTESY}\s+${CLOSE_VERB})${COURTESY_AFTER}\s*(?=[.!?;,\n)–—-]|$)`,
  'imu',
);

/**
 * The verb alone ("Close.", "close!") ends its sentence; followed by a comma it is the adjective ("Close, but
 * not quite"), and "close enough" is no request.
 */
const BARE_CLOSE = new RegExp(String.raw`${CLAUSE_START}\s*${CLOSE_VERB}${COURTESY_AFTER}\s*(?=[.!\n]|$)`, 'imu');

/** German puts the object first: "Sie können das Ticket schließen", "bitte den Fall schließen". */
const OBJECT_FIRST =
  /\b(?:sie\s+k[öo]nnen|k[öo]nnen\s+sie|bitte|ihr\s+k[öo]nnt)\s+(?:das|den|dieses|diesen|unser(?:en)?)\s+(?:ticket|fall)\s+(?:jetzt\s+|bitte\s+)?schlie(?:ß|ss)en\b/iu;

/** "closing is fine with us", "closing it is ok", "ok with closing": a close agreed to. */
const CLOSING_AGREED =
  /\bclosing\s+(?:it\s+|this(?:\s+one)?\s+|the\s+(?:case|ticket)\s+)?is\s+(?:fine|ok|okay|alright)\b|\b(?:ok|okay|fine|happy)\s+with\s+closing\b/i;

/** Whether the text asks for the case (or several) to be closed, in the form of a request. */
export function asksToClose(text: string): boolean {
  return CLOSE_FORM.test(text) || BARE_CLOSE.test(text) || OBJECT_FIRST.test(text) || CLOSING_AGREED.test(text);
}

/** "please close both cases", "close all of them": more than one case is asked to close. */
export const SEVERAL_CLOSED =
  /\bclos\w*\s+(?:\w+\s+)?(?:both|all(?:\s+of\s+them)?|them|(?:the\s+)?(?:two|2)\s+(?:cases|tickets))\b|\b(?:both|all)\s+(?:cases|tickets)\b[^.?!\n]{0,30}\bclos\w*/i;
