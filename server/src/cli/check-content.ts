import { ContentError, readContent } from '../content/content-reader';
import { readLogframe } from '../reports/indicators/logframe-reader';

/** Prints every problem as path:line: message; true when the content and the logframe are valid. */
export function checkContent(dir: string): Promise<boolean> {
  let valid = true;
  try {
    const tree = readContent(dir);
    const modules = tree.courses.reduce((n, c) => n + c.modules.length, 0);
    const questions = tree.courses.reduce((n, c) => n + c.modules.reduce((m, mod) => m + (mod.bank?.questions.length ?? 0), 0), 0);
    console.log(`Content is valid: ${tree.courses.length} courses, ${modules} modules, ${questions} questions.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    valid = false;
  }
  try {
    const logframe = readLogframe(dir);
    console.log(`Logframe is valid: ${logframe.indicators.length} indicators.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    valid = false;
  }
  return Promise.resolve(valid);
}
