import { nameSimilarity } from './matching';
import { similarNamePairs } from './similar-names';

describe('similarNamePairs', () => {
  it('pairs similar names within a country and province only, smaller id first', () => {
    const rows = [
      { id: 'b', countryCode: 'KH', province: 'Siem Reap', matchName: 'sokha rice mill' },
      { id: 'a', countryCode: 'KH', province: 'Siem Reap Province', matchName: 'sokkha rice mill' },
      { id: 'c', countryCode: 'KH', province: 'Battambang', matchName: 'sokha rice mill' },
      { id: 'd', countryCode: 'TH', province: 'Siem Reap', matchName: 'sokha rice mill' },
      { id: 'e', countryCode: 'KH', province: 'Siem Reap', matchName: 'dara silk weaving' },
      { id: 'f', countryCode: 'KH', province: 'Siem Reap', matchName: 'sokha rice mill' },
    ];
    const pairs = similarNamePairs(rows).map((p) => `${p.first.id}-${p.second.id}`).sort();
    expect(pairs).toEqual(['a-b', 'a-f', 'b-f']);
  });

  it('finds exactly the pairs that comparing every pair finds', () => {
    const syllables = ['so', 'kha', 'ri', 'ce', 'mil', 'da', 'ra', 'an', 'h', 'ng', 'tr', 'a', 'o', ' '];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const names: string[] = [];
    for (let i = 0; i < 600; i += 1) {
      if (i % 3 === 1) {
        // A spelling variant of the name before: one to three letters changed, dropped or doubled.
        let variant = names[i - 1];
        for (let edit = 0, edits = Math.floor(random() * 3); edit <= edits; edit += 1) {
          const at = Math.floor(random() * variant.length);
          variant = variant.slice(0, at) + ['x', '', variant[at] ?? ''][Math.floor(random() * 3)] + variant.slice(at + 1);
        }
        names.push(variant || 'a');
      } else names.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => syllables[Math.floor(random() * syllables.length)]).join('').trim() || 'a');
    }
    const rows = names.map((matchName, i) => ({ id: String(i).padStart(4, '0'), countryCode: 'KH', province: Math.floor(i / 3) % 2 ? 'Kampot' : 'Takeo', matchName }));
    const expected: string[] = [];
    for (const a of rows) for (const b of rows) if (a.id < b.id && a.province === b.province && nameSimilarity(a.matchName, b.matchName) >= 0.85) expected.push(`${a.id}-${b.id}`);
    const found = similarNamePairs(rows).map((p) => `${p.first.id}-${p.second.id}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(50);
  });

  it('is several times faster than comparing every pair of a block (100,000 names in 80 provinces take seconds)', () => {
    const syllables = ['so', 'kha', 'da', 'ra', 'vi', 'chea', 'phal', 'sok', 'mony', 'rith', 'thi', 'nguyen', 'lan', 'hoa', 'binh', 'kyaw', 'win', 'aung', 'myo', 'som', 'chai', 'porn', 'sri', 'tha', 'nam', 'an', 'phu', 'tan', 'long', 'mai'];
    const words = ['rice', 'silk', 'mill', 'trading', 'fish', 'sauce', 'coffee', 'tea', 'handicraft', 'weaving', 'garment', 'transport', 'furniture', 'cashew', 'rubber', 'golden', 'lotus', 'mekong', 'farm', 'shop', 'guesthouse', 'bakery', 'pepper', 'palm sugar', 'pottery', 'bamboo', 'logistics', 'dried fruit', 'seafood', 'tailor'];
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = (items: string[]) => items[Math.floor(random() * items.length)];
    const blocks = 6;
    const rows = Array.from({ length: 1000 * blocks }, (_, i) => ({
      id: String(i).padStart(6, '0'),
      countryCode: 'KH',
      province: `P${i % blocks}`,
      matchName: `${pick(syllables)}${pick(syllables)} ${pick(words)} ${pick(words)}`,
    }));
    // Timed against the naive way on the same machine, so a busy machine slows both alike.
    const one = rows.filter((row) => row.province === 'P0');
    let started = performance.now();
    let naive = 0;
    for (let i = 0; i < one.length; i += 1) for (let j = i + 1; j < one.length; j += 1) if (nameSimilarity(one[i].matchName, one[j].matchName) >= 0.85) naive += 1;
    const naiveMs = (performance.now() - started) * blocks;
    started = performance.now();
    const pairs = similarNamePairs(rows);
    const blockedMs = performance.now() - started;
    expect(pairs.filter((p) => p.first.province === 'P0')).toHaveLength(naive);
    expect(blockedMs).toBeLessThan(naiveMs / 3);
  });
});
