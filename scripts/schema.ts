// npm run schema: writes schemas/release.schema.json from the zod schema, for editors that check front matter as you type.
import { mkdirSync, writeFileSync } from 'node:fs';
import { releaseJsonSchema } from '../src/release/json-schema.ts';

mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/release.schema.json', releaseJsonSchema());
process.stdout.write('schemas/release.schema.json written\n');
