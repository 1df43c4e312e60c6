/**
 * First and last name of the requester (seed 003: "First Name", "Last Name") from a name as written:
 * | written                                   | first name   | last name  | because                                   |
 * |-------------------------------------------|--------------|------------|-------------------------------------------|
 * | `Laura Chen`                              | Laura        | Chen       | given name first, as most mail writes it  |
 * | `田中 一郎`                                 | 一郎          | 田中        | in Japanese script the family name is first |
 * | `SATO Hiroshi`                            | Hiroshi      | SATO       | the word in capitals is the family name   |
 * | `Sato Hiroshi` from `h.sato@…`             | Hiroshi      | Sato       | the address names the family name         |
 * | `Jose Ramon Dizon` from `jr.dizon@…`        | Jose Ramon   | Dizon      | the address's last part is the family name |
 * | `Ana María López García` from `ana.lopez@…` | Ana María    | López García | …and what follows it                    |
 * | `Chen, Laura`                             | Laura        | Chen       | a comma puts the family name first        |
 * | `Pieter van Dijk`                         | Pieter       | van Dijk   | particles stay with the family name       |
 * | `Ahmed Al Mansoori` from `ahmed.mansoori@…` | Ahmed      | Al Mansoori | …also when the address names the last word |
 */

export interface PersonName {
  firstName: string;
  lastName: string;
}

const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
const PARTICLE = /^(?:van|von|de|der|den|da|di|del|dos|du|la|le|ter|al|el|bin|ibn)$/i;

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export function splitPersonName(raw: string, address?: string): PersonName | undefined {
  // Quotes around a display name go, an apostrophe inside one stays (O'Connor); a remark in brackets after the
  // name ("Hughes, Patricia (Wattle Voice Pty Ltd)") is no part of it.
  const text = raw
    .replace(/"/g, '')
    .replace(/^\s*'+|'+\s*$/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || text.includes('@')) return undefined;
  if (text.includes(',')) {
    const [last, first] = text.split(',').map((p) => p.trim());
    return first && last ? { firstName: first, lastName: last } : undefined;
  }
  const words = text.split(' ');
  if (words.length < 2) return undefined;
  if (words.every((w) => JAPANESE.test(w))) return { lastName: words[0]!, firstName: words.slice(1).join(' ') };
  const capitals = words.filter((w) => /^\p{Lu}{2,}$/u.test(w));
  if (capitals.length === 1 && words.length === 2 && words.some((w) => /\p{Ll}/u.test(w))) {
    const last = capitals[0]!;
    return { lastName: last, firstName: words.find((w) => w !== last)! };
  }
  const fromAddress = byAddress(words, address);
  if (fromAddress) return fromAddress;
  // Particles (`van`, `de`) begin the family name: "Pieter van Dijk".
  const particle = words.findIndex((w, i) => i > 0 && PARTICLE.test(w));
  const split = particle > 0 ? particle : words.length - 1;
  if (words.length === 2 || particle > 0)
    return { firstName: words.slice(0, split).join(' '), lastName: words.slice(split).join(' ') };
  return { firstName: words[0]!, lastName: words.slice(1).join(' ') };
}

/**
 * The address's local part (`h.sato`, `jr.dizon`, `hiroshi.sato`, `k-yamada`) says which written word is the
 * family name: the one the local part ends with (or starts with, when it ends with the given name).
 */
function byAddress(words: string[], address: string | undefined): PersonName | undefined {
  const local = address?.split('@')[0];
  if (!local) return undefined;
  const parts = fold(local)
    .split(/[._-]+/)
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const folded = words.map(fold);
  const last = parts.at(-1)!;
  let index = folded.indexOf(last);
  if (index < 0) return undefined;
  // "Ahmed Al Mansoori" <ahmed.mansoori@…>, "Sanne van der Berg" <sanne.berg@…>: the particles before the word
  // the address names belong to the family name, as they do without an address.
  while (index > 1 && PARTICLE.test(words[index - 1]!)) index -= 1;
  // The family name is written first ("Sato Hiroshi" <h.sato@…>).
  if (index === 0) return { lastName: words[0]!, firstName: words.slice(1).join(' ') };
  // Given names before it ("Jose Ramon Dizon" <jr.dizon@…>, "Ana María López García" <ana.lopez@…>).
  return { firstName: words.slice(0, index).join(' '), lastName: words.slice(index).join(' ') };
}

/** Words that make a form's name line a team, a desk or a job title rather than a person. */
const ROLE_WORD =
  /\b(?:team|desk|sales|support|licens\w*|licenc\w*|office|department|dept|group|admin\w*|manager|engineer|director|consultant|architect|lead|head|specialist|analyst|officer|coordinator|project|services?|solutions?|systems?|operations)\b/i;
const NAME_WORDS = /^[\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){0,3}$/u;

/**
 * The requester as a form's name line writes them ("Requester: …", "Name: …"):
 * | written                          | first name       | last name  |
 * |----------------------------------|------------------|------------|
 * | `Laura Chen`                     | Laura            | Chen       |
 * | `Lindqvist, Anna`                | Anna             | Lindqvist  | a comma after the family name
 * | `van Dijk, Pieter`               | Pieter           | van Dijk   |
 * | `Jan Novak, Project Manager`     | Jan              | Novak      | a title after the comma is no name
 * | `Sales Team, NordCall`           | —                | —          | a team or desk names no one
 */
export function formLineName(written: string): PersonName | undefined {
  const text = written.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  const before = (comma < 0 ? text : text.slice(0, comma)).trim();
  if (ROLE_WORD.test(before) || !NAME_WORDS.test(before)) return undefined;
  const words = before.split(' ');
  const givenFirst = () =>
    words.length > 1 ? { firstName: words[0]!, lastName: words.slice(1).join(' ') } : undefined;
  if (comma < 0) return givenFirst();
  const after = text.slice(comma + 1).trim();
  // "Lindqvist, Anna": one to three given names after the family name (its particles before it).
  if (NAME_WORDS.test(after) && !ROLE_WORD.test(after) && after.split(' ').length <= 3)
    return { firstName: after, lastName: before };
  return givenFirst();
}
