// Archive-like text for property tests and the importer's benchmark: the shapes of old exports (labels, datelines,
// captions, end marks, contact blocks, spelled-out addresses, markup debris, menu words), words and blank lines.
import fc from 'fast-check';

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9’'-]{1,12}$/);

export const archiveLine = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' ') + '.'),
  fc.constantFrom(
    'Communiqué',
    'Global',
    'Pérou – ',
    'Lima, 2 de diciembre de 2016.- ',
    'Photo : OIM/Jane Doe',
    '###',
    '- FIN -',
    'Pour plus d’informations, veuillez contacter :',
    'Jane Doe, OIM Genève, Tél. : +41 22 717 9111, Email : jdoe@iom.int',
    'jdoe [at] iom.int',
    '<img src="x.jpg">',
    'style="margin: 0pt"',
    '&quot;cité&quot;',
    'Accueil',
    'Qui sommes-nous',
    'Background',
    '',
  ),
);

/** A file of `min` to `max` such lines. */
export function archiveText(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(archiveLine, { minLength: min, maxLength: max }).map((lines) => lines.join('\n'));
}
