import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export interface ContentIssue {
  file: string;
  line: number;
  message: string;
}

/** Syntax problems reported per file; the first ones are the ones to fix. */
const MAX_SYNTAX_ISSUES = 5;

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/**
 * Parses YAML and validates it against a schema, reporting each problem with the line it is on.
 * `firstLine` is where the YAML starts in the file (front matter starts on line 2).
 */
export function parseYaml<S extends z.ZodTypeAny>(
  text: string,
  schema: S,
  file: string,
  issues: ContentIssue[],
  firstLine = 1,
): z.infer<S> | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // One broken bracket can make the parser report the same problem hundreds of times: each
    // distinct problem once, on the line it is on (counted from its offset), and at most a few.
    const seen = new Set<string>();
    const syntax: ContentIssue[] = [];
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
      const message = error.message.split('\n')[0];
      if (seen.has(`${line}:${message}`)) continue;
      seen.add(`${line}:${message}`);
      syntax.push({ file, line, message });
    }
    syntax.sort((a, b) => a.line - b.line);
    issues.push(...syntax.slice(0, MAX_SYNTAX_ISSUES));
    if (syntax.length > MAX_SYNTAX_ISSUES) issues.push({ file, line: syntax[MAX_SYNTAX_ISSUES].line, message: `and ${syntax.length - MAX_SYNTAX_ISSUES} more YAML syntax problems` });
    return null;
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues) {
    const line = lineOf(doc, lineCounter, issue.path) + firstLine - 1;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    issues.push({ file, line, message: `${where}${issue.message}` });
  }
  return null;
}

/** The line a path in a YAML text is on (of the deepest node along it that exists), for checks beyond the schema. */
export function lineAt(text: string, path: (string | number)[], firstLine = 1): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return lineOf(doc, lineCounter, path) + firstLine - 1;
}

/** The line of the deepest node along the path that exists. */
function lineOf(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/** Splits `---\nfront matter\n---\nbody`. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1], body: match[2] } : null;
}
