import { compareWithReference, GOLDEN_SAMPLES, hasReference, renderSample, writeReference } from './testing/golden';
import { pdfToolsAvailable, pdfToText, rasterise } from './testing/pdf-tools';

/**
 * Golden images: each sample is rendered to PDF, rasterised by pdftoppm and compared with a
 * reference image that a person has looked at (__golden__/*.png). After a deliberate change,
 * regenerate them with `UPDATE_GOLDEN=1 npx jest --config jest.server.config.js golden`, look at
 * every image again (what to check is in GOLDEN_SAMPLES), and commit them.
 */
const DPI = 110;
const update = process.env.UPDATE_GOLDEN === '1';
const suite = pdfToolsAvailable('certificate PDF golden images') ? describe : describe.skip;

suite('certificate PDF golden images', () => {
  it.each(GOLDEN_SAMPLES.map((sample) => [sample.name, sample] as const))('%s matches its reviewed reference', async (name, sample) => {
    const png = rasterise(await renderSample(sample), DPI);
    if (update || !hasReference(name)) {
      if (!update) throw new Error(`No reference image for ${name}: run with UPDATE_GOLDEN=1, look at it, and commit it`);
      writeReference(name, png);
      return;
    }
    const { mismatched, allowed, sameSize } = compareWithReference(name, png);
    expect(sameSize).toBe(true);
    expect(mismatched).toBeLessThanOrEqual(allowed);
  });

  it.each(GOLDEN_SAMPLES.filter((s) => s.width === undefined).map((sample) => [sample.name, sample] as const))(
    '%s: pdftotext gives the text back in logical order',
    async (_name, sample) => {
      expect(pdfToText(await renderSample(sample)).trim()).toBe(sample.text);
    },
  );

  it('a long Thai line comes back whole, broken only between words', async () => {
    const sample = GOLDEN_SAMPLES.find((s) => s.name === 'thai-long-line')!;
    const lines = pdfToText(await renderSample(sample))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(2);
    // Lines break at spaces (dropped) or between words that Thai writes without spaces.
    expect(lines.join('').replace(/ /g, '')).toBe(sample.text.replace(/ /g, ''));
    const words = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(sample.text)].map((s) => s.index));
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset = sample.text.indexOf(line, offset) + line.length;
      expect(words.has(offset) || sample.text[offset] === ' ').toBe(true);
    }
  });

  it('decomposed Vietnamese (NFD) renders exactly as composed (NFC)', async () => {
    const sample = GOLDEN_SAMPLES.find((s) => s.name === 'vietnamese-nguyen-thi-hong-nhung')!;
    const decomposed = sample.text.normalize('NFD');
    expect(decomposed).not.toBe(sample.text);
    expect((await renderSample(sample, decomposed)).equals(await renderSample(sample))).toBe(true);
  });
});

suite('certificate PDF golden image tolerance', () => {
  it('rejects Myanmar left in typing order (ေ after ကျ, as PDFKit’s own layout draws it)', async () => {
    const sample = GOLDEN_SAMPLES.find((s) => s.name === 'myanmar-kyaung')!;
    const wrong = rasterise(await renderSample(sample, sample.text, ['ကျ', 'ောင်း']), DPI);
    const { mismatched, allowed } = compareWithReference(sample.name, wrong, false);
    expect(mismatched).toBeGreaterThan(allowed);
  });

  it('rejects a Khmer sign shaped apart from its consonant (ន់ split)', async () => {
    const sample = GOLDEN_SAMPLES.find((s) => s.name === 'khmer-chan-sokha')!;
    const wrong = rasterise(await renderSample(sample, sample.text, ['ចាន', '់ សុខា']), DPI);
    const { mismatched, allowed } = compareWithReference(sample.name, wrong, false);
    expect(mismatched).toBeGreaterThan(allowed);
  });

  it('rejects a missing Vietnamese dot below (Thi for Thị)', async () => {
    const sample = GOLDEN_SAMPLES.find((s) => s.name === 'vietnamese-nguyen-thi-hong-nhung')!;
    const wrong = rasterise(await renderSample(sample, sample.text, [sample.text.replace('ị', 'i')]), DPI);
    const { mismatched, allowed } = compareWithReference(sample.name, wrong, false);
    expect(mismatched).toBeGreaterThan(allowed);
  });
});
