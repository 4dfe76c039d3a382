// Splits a listing into pages of a fixed size; page 1 always exists, even when empty.
export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}
