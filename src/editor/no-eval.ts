// The editor's page forbids eval (its Content-Security-Policy). zod, which the release schema is written in, would
// compile its parsers with `new Function` where it can, and its probe alone is reported as a violation: it is told
// not to, before any schema is made (this module is imported first).
import { z } from 'astro/zod';

z.config({ jitless: true });
