import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeHolds, holdOf, isPreview } from '../../src/release/publication.ts';

describe('publication', () => {
  const now = new Date('2026-03-01T08:00:00Z');

  it('holds drafts back', () => {
    expect(holdOf({ draft: true }, now)).toEqual({ reason: 'draft' });
  });

  it.each([
    ['2026-03-01T09:00:01+01:00', true],
    ['2026-03-01T09:00:00+01:00', false],
    ['2026-03-01T08:00:01Z', true],
    ['2026-02-28T23:59:59-08:00', false],
    ['2026-03-01T21:59:00+14:00', false],
    ['2026-03-01T22:00:01+14:00', true],
  ])('an embargo until %s is %s at 08:00 UTC', (embargo, held) => {
    expect(holdOf({ draft: false, embargo }, now) !== undefined).toBe(held);
  });

  it('gives the same answer whatever the machine timezone', () => {
    const script = `import { holdOf } from './src/release/publication.ts';
      const now = new Date('2026-03-01T08:00:00Z');
      const cases = ['2026-03-01T09:00:01+01:00', '2026-03-01T09:00:00+01:00', '2026-03-01T22:00:01+14:00', '2026-02-28T23:59:59-08:00'];
      console.log(JSON.stringify(cases.map((e) => holdOf({ draft: false, embargo: e }, now)?.until?.toISOString() ?? null)));`;
    const answers = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'].map((TZ) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' }),
    );
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!)).toEqual(['2026-03-01T08:00:01.000Z', null, '2026-03-01T08:00:01.000Z', null]);
  });

  it('says what is held back and until when', () => {
    const text = describeHolds([
      { file: 'a.md', hold: { reason: 'draft' } },
      { file: 'b.md', hold: { reason: 'embargo', until: new Date('2030-01-01T08:00:00Z') } },
    ]);
    expect(text).toBe('2 release(s) held back:\n  draft: a.md\n  under embargo until 2030-01-01T08:00:00.000Z: b.md');
  });

  it('turns preview on only when asked', () => {
    expect(isPreview({})).toBe(false);
    expect(isPreview({ COMMUNIQUES_PREVIEW: '1' })).toBe(true);
    expect(isPreview({ COMMUNIQUES_PREVIEW: '0' })).toBe(false);
  });
});
