/** The trainer's code is six letters and digits; people may type it in lower case or with spaces. */
export const CHECK_IN_CODE_LENGTH = 6;

export function normaliseCheckInCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function isCompleteCheckInCode(input: string): boolean {
  return normaliseCheckInCode(input).length === CHECK_IN_CODE_LENGTH;
}
