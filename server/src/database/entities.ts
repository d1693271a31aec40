import { Assessment } from '../assessments/assessment.entity';
import { Choice, Question } from '../assessments/question.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { Session } from '../auth/session.entity';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course } from '../courses/course.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Component, Programme } from '../programmes/programme.entity';
import { User } from '../users/user.entity';

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
];
