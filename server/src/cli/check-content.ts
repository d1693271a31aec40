import { ContentError, readContent } from '../content/content-reader';

/** Prints every problem as path:line: message; true when the content is valid. */
export function checkContent(dir: string): Promise<boolean> {
  try {
    const tree = readContent(dir);
    const modules = tree.courses.reduce((n, c) => n + c.modules.length, 0);
    const questions = tree.courses.reduce((n, c) => n + c.modules.reduce((m, mod) => m + (mod.bank?.questions.length ?? 0), 0), 0);
    console.log(`Content is valid: ${tree.courses.length} courses, ${modules} modules, ${questions} questions.`);
    return Promise.resolve(true);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return Promise.resolve(false);
  }
}
