// Loaded into a build (NODE_OPTIONS=--import …): counts every read of a release file (content/communiques/**.md)
// made after Astro's content layer has written its data store, and writes the counts to COUNT_READS_OUT at exit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const releases = resolve(process.env.COMMUNIQUES_CONTENT ?? 'content', 'communiques') + sep;
const out = process.env.COUNT_READS_OUT;
const after = new Map();
let synced = false;

const pathOf = (file) => (typeof file === 'string' ? resolve(file) : file instanceof URL ? resolve(new URL(file).pathname) : '');
const read = (file) => {
  const path = pathOf(file);
  if (synced && path.startsWith(releases) && path.endsWith('.md')) after.set(path, (after.get(path) ?? 0) + 1);
};
const wrote = (file) => {
  if (pathOf(file).includes('data-store.json')) synced = true;
};
const wrap = (owner, name, before) => {
  const original = owner[name];
  owner[name] = function (file, ...rest) {
    before(file);
    return original.call(this, file, ...rest);
  };
};
for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream']) wrap(fs, name, read);
for (const name of ['readFile', 'open']) wrap(fs.promises, name, read);
for (const name of ['writeFileSync', 'writeFile']) wrap(fs, name, wrote);
wrap(fs.promises, 'writeFile', wrote);
syncBuiltinESMExports();

process.on('exit', () => {
  // Worker threads and the search-index step load this file too: the counts are those of the process that synced.
  if (out && isMainThread && synced) fs.writeFileSync(out, JSON.stringify({ synced, reads: Object.fromEntries(after) }));
});
