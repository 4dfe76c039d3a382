// Reads the contact block at the end of an archived release into structured contacts; what it cannot read is returned to stay visible.
import { phoneNumberOf } from '../lib/phone.ts';
import type { Contact } from '../release/contact-schema.ts';
import { cleanLine } from './text.ts';
import { CONTACT_PHRASE, ORGANISATION_NAMES } from './vocabulary.ts';

export interface ContactParse {
  contacts: Contact[];
  /** Pieces of the block that could not be read; they stay in the release's text. */
  leftovers: string[];
  warnings: string[];
}

// "Pour plus d’informations, veuillez contacter :", "For further information please contact", "Para más información
// sobre el proyecto, póngase en contacto con:". The words up to the verb are the introduction; what follows
// the verb on the same line ("… please contact Jane Doe at IOM Geneva, Tel: …") is the first contact.
const INTRO_VERB = /(?:(?:veuillez|merci de|prière de|please|sírvase|favor de|por favor)\s+)?(?:contacter|contactez|contact|póngase en contacto con|contacte con|contacte a|contactar a|contactar con|comunicarse con|comuníquese con)\b/;
const INTRO = new RegExp(String.raw`^\s*${CONTACT_PHRASE.source}(?:[^,:\n]*?,?[ \t]*${INTRO_VERB.source}|[^,:\n]*,?)\s*:?\s*`, 'i');
// The words that label a detail; each label ends its word ("Telma" and "Celia" are names).
const EMAIL_WORDS = String.raw`(?:e-?mail|courriel|correo(?:\s+electr[óo]nico)?|mail)`;
const MOBILE_WORDS = String.raw`(?:mobile|portable|m[óo]vil|cel(?:ular|l)?|gsm|whatsapp)`;
const PHONE_WORDS = String.raw`(?:t[ée]l[ée]?(?:phone|[ée]fono)?|tel|phone|fax)`;
const LABEL_END = String.raw`(?![a-zà-ÿ])\s*\.?\s*:?\s*`;
const EMAIL_LABEL = new RegExp(String.raw`\b${EMAIL_WORDS}${LABEL_END}`, 'i');
const MOBILE_LABEL = new RegExp(String.raw`\b${MOBILE_WORDS}${LABEL_END}`, 'i');
const PHONE_LABEL = new RegExp(String.raw`\b(?:${PHONE_WORDS}|${MOBILE_WORDS})${LABEL_END}`, 'i');
// Parts bounded as addresses are (64 characters before the @): a long run of letters, such as base64 left by an
// export, is then scanned once, not once from every position.
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/;
const OFFICE_START = String.raw`(?:(?:l['’]\s*|la\s+|el\s+|the\s+)?(?:${ORGANISATION_NAMES})\b)`;
const OFFICE = new RegExp(`^${OFFICE_START}`);
const BARE_ORGANISATION = new RegExp(String.raw`^(?:${ORGANISATION_NAMES})$`);
// An office named by its kind first, "Bureau de l’OIM à Genève", "Oficina de la OIM en Lima", "Office of IOM in
// Dakar": an office as written, not a person called "Bureau" at "OIM Genève".
const OFFICE_PHRASE = new RegExp(String.raw`^(?:bureau|office|oficina|mission|misión|mision|délégation|delegation|delegación|sous-bureau|suboficina)\s+(?:de|du|of|del)\s+${OFFICE_START}`, 'iu');
// A unit of the organisation, named by its kind and ending with the organisation: "la Unidad de Comunicaciones de
// la OIM", "the Media Unit of IOM", "le Service de presse de l’OIM". Kept as the office, without its article.
const ORGANISATION_UNIT = new RegExp(
  String.raw`^(?:l[ae]\s+|the\s+)?((?:unidad|unité|unit|service|servicio|département|departamento|department|division|división|équipe|equipo|team|section|sección)\b.*\s(?:de la|de l['’]|of|del|de)\s*(?:${ORGANISATION_NAMES}))$`,
  'iu',
);
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|de la|da|van|von|Mac|Mc|y))*$/u;
// A number or an address coming next, maybe introduced as in a sentence ("on +41 …", "par courriel à …").
const NEXT_MEANS = String.raw`(?:\+\s?\d|[\w.+-]{1,64}@)`;
const BY_MEANS = String.raw`(?:by|par|por)\s+(?:${EMAIL_WORDS}|${PHONE_WORDS})\s+`;
const PREPOSITION = String.raw`(?:on|at|au|à|al|a|en)\s+`;
// "… or Jane Doe", "… ou avec Marie Dupont", "… o con Pedro Ruiz", or the joining word alone on its line — not
// before a number or an address ("… or jdoe@iom.int"); "and", "et", "y" and ";" only right after an e-mail address
// or a number and before a capital ("…@iom.int y Diego Pérez", "…@iom.int; Ana Ruiz"), since names have them too
// ("José Ortega y Gasset").
const SEPARATOR = new RegExp(
  String.raw`(?:^|\s+)(?:or|ou|o)(?:\s+(?:with|avec|con))?(?:\s+|$)(?!(?:${BY_MEANS})?(?:${PREPOSITION})?${NEXT_MEANS})|(?<=@[\w.-]{1,253}\.\w{1,63}|\d)(?:\s+(?:and|et|y)|\s*;)\s+(?=\p{Lu})`,
  'u',
);
// "Jane Doe at IOM Geneva on +41 …", "… au +221 … ou par courriel à …": the words before a number or an address.
const MEANS_BREAK = new RegExp(
  String.raw`(?:^|\s+)(?:(?:or|ou|o)\s+(?:${BY_MEANS})?(?:${PREPOSITION})?|(?:${BY_MEANS})?${PREPOSITION})(?=${NEXT_MEANS})`,
  'iu',
);
const NAME_AT_OFFICE = new RegExp(String.raw`^(.+?)\s+(?:at|of|from|à|de|en|a)\s+(${OFFICE_START}.*)$`, 'u');
const OFFICE_THEN_NAME = new RegExp(String.raw`^(${OFFICE_START}[^:–—]*?)(?:\s*:|\s+[–—-])\s*(.+)$`, 'u');
// "Jean Dupont OIM Dakar": a name and one office run together (not "Paul Morel IOM Tripoli IOM Tunis").
const NAME_THEN_OFFICE = new RegExp(String.raw`^(.+?)\s+(${OFFICE_START}\s+(?:(?!\s(?:${ORGANISATION_NAMES})\b).)+)$`, 'u');
// A role run on with an office: "Spokesperson IOM Geneva", "chargée de communication à l’OIM Dakar".
const ROLE_THEN_OFFICE = new RegExp(String.raw`^(.+?)\s+(?:(?:at|of|à|de|en|del|au)\s+)?(${OFFICE_START}.*)$`, 'u');
// "Jane Doe (IOM Geneva)".
const NAME_BRACKETED_OFFICE = new RegExp(String.raw`^(.+?)\s*\((${OFFICE_START}[^)]*)\)$`, 'u');
// "In Geneva: Leonard Doyle", "En Genève : Marie Dupont", "En Lima: Ana Ruiz": where the person works, then the person.
const PLACE_THEN_NAME = /^(?:[Ii]n|[Ee]n|[Àà]|[Aa])\s+(\p{Lu}[^:]{0,40}?)\s*:\s*(.+)$/u;

