/** Files the server answers itself (same origin, so the session cookie goes with staff downloads). */
export function cohortZipPath(cohortId: string): string {
  return `/cohorts/${encodeURIComponent(cohortId)}/certificates.zip`;
}

export function signInSheetPath(sessionId: string): string {
  return `/sessions/${encodeURIComponent(sessionId)}/sign-in-sheet.pdf`;
}

/** The public verify page inside the app (the QR code's link is the absolute `verifyUrl`). */
export function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}
