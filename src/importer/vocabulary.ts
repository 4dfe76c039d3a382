// The words archive exports use around a release: type and scope labels, website menus, contact-block openings, month names.
import type { Lang } from '../lib/languages.ts';
import type { ReleaseType } from '../release/schema.ts';
import { site } from '../site.config.ts';

/** Normalises a short line for comparison: lower case, no accents, single spaces, straight apostrophes. */
export function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Type labels as exports print them, in any of the three languages. */
export const TYPE_LABELS: Record<string, ReleaseType> = Object.fromEntries(
  (
    [
      ['communiqué', 'communique'],
      ['communique', 'communique'],
      ['communiqué de presse', 'communique'],
      ['press release', 'communique'],
      ['comunicado', 'communique'],
      ['comunicado de prensa', 'communique'],
      ['nota de prensa', 'communique'],
      ['media release', 'communique'],
      ['news release', 'communique'],
      ['news', 'news'],
      ['actualité', 'news'],
      ['actualités', 'news'],
      ['noticia', 'news'],
      ['noticias', 'news'],
      ['déclaration', 'statement'],
      ['statement', 'statement'],
      ['declaración', 'statement'],
      ['note d’information', 'briefing-note'],
      ['briefing note', 'briefing-note'],
      ['nota informativa', 'briefing-note'],
      ['avis aux médias', 'media-advisory'],
      ['media advisory', 'media-advisory'],
      ['aviso a los medios', 'media-advisory'],
      ['discours', 'speech'],
      ['speech', 'speech'],
      ['discurso', 'speech'],
    ] as const
  ).map(([label, type]) => [key(label), type]),
);

export const SCOPE_LABELS: Record<string, 'global' | 'local'> = {
  global: 'global',
  mondial: 'global',
  mundial: 'global',
  local: 'local',
  national: 'local',
  nacional: 'local',
  regional: 'local',
  'régional': 'local',
};

/** Menu entries of the organisation websites that exports start with (compared with key()). */
export const MENU_LINES = new Set(
  [
    // French
    'Qui sommes nous', 'Qui sommes-nous', 'Structure', 'Notre travail', 'Agir', 'Données et recherche', '2030 AGENDA',
    'Accueil', 'Salle de presse', 'Actualités', 'Communiqués de presse', 'Publications', 'Contact', 'Contactez-nous',
    'Faire un don', 'Emplois', 'Où nous travaillons', 'Nos domaines d’action', 'Médias', 'Rechercher', 'Menu',
    'Organisation', 'Gouvernance', 'Partenariats', 'États Membres', 'Programmes', 'Projets', 'Événements', 'Documentation',
    // English
    'Who we are', 'Our Work', 'Take Action', 'Data and Research', 'Home', 'Newsroom', 'News', 'Press Releases',
    'Contact us', 'Donate', 'Careers', 'Where we work', 'What we do', 'Media', 'Search', 'Governance', 'Partnerships',
    'Member States', 'Programmes', 'Projects', 'Events', 'Get involved', 'Data', 'Research', 'About', 'About us',
    // Spanish
    'Quiénes somos', 'Nuestro trabajo', 'Actúe', 'Tome acción', 'Datos e investigación', 'Inicio', 'Sala de prensa',
    'Noticias', 'Comunicados de prensa', 'Publicaciones', 'Contacto', 'Contáctenos', 'Donar', 'Empleos', 'Dónde trabajamos',
    'Qué hacemos', 'Medios', 'Buscar', 'Gobernanza', 'Alianzas', 'Estados Miembros', 'Programas', 'Proyectos', 'Eventos',
    'Agenda 2030', 'Estructura', 'Prensa', 'Comunicados',
    // Short entries shared by the three
    'Presse', 'Press', 'Communiqués', 'Mission', 'Misión',
  ].map(key),
);

/**
 * How contact blocks open: "Pour plus d’informations", "For further information", "For media enquiries", and
 * labels alone on their line or before a colon ("Media contacts:", "Contacto de prensa", "Contact :") — not a
 * sentence that starts with those words.
 */
export const CONTACT_PHRASE =
  /(?:pour (?:plus d['’]\s*informations?|de plus amples informations|toute information)|for (?:further|more) information|para (?:más|mayor) información|for (?:media|press) (?:enquiries|inquiries)|(?:contacts? (?:presse|médias?)|(?:media|press) contacts?|(?:media|press) (?:enquiries|inquiries)|contactos? (?:de prensa|para (?:los )?medios))(?=\s*(?::|\n|$))|contactos?(?=\s*:)|contacts?(?=\s*:))/;
export const CONTACT_INTRO = new RegExp(String.raw`^${CONTACT_PHRASE.source}\b`, 'i');

/** Titles of the "related links" boxes exports end with. */
export const RELATED_LINKS = /^(?:liens connexes|liens utiles|related links|useful links|enlaces relacionados|enlaces útiles)\s*:?\s*$/i;

export const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** Short forms of the months, by month (1-12), as exports write them in dates ("Jan. 31, 2017", "2 déc. 2016"). */
export const MONTH_ABBREVIATIONS: Record<number, string[]> = {
  1: ['jan', 'janv', 'ene'],
  2: ['feb', 'fév', 'févr'],
  3: ['mar'],
  4: ['apr', 'avr', 'abr'],
  6: ['jun'],
  7: ['jul', 'juil'],
  8: ['aug', 'ago'],
  9: ['sep', 'sept', 'set'],
  10: ['oct'],
  11: ['nov'],
  12: ['dec', 'déc', 'dic'],
};

/** Frequent short words, to tell the three languages apart. */
export const STOPWORDS: Record<Lang, Set<string>> = {
  fr: new Set('le la les des du de et un une est sont dans pour par sur avec au aux qui que ce cette ont été'.split(' ')),
  en: new Set('the of and to in a is are for on with by that this from has have been was were it its'.split(' ')),
  es: new Set('el la los las del de y en un una es son para por con que se su sus al como han sido fue'.split(' ')),
};

/**
 * The organisation's short names (site configuration: "OIM", "IOM") and the UN's, as a regular-expression
 * alternative: they start an office ("OIM Lima") and end a section title ("À propos de l’OIM").
 */
export const ORGANISATION_NAMES = [...new Set([...Object.values(site.organization.shortName), 'ONU', 'UN'])]
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * Section titles releases share, alone on their line: "Background", "Notes to editors", "À propos de l’OIM",
 * "Acerca de la OIM". They become headings; no other line does (the importer cannot tell a heading from a short
 * paragraph otherwise).
 */
export const SECTION_TITLE = new RegExp(
  String.raw`^(?:background|context|contexte|antecedentes|contexto|key facts|chiffres clés|datos clave|notes? (?:to|for) editors|notes? aux rédactions|notas? (?:a|para) (?:los )?editores|(?:about|à propos de|acerca de|sobre)\s+(?:l['’]\s*|la\s+|the\s+)?(?:${ORGANISATION_NAMES}))\s*:?$`,
  'iu',
);

/**
 * A photo caption: it opens with "Photo", "Foto", "Crédit"… or holds "©", or it ends with a short credit
 * ("… at the port of Aden. Photo: IOM 2016", "… Foto: OIM/Juan Pérez").
 */
export const CAPTION = /^[([]?\s*(?:photo|foto|crédit|credit|image|imagen)\b\s*:?|©|\b(?:photo|foto|crédit(?: photo)?|photo credit|credit)\s*:\s*[^.:;!?]{1,60}[.)]?$/i;