// A name holds no organisation's short name: "Paul Morel IOM Tripoli" is a name and an office run together.
const ORGANISATION_WORD = new RegExp(String.raw`(?:^|\s)(?:${ORGANISATION_NAMES})(?=\s|$)`, 'u');
const isName = (text: string) => NAME.test(text) && text.split(/\s+/).length <= 6 && !ORGANISATION_WORD.test(text);

// A person's role, written after their name: "Spokesperson", "chargé de communication", "Oficial de Comunicaciones".
const ROLE = /\b(?:spokes(?:person|woman|man)|officer|director|directora|directeur|directrice|(?:chief|head) of|coordinat(?:or|eur|rice)|coordinador|coordinadora|manager|assistant|asistente|specialist|especialista|consultant|advis[eo]r|asesora?|conseill(?:er|ère)|representative|représentante?|representante|chargée?|porte-parole|responsable|(?:chef|cheffe|jefe|jefa) de|attachée?|oficial|portavoz|vocer[oa]|encargad[oa]|communications?|comunicaciones|prensa)\b/i;

/**
 * A person and their office in one piece of the block: "Jane Doe at IOM Geneva", "Marie Dupont à l’OIM
 * Genève", "Ana Pérez de la OIM en Quito", or the office first, "IOM Geneva: Jane Doe", "IOM Geneva — Jane Doe",
 * the office in brackets or run on, "Jane Doe (IOM Geneva)", "Jean Dupont OIM Dakar", or the place, kept as the
 * office: "In Geneva: Jane Doe".
 */
