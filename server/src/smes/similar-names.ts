import { foldProvince, nameSimilarity, SIMILAR_NAME_THRESHOLD } from './matching';

/**
 * Finds the pairs of similar SME names in a whole ledger without comparing every pair: blocked by
 * country and province, and within a block filtered by pieces of the names (as in Pass-Join) and a
 * character count before the exact edit distance. Pure; unit-tested against comparing every pair.
 */

export interface NamedRow {
  id: string;
  countryCode: string;
  province: string | null;
  matchName: string;
}

/** The most edits a pair whose longer name has `length` characters may differ by and still reach `threshold`. */
function maxEdits(length: number, threshold: number): number {
  return Math.floor((1 - threshold) * length + 1e-9);
}

const counts = new Int32Array(0x10000);

/**
 * A lower bound of the edit distance, cheap to compute: characters of one name missing from the
 * other, counted with repeats (each edit fixes at most one of them on each side).
 */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i += 1) counts[a.charCodeAt(i)] += 1;
  for (let i = 0; i < b.length; i += 1) counts[b.charCodeAt(i)] -= 1;
  let surplus = 0;
  let missing = 0;
  for (let i = 0; i < a.length; i += 1) {
    const code = a.charCodeAt(i);
    if (counts[code] > 0) surplus += counts[code];
    counts[code] = 0;
  }
  for (let i = 0; i < b.length; i += 1) {
    const code = b.charCodeAt(i);
    if (counts[code] < 0) missing -= counts[code];
    counts[code] = 0;
  }
  return Math.max(surplus, missing);
}

/**
 * How a name of `length` characters is cut for indexing, and how many of its pieces a partner must
 * contain: with τ edits allowed (for the longest partner), τ + 2 pieces of which 2 are unchanged,
 * which rules out names sharing just one common word; names too short for that get τ + 1 and 1.
 */
function pieces(length: number, threshold: number): { cuts: { start: number; length: number }[]; needed: number } {
  const edits = maxEdits(Math.floor(length / threshold + 1e-9), threshold);
  // Two unchanged pieces need pieces long enough to mean something, and at most 32 (a bit mask each).
  const needed = length >= 3 * (edits + 2) && edits + 2 <= 32 ? 2 : 1;
  const count = Math.min(length, edits + needed);
  const short = Math.floor(length / count);
  const longer = length % count;
  const cuts: { start: number; length: number }[] = [];
  for (let k = 0, start = 0; k < count; k += 1) {
    const size = short + (k >= count - longer ? 1 : 0);
    cuts.push({ start, length: size });
    start += size;
  }
  return { cuts, needed };
}

/**
 * All similar pairs in one block. Pigeonhole filter (as in Pass-Join): a name within τ edits of a
 * shorter one contains all but τ of its pieces unchanged, each shifted by at most τ; only names
 * sharing enough such pieces are compared exactly.
 */
function similarInBlock<T extends NamedRow>(block: T[], threshold: number, pairs: { first: T; second: T; similarity: number }[]): void {
  const rows = [...block].sort((a, b) => a.matchName.length - b.matchName.length);
  /** By name length and piece number: the piece's text → the rows that have it there. */
  const index = new Map<number, Map<string, number[]>>();
  const slot = (length: number, piece: number) => length * 64 + piece;
  const piecesOf = new Map<number, ReturnType<typeof pieces>>();
  const cut = (length: number) => {
    let found = piecesOf.get(length);
    if (!found) piecesOf.set(length, (found = pieces(length, threshold)));
    return found;
  };
  // Which pieces of each earlier row the probe contains, without allocating per probe.
  const stamp = new Int32Array(rows.length).fill(-1);
  const mask = new Uint32Array(rows.length);
  let round = 0;
  rows.forEach((probe, i) => {
    const name = probe.matchName;
    const edits = maxEdits(name.length, threshold);
    const shortest = Math.max(1, name.length - edits, Math.ceil(threshold * name.length - 1e-9));
    for (let length = shortest; length <= name.length; length += 1) {
      const { cuts, needed } = cut(length);
      round += 1;
      const touched: number[] = [];
      cuts.forEach((piece, k) => {
        const texts = index.get(slot(length, k));
        if (!texts) return;
        const from = Math.max(0, piece.start - edits);
        const to = Math.min(name.length - piece.length, piece.start + edits);
        for (let at = from; at <= to; at += 1) {
          for (const j of texts.get(name.slice(at, at + piece.length)) ?? []) {
            if (stamp[j] !== round) {
              stamp[j] = round;
              mask[j] = 0;
              touched.push(j);
            }
            mask[j] |= 1 << (k & 31);
          }
        }
      });
      for (const j of touched) {
        if (bitCount(mask[j]) < needed) continue;
        const other = rows[j];
        if (bagDistance(name, other.matchName) > edits) continue;
        const similarity = nameSimilarity(name, other.matchName);
        if (similarity >= threshold) pairs.push(probe.id < other.id ? { first: probe, second: other, similarity } : { first: other, second: probe, similarity });
      }
    }
    cut(name.length).cuts.forEach((piece, k) => {
      let texts = index.get(slot(name.length, k));
      if (!texts) index.set(slot(name.length, k), (texts = new Map<string, number[]>()));
      const text = name.slice(piece.start, piece.start + piece.length);
      const posting = texts.get(text);
      if (posting) posting.push(i);
      else texts.set(text, [i]);
    });
  });
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v; v &= v - 1) count += 1;
  return count;
}

/**
 * Pairs of rows whose names are at least `threshold` similar within the same country and province
 * (identical names included). Names are compared only inside those blocks, and inside a block only
 * when they share a piece any similar pair must share, so 100,000 SMEs take seconds, not the
 * minutes of comparing every pair. Pairs come smaller id first.
 */
export function similarNamePairs<T extends NamedRow>(rows: readonly T[], threshold = SIMILAR_NAME_THRESHOLD): { first: T; second: T; similarity: number }[] {
  const blocks = new Map<string, T[]>();
  for (const row of rows) {
    if (!row.matchName) continue;
    const key = `${row.countryCode.toUpperCase()}|${foldProvince(row.province)}`;
    const block = blocks.get(key);
    if (block) block.push(row);
    else blocks.set(key, [row]);
  }
  const pairs: { first: T; second: T; similarity: number }[] = [];
  for (const block of blocks.values()) similarInBlock(block, threshold, pairs);
  return pairs;
}
