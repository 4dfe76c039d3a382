// Stops the build at once, with the fix, when it does not run on the Node version the project pins.
import { readFileSync } from 'node:fs';

export function assertPinnedNode(): void {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const pinned: string = pkg.devDependencies.node;
  const major = pinned.split('.')[0];
  if (process.versions.node.split('.')[0] !== major) {
    throw new Error(
      `This project runs on Node ${pinned} (installed by "npm install" into node_modules/.bin), ` +
        `but this is Node ${process.versions.node}. Run it through npm (npm run build, npm test), ` +
        `which puts node_modules/.bin first on the PATH.`,
    );
  }
}
