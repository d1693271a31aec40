import type { CertificateStatus } from '../../../gql/graphql';
import type { RequirementFacts, RequirementFormatters } from '../../learning/lib/requirements';

export interface EligibilityFacts {
  eligible: boolean;
  enrolment: {
    certificate?: { status: CertificateStatus } | null;
    progress: { completed: boolean; requirements: readonly { met: boolean }[] };
  };
}

/** Whether the enrolment meets every completion rule (whatever its certificates). */
export function meetsEveryRule(line: EligibilityFacts): boolean {
  const { progress } = line.enrolment;
  return progress.completed && progress.requirements.every((requirement) => requirement.met);
}

/**
 * The preview's groups: who a batch issues to; who meets every rule but had a certificate revoked
 * (the server leaves them out of a batch, so revoking sticks, unless a coordinator names them to
 * issue anew); who holds a valid certificate; and who does not qualify yet.
 */
export function groupEligibility<T extends EligibilityFacts>(
  lines: readonly T[],
): { eligible: T[]; revoked: T[]; certified: T[]; notYet: T[] } {
  const groups = { eligible: [] as T[], revoked: [] as T[], certified: [] as T[], notYet: [] as T[] };
  for (const line of lines) {
    const status = line.enrolment.certificate?.status;
    if (line.eligible) groups.eligible.push(line);
    else if (status === 'VALID') groups.certified.push(line);
    else if (status === 'REVOKED' && meetsEveryRule(line)) groups.revoked.push(line);
    else groups.notYet.push(line);
  }
  return groups;
}

/** One unmet rule as a sentence key and its values; `text` is the server's English, for anything else. */
export type ReasonText =
  | { key: 'certificates.reason.approved' | 'certificates.reason.actionPlan'; values: Record<string, never> }
  | { key: 'certificates.reason.sessionsHeld'; values: { held: string; scheduled: string } }
  | { key: 'certificates.reason.attendance'; values: { actual: string; required: string } }
  | { key: 'certificates.reason.noSessions'; values: { required: string } }
  | { key: 'certificates.reason.postTestNotPassed'; values: { module: string; actual: string; required: string } }
  | { key: 'certificates.reason.postTestNotTaken'; values: { module: string; required: string } }
  | { key: 'certificates.preview.revokedSerial'; values: { serial: string } }
  | { text: string };

/** An unmet completion rule in the reader's language, said of the trainee (the server's reason is English). */
export function reasonText(requirement: RequirementFacts, moduleTitle: string | undefined, format: RequirementFormatters): ReasonText {
  const { actual, required } = requirement;
  const fallback = { text: requirement.description };
  switch (requirement.kind) {
    case 'ENROLMENT_APPROVED':
      return { key: 'certificates.reason.approved', values: {} };
    case 'SESSIONS_HELD':
      if (actual == null || required == null) return fallback;
      return { key: 'certificates.reason.sessionsHeld', values: { held: format.count(actual), scheduled: format.count(required) } };
    case 'ATTENDANCE':
      if (required == null) return fallback;
      if (actual == null) return { key: 'certificates.reason.noSessions', values: { required: format.percent(required) } };
      return { key: 'certificates.reason.attendance', values: { actual: format.percent(actual), required: format.percent(required) } };
    case 'POST_TEST_PASSED':
      if (!moduleTitle || required == null) return fallback;
      if (actual == null)
        return { key: 'certificates.reason.postTestNotTaken', values: { module: moduleTitle, required: format.score(required) } };
      return {
        key: 'certificates.reason.postTestNotPassed',
        values: { module: moduleTitle, actual: format.score(actual), required: format.score(required) },
      };
    case 'ACTION_PLAN_ACCEPTED':
      return { key: 'certificates.reason.actionPlan', values: {} };
    default:
      return fallback;
  }
}

export interface IneligibleFacts {
  reasons: readonly string[];
  enrolment: {
    certificate?: { serial: string; status: CertificateStatus } | null;
    progress: {
      requirements: readonly RequirementFacts[];
      modules: readonly { module: { id: string; title: string } }[];
    };
  };
}

/**
 * Every reason a person does not qualify, in the reader's language: a revoked certificate first,
 * then each unmet rule from its figures; if the rules are all met but the server still says no,
 * its own words.
 */
export function ineligibleReasons(line: IneligibleFacts, format: RequirementFormatters): ReasonText[] {
  const titles = new Map(line.enrolment.progress.modules.map((entry) => [entry.module.id, entry.module.title]));
  const unmet = line.enrolment.progress.requirements.filter((requirement) => !requirement.met);
  const { certificate } = line.enrolment;
  const revoked: ReasonText[] =
    certificate?.status === 'REVOKED' ? [{ key: 'certificates.preview.revokedSerial', values: { serial: certificate.serial } }] : [];
  if (unmet.length === 0) return revoked.length > 0 ? revoked : line.reasons.map((text) => ({ text }));
  return [
    ...revoked,
    ...unmet.map((requirement) => reasonText(requirement, requirement.moduleId ? titles.get(requirement.moduleId) : undefined, format)),
  ];
}
