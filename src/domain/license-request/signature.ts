/**
 * The requester as a signature names them (seed 003's contact details: name, corporate email, work phone,
 * employer). A signature is a few lines after the closing; each line may hold several parts split by `|`,
 * `·`, ` – ` or a comma (`Marcus Bell | Senior Implementation Engineer | Keystone CX Solutions`):
 * | a part that is                                                  | is read as                       |
 * |-----------------------------------------------------------------|----------------------------------|
 * | an address (`jo@x.example`)                                      | the email                        |
 * | a number with a label before or after (`T:`, `Direct line:`, `Office:`, `Mob:`, `(mobile)`) or alone | a phone; a work line (T, Tel, Office, Direct) beats a mobile one |
 * | two to four name words first in the block (`i.A.`, `Mr.` dropped) | the name                         |
 * | a job title (`Delivery Manager`, `Chef de projet`) or a department | nothing                          |
 * | a company: a legal form (`GmbH`, `Pvt Ltd`, `S.r.l.`), or like the address's domain (`harborline.example` → `Harborline Networks`) | the employer; a city after it is dropped |
 */
import { LEGAL_FORM } from './company-name-grammar.ts';
import type { ProseLine } from './prose-units.ts';

export interface SignatureRead {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  line: number;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** The words for an extension after a phone number (`ext. 305`, `Extn. 41`, `x305`, `poste 41`, `Durchwahl -14`, `loc. 310` as Philippine offices write it, `toestel 208`, `wew. 21`, `dahili 44`, `- Ext: 105`, `内線 210`). */
export const EXTENSION = String.raw`(?:extn\.?|ext\.?|extension|x|ramal|int\.?|interno|poste|durchwahl|nebenstelle|dw|anexo|extensi[oó]n|loc\.?|local|toestel|tst\.?|wew\.?|dahili|anknytning|lokal|内線)`;
/** "(anknytning 315)", "(toestel 208)", "(lokal 40)": in brackets after the number, a word we have no list for is the extension's (round 12). */
const EXTENSION_IN_BRACKETS = String.raw`(?:${EXTENSION}|\p{L}{2,12}\.?)`;
const PHONE_WORD = String.raw`(?:fone|telefone|tlf|tfn|puh|telf|fon|pbx|of|oficina|escrit[oó]rio|bureau|büro|ufficio|uff|ddi|did|dd|direct[oa]?(?:\s+(?:line|dial|phone))?|direkt|diretto|work(?:\s+phone)?|office(?:\s+(?:phone|line))?|desk(?:\s+phone)?|landline|business(?:\s+phone)?|t|tel|tél|tel[eé]fono|telefon[eo]?|telefoon|telephone|phone|ph|p|o|d|dir|w|fixe|mobile(?:\s+phone)?|mob|m|cell(?:\s+phone)?|cel|c|handy|hp|h\/p|móvil|movil|celular|gsm|電話|携帯)`;
/** `Direct line: +61 2 …`, `DDI …`, `Telephone (work): …`, `W: 415.555.0134`, `+1 415 555 0134 (office)`, `… ext. 22` (kept). */
const PHONE_LABEL = new RegExp(
  String.raw`^(?:(${PHONE_WORD})\b(?:\s*\(\s*(${PHONE_WORD})\s*\))?\.?\s*[:：.]?\s*)?(\+?\(?\d[\d\s()./-]{6,}\d(?:(?:,|\s+[-–])?\s*[(（]?\s*${EXTENSION}\s*[:.]?\s*-?\s*\d+\s*[)）]?|\s*[(（]\s*${EXTENSION_IN_BRACKETS}\s*-?\s*\d{1,5}\s*[)）])?)(?:\s*\(\s*(${PHONE_WORD})\s*\))?$`,
  'iu',
);
/** `HP` is a hand phone where Singapore and Malaysia write it so. */
const MOBILE = /^(?:mobile(?:\s+phone)?|mob|m|cell(?:\s+phone)?|cel|c|handy|hp|h\/p|móvil|movil|celular|gsm|携帯)$/i;
const FAX = /^\s*(?:fax|f)\b\.?\s*[:：]/i;
const SKIP =
  /^(?:sent\s+from|get\s+outlook|envoyé\s+de|enviado\s+desde|von\s+meinem|https?:|www\.|\[|<|this\s+(?:e-?mail|message)|confidential)/i;
const NAME_WORD =
  /^(?:[\p{Lu}][\p{Ll}'’.-]+(?:-[\p{Lu}][\p{Ll}]+)?|[\p{Lu}]{2,}|van|von|de|der|den|da|di|del|dos|du|la|le|ter|O['’][\p{Lu}][\p{Ll}]+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})$/u;
const HONORIFIC = /^(?:i\.\s?A\.|i\.\s?V\.|ppa\.|p\.\s?p\.|mr\.?|mrs\.?|ms\.?|dr\.?|herr|frau|sr\.|sra\.)\s+/i;
const TITLE =
  /\b(?:engineer|manager|consultant|architect|director|coordinator|co-ordinator|lead|head|specialist|analyst|officer|administrator|admin|developer|technician|owner|president|vp|ceo|cto|coo|cfo|founder|partner\s+manager|account\s+(?:manager|executive)|sales|pre-?sales|pr[ée]-?vendas?|preventa|support|engineering|operations|licensing|desk|department|team|practice|delivery|project|programme|program|solutions?\s+architect|senior|junior|sr\.|jr\.|principal|chief|intern|assistant|engenheir[oa]|consultor[a]?|gerente|analista|coordenador[a]?|diretor[a]?|ingenier[oa]|jefe|chef\s+de|ingénieur|responsable|directeur|chargée?|projektleiter\w*|berater\w*|ingenieur\w*|vertrieb|leiter\w*|geschäftsführer\w*|abteilung|auftragsabwicklung|部長|課長|担当|主任|係長|マネージャー|エンジニア)\b/iu;
const ADDRESS =
  /\d{4,}|\b(?:street|st\.|road|rd\.|avenue|ave\.|blvd|suite|floor|straße|strasse|str\.|weg|platz|rue|avenida|av\.|calle|via|building|tower|p\.?o\.?\s+box)\b/i;
const LEGAL = new RegExp(String.raw`(?:^|\s)${LEGAL_FORM}(?:$|\s)|株式会社|有限会社|合同会社`, 'u');

/** The parts of a signature line. A comma splits only before a city or department, not in `Co., Ltd.`. */
function partsOf(text: string): string[] {
  return (
    text
      .split(
        /\s+[|·•–—]\s+(?!(?:ext|extension|x)\b\.?\s*[:.]?\s*\d)|\s+\/\s+(?=[+(\d])|\s+(?=(?:[Ff]ax|[Ff]|[Mm]obile|[Mm]ob|[Mm]|[Cc]ell|[Cc]|[Tt]el|[Tt]|[Pp]hone|[Pp]|[Oo]ffice|[Oo]|[Dd]irect|[Dd]|DDI|[Ww])\.?\s*[:.]?\s*\+?\(?\d[\d\s()./-]{6,}\d)|\s*\|\s*|\s+-\s+(?!(?:[Ee]xt|EXT|[Ee]xtension|x)\b\.?\s*[:.]?\s*\d)|\s{2,}|\t|\s*\/\s+(?=\p{Lu})|\s+(?:at|@)\s+(?=\p{Lu})/u,
      )
      // "414-555-0123, ext. 305", "… - Ext: 105": an extension after a comma or a dash stays with its number.
      .flatMap((part) => part.split(new RegExp(String.raw`,\s+(?!${LEGAL_FORM}(?:$|\s|,))(?!${EXTENSION}\s*\d)`, 'iu')))
      .map((p) => p.trim())
      .filter(Boolean)
  );
}

function nameOf(part: string): string | undefined {
  const text = part
    .replace(HONORIFIC, '')
    .replace(/^[-–]\s*/, '')
    .trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || TITLE.test(text) || LEGAL.test(text)) return undefined;
  if (!words.every((w) => NAME_WORD.test(w)) || !/^[\p{Lu}\p{Script=Han}]/u.test(words[0]!)) return undefined;
  return text;
}

/** Whether a company name looks like the sender's domain (`harborline.example` → `Harborline Networks`). */
export function matchesDomain(company: string, address: string | undefined): boolean {
  const label = address?.split('@')[1]?.split('.')[0]?.toLowerCase();
  if (!label) return false;
  const squashed = company
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
  const head = label.split(/[-_]/)[0]!;
  return (head.length >= 3 && squashed.startsWith(head)) || madeOfWordHeads(label.replace(/[-_]/g, ''), company);
}

/** Words a company's domain leaves out: its legal form and the small words between its name's words. */
const LEFT_OUT_OF_DOMAINS =
  /^(?:of|and|the|for|de|du|des|la|le|&|ltd|limited|plc|inc|llc|corp|corporation|co|pty|pvt|gmbh|ag|sa|bv|nv|ab|as|oy|kk|srl|spa|sas|ltda|lda|bhd|sdn)$/;

/**
 * "scas" for Southern Cross Ambulance Service, "lonestarcu" for Lone Star Credit Union, "mbfes" for Manawatu Bay
 * Fire & Emergency Services: a domain made of the first letters of the name's words, in order, each word giving
 * its head (at least one letter) — every word from the first to the last, so a word left out breaks it (round 15).
 */
function madeOfWordHeads(label: string, company: string): boolean {
  const words = company
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '' && !LEFT_OUT_OF_DOMAINS.test(w));
  if (label.length < 3 || words.length < 2 || label.length > 40) return false;
  // Whether label[from..] is made of heads of words[at..], every word giving at least its first letter.
  const fits = (from: number, at: number): boolean => {
    if (at === words.length) return from === label.length;
    const word = words[at]!;
    for (let n = Math.min(word.length, label.length - from); n >= 1; n--) {
      if (label.slice(from, from + n) !== word.slice(0, n)) continue;
      if (fits(from + n, at + 1)) return true;
    }
    return false;
  };
  return fits(0, 0);
}

/** A shared mailbox's team named after its company (round 16 §7). */
const TEAM_TAIL =
  /\s+(?:NOC|Orders?(?:\s+Desk)?|(?:Service|Help|Licen[cs]ing|Support|Order)\s*Desk|Helpdesk|Support(?:\s+Team)?|Operations|Ops|Team|Licen[cs]ing(?:\s+Team)?)$/i;
const ROLE = String.raw`(?:the\s+|your\s+)?(?:sold[\s-]?to|reseller|partner|distributor|integrator|VAR|bill[\s-]?to)(?:\s+(?:account|partner))?`;
/** `(Sold To)`, `(reseller)`, `(partner, Sold To)`: the roles a company notes beside its name (round 15, 16 §6). */
const ROLE_REMARK = new RegExp(String.raw`\s*\(${ROLE}(?:\s*[,/&]\s*${ROLE})*\)`, 'gi');
/** `mick.dunn(at)outbackcomms.example`, `ana [at] x [dot] example`: an address written so robots miss it. */
const SPELLED_AT = /\s*[([]\s*at\s*[)\]]\s*/gi;
const SPELLED_DOT = /\s*[([]\s*dot\s*[)\]]\s*/gi;

export function readSignature(lines: ProseLine[], address?: string): SignatureRead | undefined {
  const read: SignatureRead = { line: 0 };
  let phoneIsWork = false;
  const candidates: string[] = [];
  const afterTitle: string[] = [];
  for (const { text, line } of lines.slice(0, 12)) {
    // Markdown emphasis and a phone or mail symbol before a value are decoration, not part of it.
    const trimmed = text
      .replace(ROLE_REMARK, '')
      .replace(SPELLED_AT, '@')
      .replace(SPELLED_DOT, '.')
      .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
      .replace(/^[^\p{L}\p{N}+(]+/u, '')
      .trim();
    if (trimmed === '' || SKIP.test(trimmed) || trimmed.length > 120 || FAX.test(trimmed)) continue;
    // "Manager, Unified Communications" over "James River Health System": after a job title and a comma may come
    // the department, so the company a line of its own names comes first ("Solutions Architect, Evergreen …" alone is it).
    const titled = /^[^,]{2,60},\s/.test(trimmed) && TITLE.test(trimmed.split(',')[0]!);
    for (const [index, part] of partsOf(trimmed).entries()) {
      if (FAX.test(part) || /^f\.?\s*\+?\(?\d/i.test(part)) continue;
      if (titled && index > 0 && !LEGAL.test(part) && !ADDRESS.test(part)) {
        afterTitle.push(part);
        continue;
      }
      const email = EMAIL.exec(part);
      if (email) {
        read.email ??= email[0].toLowerCase();
        continue;
      }
      const phone = PHONE_LABEL.exec(part);
      if (phone && phone[3]!.replace(/\D/g, '').length >= 7) {
        const label = phone[4] ?? phone[2] ?? phone[1];
        // A mobile or the switchboard ("PBX") is the work phone only when no direct line follows.
        const work = !label || !(MOBILE.test(label) || /^pbx$/i.test(label));
        if (!read.phone || (work && !phoneIsWork)) [read.phone, phoneIsWork] = [phone[3]!.trim(), work];
        continue;
      }
      // "SkyVault Hosting NOC", "Meridian CX Orders": a company's team signs, so the company is what comes before.
      const team = TEAM_TAIL.exec(part);
      if (team && team.index > 1) {
        candidates.push(part.slice(0, team.index));
        continue;
      }
      if (!read.name && candidates.length === 0) {
        const name = nameOf(part);
        if (name) {
          read.name = name;
          read.line = line;
          continue;
        }
      }
      if (!TITLE.test(part) && !ADDRESS.test(part) && part.length >= 2 && /\p{L}/u.test(part)) candidates.push(part);
      else if (LEGAL.test(part) && !ADDRESS.test(part.replace(LEGAL, ''))) candidates.push(part);
    }
  }
  const companyAmong = (parts: string[]) =>
    parts.find((c) => LEGAL.test(c)) ??
    parts.find((c) => matchesDomain(c, address ?? read.email)) ??
    (read.name ? parts.find((c) => c.split(/\s+/).length >= 2 && c !== read.name) : undefined);
  read.company = companyAmong(candidates) ?? companyAmong(afterTitle);
  return read.name || read.email || read.phone || read.company ? read : undefined;
}
