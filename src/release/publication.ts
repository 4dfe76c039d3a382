// Which releases readers may see: drafts and releases under embargo are held back unless the build is a preview.
import { parseInstant } from '../lib/dates.ts';

export interface PublicationState {
  draft: boolean;
  embargo?: string;
}

export type Hold = { reason: 'draft' } | { reason: 'embargo'; until: Date };

/** Why a release is held back at `now`, or undefined when it is published. Instants compare in UTC, whatever the machine's timezone. */
export function holdOf(state: PublicationState, now: Date): Hold | undefined {
  if (state.draft) return { reason: 'draft' };
  if (state.embargo) {
    const until = parseInstant(state.embargo);
    if (until && until.getTime() > now.getTime()) return { reason: 'embargo', until };
  }
  return undefined;
}

/** The preview switch: COMMUNIQUES_PREVIEW=1 builds drafts and embargoed releases too, visibly marked. */
export function isPreview(env: Record<string, string | undefined> = process.env): boolean {
  return env.COMMUNIQUES_PREVIEW === '1' || env.COMMUNIQUES_PREVIEW === 'true';
}

/** "2 releases held back: 1 draft; 1 under embargo until 2030-01-01T08:00:00.000Z (content/…)". */
export function describeHolds(held: { file: string; hold: Hold }[]): string {
  if (held.length === 0) return 'no release held back';
  const lines = held.map(({ file, hold }) =>
    hold.reason === 'draft' ? `  draft: ${file}` : `  under embargo until ${hold.until.toISOString()}: ${file}`,
  );
  return `${held.length} release(s) held back:\n${lines.join('\n')}`;
}