export function personAndOffice(item: string): { name: string; office: string } | undefined {
  const at = NAME_AT_OFFICE.exec(item);
  if (at && isName(at[1]!)) return { name: at[1]!, office: normaliseOffice(at[2]!) };
  const first = OFFICE_THEN_NAME.exec(item);
  if (first && isName(first[2]!)) return { name: first[2]!, office: normaliseOffice(first[1]!) };
  const runTogether = NAME_THEN_OFFICE.exec(item);
  if (runTogether && isName(runTogether[1]!) && !ROLE.test(runTogether[1]!)) return { name: runTogether[1]!, office: normaliseOffice(runTogether[2]!) };
  const bracketed = NAME_BRACKETED_OFFICE.exec(item);
  if (bracketed && isName(bracketed[1]!)) return { name: bracketed[1]!, office: normaliseOffice(bracketed[2]!) };
  const place = PLACE_THEN_NAME.exec(item);
  if (place && isName(place[2]!)) return { name: place[2]!, office: place[1]! };
  return undefined;
}

// An address written out against spam harvesters: "jsmith [at] iom.int", "ana (arroba) oim (punto) int".
const SPELLED_DOT = /\s*[[(]\s*(?:dot|point|punto)\s*[\])]\s*/gi;
const SPELLED_EMAIL = /([\w.+-]{1,64})\s*[[(]\s*(?:at|arobase|arroba)\s*[\])]\s*([\w-]+(?:(?:\.|\s*[[(]\s*(?:dot|point|punto)\s*[\])]\s*)[\w-]+)+)/gi;

// A label that opens a detail: the word, then a colon or the number ("Tél. :", "Email:", "Tel +41"); "Telma" is a name.
const LABEL_AHEAD = String.raw`(?:${PHONE_WORDS}|${MOBILE_WORDS}|${EMAIL_WORDS})\s*\.?\s*(?::|(?=\+?\d))`;
// Where one detail ends and the next begins without a comma: a dash, a colon after an office ("IOM Mali: Tel: …"),
// a full stop or a mere space before a label ("IOM Geneva Tel: …", "IOM Geneva. Tel: …"), or a spaced dash
// between any two ("Ana Ruiz – OIM Lima – Tel: …").
const DASH_BEFORE_LABEL = new RegExp(String.raw`(?:\s+[–—-]|\s*[:.])?\s+(?=${LABEL_AHEAD})|\s+[–—]\s+`, 'i');

/**
 * Splits the block into items: lines, then " or "/" ou "/" o ", then commas (not those inside phone numbers),
 * " / ", tabs (table cells) and a dash or colon before a label.
 */
function items(block: string): string[] {
  return block
    .split('\n')
    .flatMap((line) => line.split(SEPARATOR).flatMap((part, i) => (i > 0 ? ['\u0000', part] : [part])))
    .flatMap((part) => (part === '\u0000' ? [part] : part.split(/,(?!\s*\d{2,}\b)\s*|\s+\/\s+|\s*\t\s*/)))
    .flatMap((part) => part.split(DASH_BEFORE_LABEL))
    .flatMap((part) => part.split(MEANS_BREAK))
    .map((p) => p.trim().replace(/[.;]+$/, '').trim())
    .filter((p) => p !== '');
}

