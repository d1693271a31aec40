import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../../content/content-reader';
import { programmeFileSchema } from '../../content/content-schema';
import { lineAt, parseYaml, type ContentIssue } from '../../content/yaml-file';
import { logframeFileSchema, type Logframe } from './logframe-schema';

export const LOGFRAME_FILE = 'indicators.yaml';

/**
 * Reads and validates content/indicators.yaml; throws ContentError naming file and line of every
 * problem. Components must be ones programme.yaml declares (a broken programme.yaml is
 * readContent's to report).
 */
export function readLogframe(root: string): Logframe {
  const issues: ContentIssue[] = [];
  const path = join(root, LOGFRAME_FILE);
  const file = relative(join(root, '..'), path);
  if (!existsSync(path)) throw new ContentError([{ file, line: 1, message: 'file is missing' }]);
  const text = readFileSync(path, 'utf8').normalize('NFC');
  const logframe = parseYaml(text, logframeFileSchema, file, issues);
  if (logframe) {
    const components = programmeComponents(root);
    logframe.indicators.forEach((indicator, index) => {
      const places: [string | undefined, (string | number)[]][] = [
        [indicator.componentCode, ['indicators', index, 'componentCode']],
        [
          'componentCode' in indicator.measure ? indicator.measure.componentCode : undefined,
          ['indicators', index, 'measure', 'componentCode'],
        ],
      ];
      for (const [code, at] of places) {
        if (code && components && !components.includes(code))
          issues.push({ file, line: lineAt(text, at), message: `${at.join('.')}: component ${code} is not in programme.yaml` });
      }
    });
  }
  if (issues.length > 0 || !logframe) throw new ContentError(issues);
  return logframe;
}

function programmeComponents(root: string): string[] | null {
  const path = join(root, 'programme.yaml');
  if (!existsSync(path)) return null;
  const programme = parseYaml(readFileSync(path, 'utf8'), programmeFileSchema, path, []);
  return programme ? programme.components.map((c) => c.code) : null;
}
