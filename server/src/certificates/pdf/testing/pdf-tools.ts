import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The command-line tools the PDF tests drive: poppler-utils (pdftoppm, pdftotext, pdffonts, pdfinfo) and qpdf. */
const TOOLS = { pdftoppm: '-v', pdftotext: '-v', pdffonts: '-v', pdfinfo: '-v', qpdf: '--version' } as const;

/** Tools that are not installed; empty when the PDF tests can run. */
export function missingPdfTools(): string[] {
  return Object.entries(TOOLS)
    .filter(([tool, flag]) => spawnSync(tool, [flag], { stdio: 'ignore' }).error !== undefined)
    .map(([tool]) => tool);
}

/**
 * Whether a suite that needs the tools runs: yes when they are there; under CI=true always (so a
 * missing tool fails the run instead of hiding); elsewhere it is skipped with a message saying why.
 */
export function pdfToolsAvailable(suite: string): boolean {
  const missing = missingPdfTools();
  if (missing.length === 0 || process.env.CI === 'true') return true;
  console.warn(
    `Skipping "${suite}": ${missing.join(', ')} not installed (apt-get install poppler-utils qpdf). Under CI=true these tests fail instead.`,
  );
  return false;
}

/** Runs a tool; a missing one fails with what to install rather than a bare ENOENT. */
function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is not installed: apt-get install poppler-utils qpdf`);
    throw error;
  }
}

function withPdfFile<T>(pdf: Buffer, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, pdf);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as pdftotext extracts it (UTF-8, reading order), optionally of one page. */
export function pdfToText(pdf: Buffer, page?: number): string {
  return withPdfFile(pdf, (path) => {
    const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return run('pdftotext', ['-enc', 'UTF-8', ...pages, path, '-']);
  });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts pdffonts lists for a PDF. */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const output = withPdfFile(pdf, (path) => run('pdffonts', [path]));
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, id
      const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
      return { name: match[1], type: match[2], embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
    });
}

/** qpdf --check: exit code 0 and its report, or the failure's output. */
export function qpdfCheck(pdf: Buffer): { ok: boolean; output: string } {
  return withPdfFile(pdf, (path) => {
    const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    if (result.error) throw new Error('qpdf is not installed: apt-get install poppler-utils qpdf');
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  });
}

export function pageCount(pdf: Buffer): number {
  const info = withPdfFile(pdf, (path) => run('pdfinfo', [path]));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Page `page` (from 1) rasterised by pdftoppm as PNG bytes. */
export function rasterise(pdf: Buffer, dpi: number, page = 1): Buffer {
  return withPdfFile(pdf, (path, dir) => {
    run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', path, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}
