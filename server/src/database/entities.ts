import { ActionPlan, ProgressReport } from '../action-plans/action-plan.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentResult } from '../assessments/assessment-result.entity';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { ChangeRecord } from '../audit/change-record.entity';
import { Certificate, CertificateCounter } from '../certificates/certificate.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { Choice, Question } from '../assessments/question.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { Session } from '../auth/session.entity';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course } from '../courses/course.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Component, Programme } from '../programmes/programme.entity';
import { User } from '../users/user.entity';
import { Sme, SmeDistinctPair, SmeSupport } from '../smes/sme.entity';
import { QuestionResponse } from '../assessments/question-response.entity';
import { EnrolmentTally } from '../reports/tallies/enrolment-tally.entity';
import { CohortItem, ItemPair } from '../reports/tallies/item-tally.entity';
import { SmeReach } from '../reports/tallies/sme-reach.entity';
import { TestPair } from '../reports/tallies/test-pair.entity';

export const ENTITIES = [
  Organisation,
  Person,
  User,
  Session,
  LoginThrottle,
  Programme,
  Component,
  Course,
  CourseModule,
  Assessment,
  Question,
  Choice,
  Cohort,
  TrainingSession,
  Enrolment,
  AttendanceRecord,
  AssessmentResult,
  ActionPlan,
  ProgressReport,
  ChangeRecord,
  Certificate,
  CertificateCounter,
  QuestionResponse,
  Sme,
  SmeSupport,
  SmeDistinctPair,
  EnrolmentTally,
  TestPair,
  SmeReach,
  ItemPair,
  CohortItem,
];
