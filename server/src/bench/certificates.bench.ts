/**
 * `npm run bench:certificates`: issues 1,000 certificates for one cohort on a fresh embedded
 * (SQLite) database and prints certificates per second, peak memory and the time of one
 * on-demand PDF. Targets (2-core machine): 1,000 in under 30 s, peak RSS under 400 MB, one PDF in
 * under 100 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { AssessmentResult } from '../assessments/assessment-result.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { prepareDatabase } from '../bootstrap';
import { CertificateArtefacts } from '../certificates/certificate-artefacts';
import { Certificate } from '../certificates/certificate.entity';
import { CertificatesService } from '../certificates/certificates.service';
import { Cohort } from '../cohorts/cohort.entity';
import { AssessmentKind, AttendanceStatus, EnrolmentStatus, Gender, TargetGroup } from '../common/enums';
import { loadConfig } from '../config/config';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course } from '../courses/course.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { createApp } from '../main';
import { Person } from '../people/person.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';

const COUNT = Number(process.argv[2] ?? 1000);
const NATIVE = ['ចាន់ សុខា', 'အောင်မျိုးထက်', 'รุ่งนภา แก้วคำ', null];

async function seedCohort(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  const course = await em.findOneOrFail(Course, { slug: 'bds-provider-strengthening' });
  const modules = await em.find(CourseModule, { course: course.id, retired: false }, { orderBy: { position: 'asc' } });
  const postTests = await em.find(Assessment, { module: { $in: modules.map((m) => m.id) }, kind: AssessmentKind.POST_TEST });
  const cohort = em.create(Cohort, new Cohort(em.getReference(Course, course.id, { wrapped: true }), 'Benchmark cohort', '2024-03-04', '2024-03-15', COUNT));
  const sessions = modules.flatMap((module, m) =>
    [0, 1].map((d) => em.create(TrainingSession, new TrainingSession(em.getReference(Cohort, cohort.id, { wrapped: true }), em.getReference(CourseModule, module.id, { wrapped: true }), new Date(Date.UTC(2024, 2, 4 + m * 2 + d, 1, 30)), new Date(Date.UTC(2024, 2, 4 + m * 2 + d, 9, 30))))),
  );
  await em.flush();
  for (let i = 0; i < COUNT; i += 1) {
    const person = em.create(Person, new Person(`Participant ${String(i + 1).padStart(4, '0')} Nguyễn`, i % 2 ? Gender.FEMALE : Gender.MALE, ['KH', 'MM', 'TH', 'VN'][i % 4], TargetGroup.BDS_PROVIDER));
    person.nativeName = NATIVE[i % 4];
    const enrolment = em.create(Enrolment, new Enrolment(em.getReference(Cohort, cohort.id, { wrapped: true }), em.getReference(Person, person.id, { wrapped: true })));
    enrolment.status = EnrolmentStatus.APPROVED;
    for (const session of sessions) em.create(AttendanceRecord, new AttendanceRecord(em.getReference(TrainingSession, session.id, { wrapped: true }), em.getReference(Enrolment, enrolment.id, { wrapped: true }), AttendanceStatus.PRESENT));
    for (const test of postTests) em.create(AssessmentResult, new AssessmentResult(em.getReference(Enrolment, enrolment.id, { wrapped: true }), em.getReference(Assessment, test.id, { wrapped: true }), 80, true));
    if (i % 200 === 199) {
      await em.flush();
      em.clear();
    }
  }
  await em.flush();
  return cohort.id;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  const config = { ...loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' }), database: { kind: 'sqlite' as const, path: join(dir, 'bench.db') }, dataDir: dir };
  const app = await createApp(config);
  app.useLogger(false);
  const orm = app.get(MikroORM);
  try {
    await prepareDatabase(orm, config, { log: () => undefined });
    const cohortId = await seedCohort(orm);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const service = app.get(CertificatesService);
    const started = performance.now();
    const outcome = await RequestContext.create(orm.em, () => service.issue(null, cohortId));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    const artefacts = app.get(CertificateArtefacts);
    const one = await orm.em.fork().findOneOrFail(Certificate, { serialNumber: Math.ceil(COUNT / 2) });
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const t0 = performance.now();
      await artefacts.pdf(one.facts, { serial: one.serial, verifyUrl: service.verifyUrl(one.verificationCode), revoked: false });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`certificates issued:      ${outcome.issued.length} of ${COUNT} (${outcome.skipped.length} skipped)`);
    console.log(`time to issue:            ${seconds.toFixed(1)} s (target < 30 s)`);
    console.log(`certificates per second:  ${(outcome.issued.length / seconds).toFixed(1)}`);
    console.log(`peak RSS while issuing:   ${(peak / 1024 / 1024).toFixed(0)} MB (target < 400 MB; ${(baseline / 1024 / 1024).toFixed(0)} MB before issuing)`);
    console.log(`one on-demand PDF:        median ${times[10].toFixed(1)} ms, worst ${times[19].toFixed(1)} ms of 20 (target < 100 ms)`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
