import type { RequirementFacts } from '../../learning/lib/requirements';
import { groupEligibility, ineligibleReasons, meetsEveryRule, reasonText, type IneligibleFacts } from './eligibility';

const format = {
  percent: (rate: number) => `${Math.round(rate * 100)}%`,
  score: (score: number) => `${score}%`,
  count: (value: number) => String(value),
};

const rule = (facts: Partial<RequirementFacts>): RequirementFacts => ({
  kind: 'ATTENDANCE',
  met: false,
  description: 'English.',
  ...facts,
});

describe('groupEligibility', () => {
  const done = { completed: true, requirements: [{ met: true }, { met: true }] };
  const short = { completed: false, requirements: [{ met: true }, { met: false }] };

  it('splits the preview into who gets a certificate, who had one revoked, who holds one, and who does not qualify yet', () => {
    const lines = [
      { id: 'a', eligible: true, enrolment: { certificate: null, progress: done } },
      { id: 'b', eligible: false, enrolment: { certificate: { status: 'VALID' as const }, progress: done } },
      { id: 'c', eligible: false, enrolment: { certificate: null, progress: short } },
      // Meets every rule, but the certificate was revoked: the server leaves them out of a batch.
      { id: 'd', eligible: false, enrolment: { certificate: { status: 'REVOKED' as const }, progress: done } },
      // Revoked and no longer meeting the rules: simply does not qualify.
      { id: 'e', eligible: false, enrolment: { certificate: { status: 'REVOKED' as const }, progress: short } },
      { id: 'f', eligible: true, enrolment: { progress: done } },
      // Every rule met on paper, but the server says no (e.g. the course is not complete): not yet.
      { id: 'g', eligible: false, enrolment: { certificate: null, progress: { ...done, completed: false } } },
    ];
    const groups = groupEligibility(lines);
    expect(groups.eligible.map((line) => line.id)).toEqual(['a', 'f']);
    expect(groups.revoked.map((line) => line.id)).toEqual(['d']);
    expect(groups.certified.map((line) => line.id)).toEqual(['b']);
    expect(groups.notYet.map((line) => line.id)).toEqual(['c', 'e', 'g']);
  });

  it('trusts the server when it names someone whose certificate was revoked as qualifying', () => {
    const groups = groupEligibility([{ eligible: true, enrolment: { certificate: { status: 'REVOKED' as const }, progress: done } }]);
    expect(groups.eligible).toHaveLength(1);
  });
});

describe('meetsEveryRule', () => {
  it('needs the course completed and every rule met', () => {
    expect(meetsEveryRule({ eligible: false, enrolment: { progress: { completed: true, requirements: [{ met: true }] } } })).toBe(true);
    expect(meetsEveryRule({ eligible: false, enrolment: { progress: { completed: true, requirements: [{ met: false }] } } })).toBe(false);
    expect(meetsEveryRule({ eligible: false, enrolment: { progress: { completed: false, requirements: [] } } })).toBe(false);
  });
});

describe('reasonText', () => {
  it.each([
    [rule({ kind: 'ENROLMENT_APPROVED' }), undefined, { key: 'certificates.reason.approved', values: {} }],
    [
      rule({ kind: 'SESSIONS_HELD', actual: 6, required: 8 }),
      undefined,
      { key: 'certificates.reason.sessionsHeld', values: { held: '6', scheduled: '8' } },
    ],
    [
      rule({ kind: 'ATTENDANCE', actual: 0.62, required: 0.8 }),
      undefined,
      { key: 'certificates.reason.attendance', values: { actual: '62%', required: '80%' } },
    ],
    [
      rule({ kind: 'ATTENDANCE', actual: null, required: 0.8 }),
      undefined,
      { key: 'certificates.reason.noSessions', values: { required: '80%' } },
    ],
    [
      rule({ kind: 'POST_TEST_PASSED', actual: 55, required: 70, moduleId: 'm3' }),
      'Module 3',
      { key: 'certificates.reason.postTestNotPassed', values: { module: 'Module 3', actual: '55%', required: '70%' } },
    ],
    [
      rule({ kind: 'POST_TEST_PASSED', actual: null, required: 70, moduleId: 'm3' }),
      'Module 3',
      { key: 'certificates.reason.postTestNotTaken', values: { module: 'Module 3', required: '70%' } },
    ],
    [rule({ kind: 'ACTION_PLAN_ACCEPTED' }), undefined, { key: 'certificates.reason.actionPlan', values: {} }],
  ])('%p', (requirement, moduleTitle, expected) => {
    expect(reasonText(requirement, moduleTitle, format)).toEqual(expected);
  });

  it('falls back to the server’s sentence when the figures are missing', () => {
    expect(reasonText(rule({ kind: 'ATTENDANCE', required: null, description: 'Attendance unknown.' }), undefined, format)).toEqual({
      text: 'Attendance unknown.',
    });
    expect(reasonText(rule({ kind: 'POST_TEST_PASSED', required: 70, description: 'Post-test.' }), undefined, format)).toEqual({
      text: 'Post-test.',
    });
    expect(reasonText(rule({ kind: 'SESSIONS_HELD', actual: 3, description: 'Sessions.' }), undefined, format)).toEqual({
      text: 'Sessions.',
    });
  });
});

describe('ineligibleReasons', () => {
  const line = (
    requirements: RequirementFacts[],
    reasons: string[] = [],
    certificate: IneligibleFacts['enrolment']['certificate'] = null,
  ): IneligibleFacts => ({
    reasons,
    enrolment: { certificate, progress: { requirements, modules: [{ module: { id: 'm3', title: 'Module 3' } }] } },
  });

  it('gives a line for each unmet rule only, with the module’s title', () => {
    const reasons = ineligibleReasons(
      line([
        rule({ kind: 'ENROLMENT_APPROVED', met: true }),
        rule({ kind: 'ATTENDANCE', actual: 0.75, required: 0.8 }),
        rule({ kind: 'POST_TEST_PASSED', actual: 40, required: 70, moduleId: 'm3' }),
      ]),
      format,
    );
    expect(reasons).toEqual([
      { key: 'certificates.reason.attendance', values: { actual: '75%', required: '80%' } },
      { key: 'certificates.reason.postTestNotPassed', values: { module: 'Module 3', actual: '40%', required: '70%' } },
    ]);
  });

  it('says first that a certificate was revoked, in the reader’s language rather than the server’s', () => {
    const revoked = { serial: 'SEC-2016-A-0004', status: 'REVOKED' as const };
    const server = ['Certificate SEC-2016-A-0004 was revoked; choose this person by name to issue a new one.'];
    expect(ineligibleReasons(line([rule({ kind: 'ATTENDANCE', actual: 0.5, required: 0.8 })], server, revoked), format)).toEqual([
      { key: 'certificates.preview.revokedSerial', values: { serial: 'SEC-2016-A-0004' } },
      { key: 'certificates.reason.attendance', values: { actual: '50%', required: '80%' } },
    ]);
    expect(ineligibleReasons(line([rule({ met: true })], server, revoked), format)).toEqual([
      { key: 'certificates.preview.revokedSerial', values: { serial: 'SEC-2016-A-0004' } },
    ]);
  });

  it('uses the server’s reasons when every rule is met but the person still does not qualify', () => {
    expect(ineligibleReasons(line([rule({ met: true })], ['No progress is recorded for this enrolment.']), format)).toEqual([
      { text: 'No progress is recorded for this enrolment.' },
    ]);
  });
});