/** "l’OIM au Pérou" → "OIM Pérou"; "la OIM en el Perú" → "OIM Perú"; "OIM Lima" stays. */
export function normaliseOffice(text: string): string {
  return text
    .replace(/^(?:l['’]\s*|la\s+|el\s+|the\s+)/i, '')
    .replace(new RegExp(String.raw`^((?:${ORGANISATION_NAMES})\b)\s+(?:en el|en la|de la|au|aux|en|à|in|del|de)\s+`), '$1 ')
    .trim();
}

/**
 * Formats a written number in international form, or says why it cannot. "+593.2.22.53.948/49"
 * (two numbers sharing a prefix) keeps the first, "+51 1 221 7209 poste 123" the number without its extension;
 * both are marked partial so the text stays visible.
 */
export function normalisePhone(written: string): { phone?: string; partial?: boolean; warning?: string } {
  const extension = EXTENSION.exec(written);
  const first = (extension ? written.slice(0, extension.index) : written).replace(/\s*\/\s*\d{1,3}$/, '');
  const number = phoneNumberOf(first);
  if (!number) return { warning: `phone "${written}" could not be read as a full international number; it is kept in the text` };
  if (written === first) return { phone: number.formatInternational() };
  const kept = extension ? 'the number was kept without its extension' : 'the first number was kept';
  return { phone: number.formatInternational(), partial: true, warning: `phone "${written}": ${kept}, and the text is kept as written` };
}

/** An extension after a number: "poste 123", "ext. 45", "anexo 2201", "int. 12". */
const EXTENSION = /\s*,?\s*(?:poste|ext\.?|extension|extensión|anexo|int\.|interno)\s*:?\s*\d{1,6}$/i;

/**
 * Reads a contact block. Its lines are read one by one (one person or one detail per line), unless the
 * block reads better as one run of text: older exports hard-wrap it like the body ("… veuillez contacter
 * Jean" / "Dupont à l’OIM Niamey, Tél. : +227 20 75" / "23 31, …"), cutting names and numbers in two.
 */
export function parseContactBlock(block: string): ContactParse {
  const byLine = readBlock(block);
  if (!block.trim().includes('\n')) return byLine;
  const joined = readBlock(block.replace(/[ \t]*\n\s*/g, ' '));
  // Or one person a line, each hard-wrapped: a line that starts with a capital after one ending with an address or
  // a number starts the next person; any other goes on.
  const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // Each line is tested against the one before it, not against all the text so far (which made long blocks quadratic).
  const perPerson = readBlock(lines.map((line, i) => (i === 0 ? '' : ENDS_WITH_MEANS.test(lines[i - 1]!) && /^\p{Lu}/u.test(line) ? '\n' : ' ') + line).join(''));
  return [joined, perPerson].reduce((best, reading) => (doubts(reading) < doubts(best) ? reading : best), byLine);
}

const ENDS_WITH_MEANS = /(?:@[\w-]{1,63}(?:\.[\w-]{1,63})+|\d)$/;

/** What a reading of a block left unsure: words left in the text, warnings, people known by one word. */
function doubts(parse: ContactParse): number {
  const leftWords = parse.leftovers.join(' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return leftWords + parse.warnings.length + parse.contacts.filter((c) => !/\s/.test(c.name)).length;
}

function readBlock(block: string): ContactParse {
  const warnings: string[] = [];
  const leftovers: string[] = [];
  const contacts: Contact[] = [];
  let defaultOffice: string | undefined;
  let current: Partial<Contact> | undefined;
  const flush = () => {
    if (!current) return;
    const { name, role, office, email, phone, mobile } = current;
    const means = { ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(mobile ? { mobile } : {}) };
    const hasMeans = Object.keys(means).length > 0;
    if (name) {
      const shared = office ?? defaultOffice;
      contacts.push({ name, ...(role ? { role } : {}), ...(shared ? { office: shared } : {}), ...means });
    } else if (defaultOffice && hasMeans) {
      // "… contacter l’OIM au Pérou, Tél. : …, Email: …": the office itself is the contact.
      contacts.push({ name: defaultOffice, ...means });
      warnings.push(`contact block: no person is named; the office ("${defaultOffice}") is the contact`);
    } else if (hasMeans) {
      const written = Object.values(means).join(', ');
      leftovers.push(written);
      warnings.push(`contact without a name (${written}) kept in the text`);
    }
    current = undefined;
  };

  // An office after a person's name is theirs; before any name, everyone's. A second office for the same person
  // stays in the text rather than replace the first.
  const setOffice = (office: string, item: string) => {
    if (!current?.name) defaultOffice = office;
    else if (!current.office) current.office = office;
    // "En Ginebra: Joel Millman, OIM": the organisation alone after the place the person was given under.
    else if (BARE_ORGANISATION.test(office) && !OFFICE.test(current.office)) current.office = `${office} ${current.office}`;
    else {
      leftovers.push(item);
      warnings.push(`contact block: a second office for ${current.name} ("${item}") is kept in the text`);
    }
  };

  // Markup debris ("mailto:…">, "" target=…) is cleaned first; the block itself is kept as received elsewhere.
  const cleaned = block
    .replace(INTRO, '')
    .split('\n')
    .map((line, n) => cleanLine(line, n).text)
    .join('\n')
    .replace(SPELLED_EMAIL, (written: string, user: string, domain: string) => {
      const address = `${user}@${domain.replace(SPELLED_DOT, '.')}`;
      warnings.push(`contact block: the address written "${written}" was read as ${address}`);
      return address;
    });
  for (const item of items(cleaned)) {
    if (item === '\u0000') {
      flush();
      continue;
    }
    if (OFFICE_PHRASE.test(item)) {
      setOffice(item, item);
      continue;
    }
    const unit = ORGANISATION_UNIT.exec(item);
    if (unit) {
      setOffice(unit[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), item);
      continue;
    }
    const person = personAndOffice(item);
    if (person) {
      if (current?.name) flush();
      current = { ...current, ...person };
      continue;
    }
    if (EMAIL_LABEL.test(item) || EMAIL.test(item)) {
      const email = EMAIL.exec(item)?.[0];
      if (!email) {
        warnings.push(`empty e-mail in the contact block ("${item}")`);
        continue;
      }
      current ??= {};
      if (current.email) {
        flush();
        current = {};
      }
      current.email = email.toLowerCase();
      const rest = item.replace(EMAIL_LABEL, '').replace(email, '').trim();
      if (rest) {
        leftovers.push(rest);
        warnings.push(`contact block: "${rest}" was not understood and is kept in the text`);
      }
      continue;
    }
    if (PHONE_LABEL.test(item) || /^\+\s?\d/.test(item)) {
      const written = item.replace(PHONE_LABEL, '').trim();
      const result = normalisePhone(written);
      if (result.warning) warnings.push(result.warning);
      // A contact has one phone and one mobile: another number stays in the text, in the author's hands.
      const kind = MOBILE_LABEL.test(item) ? 'mobile' : 'phone';
      if (result.phone && current?.[kind]) {
        leftovers.push(item);
        warnings.push(`contact block: a second ${kind} number${current.name ? ` for ${current.name}` : ''} ("${item}") is kept in the text`);
        continue;
      }
      if (result.phone) {
        current ??= {};
        current[kind] = result.phone;
      }
      if (!result.phone || result.partial) leftovers.push(item);
      continue;
    }
    if (OFFICE.test(item)) {
      setOffice(normaliseOffice(item), item);
      continue;
    }
    // Right after a name, a role ("Jane Doe, Spokesperson, IOM Geneva"), not a second person.
    if (current?.name && !current.role && ROLE.test(item) && item.split(/\s+/).length <= 8) {
      // "Spokesperson, IOM Geneva" or "Spokesperson IOM Geneva", "chargée de communication à l’OIM Dakar".
      const withOffice = ROLE_THEN_OFFICE.exec(item);
      current.role = withOffice ? withOffice[1]! : item;
      if (withOffice) setOffice(normaliseOffice(withOffice[2]!), item);
      continue;
    }
    if (isName(item)) {
      if (current?.name) flush();
      current ??= {};
      current.name = item;
      continue;
    }
    leftovers.push(item);
    warnings.push(`contact block: "${item}" was not understood and is kept in the text`);
  }
  flush();
  const unplaced = unplacedWords(cleaned, contacts, leftovers);
  if (unplaced.length > 0) {
    // A word of the block that reached neither a contact nor the text would be lost to readers: the block as
    // cleaned is shown instead of the pieces that were not read (the structured contacts are kept).
    warnings.push(`contact block: ${unplaced.map((w) => `"${w}"`).join(', ')} could not be placed in a contact; the block is kept in the text`);
    return { contacts, leftovers: [cleaned.replace(/\s*\n\s*/g, ' ').trim()], warnings };
  }
  return { contacts, leftovers, warnings };
}

/** Words a contact block holds besides its contacts: labels, joining words, articles of office names. */
const FRAME_WORDS = new Set(
  'or ou o y and et at of from à a de en del la el le les l the au aux al on by par por in con with tel tél téléphone teléfono telefono phone mobile portable móvil movil cel cell celular gsm whatsapp fax email e mail courriel correo electrónico electronico'.split(' '),
);

/** Words of the (cleaned) block that are neither in a contact, nor in the leftovers, nor frame words. */
export function unplacedWords(cleaned: string, contacts: Contact[], leftovers: string[]): string[] {
  const lettersOf = (text: string) => (text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []);
  const placed = new Set(lettersOf([...contacts.flatMap((c) => [c.name, c.role ?? '', c.office ?? '', c.email ?? '']), ...leftovers].join(' ')));
  return [...new Set(lettersOf(cleaned).filter((w) => !placed.has(w) && !FRAME_WORDS.has(w)))];
}

export { INTRO as CONTACT_BLOCK_INTRO };
