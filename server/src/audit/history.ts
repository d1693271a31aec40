import type { ChangeRecord } from './change-record.entity';

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields a change touched, with their old and new values, in a stable order. */
export function fieldChanges(record: Pick<ChangeRecord, 'before' | 'after'>): { field: string; from: string | null; to: string | null }[] {
  const before = record.before ?? {};
  const after = record.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({ field, from: text(before[field]), to: text(after[field]) }))
    .filter((change) => change.from !== change.to);
}
