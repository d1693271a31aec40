import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Assessment } from '../assessments/assessment.entity';
import { Choice, Question } from '../assessments/question.entity';
import { CourseModule } from '../course-modules/course-module.entity';
import { Component } from '../programmes/programme.entity';
import { Course } from './course.entity';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Reads the catalogue; every method takes a set of ids so field resolvers batch. */
@Injectable()
export class CoursesService {
  constructor(private readonly em: EntityManager) {}

  async all(): Promise<Course[]> {
    const courses = await this.em.find(Course, {}, { populate: ['component'] });
    return courses.sort((a, b) => a.component.getEntity().code.localeCompare(b.component.getEntity().code) || a.slug.localeCompare(b.slug));
  }

  bySlug(slug: string): Promise<Course | null> {
    return this.em.findOne(Course, { slug });
  }

  async components(ids: readonly string[]): Promise<Map<string, Component>> {
    const rows = await this.em.find(Component, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async modulesOf(courseIds: readonly string[]): Promise<Map<string, CourseModule[]>> {
    const rows = await this.em.find(CourseModule, { course: { $in: [...courseIds] }, retired: false }, { orderBy: { position: 'asc' } });
    return groupBy(rows, (row) => row.course.id);
  }

  async moduleBySlug(courseSlug: string, moduleSlug: string): Promise<CourseModule | null> {
    return this.em.findOne(CourseModule, { slug: moduleSlug, course: { slug: courseSlug }, retired: false });
  }

  async assessmentsOf(moduleIds: readonly string[]): Promise<Map<string, Assessment[]>> {
    const rows = await this.em.find(Assessment, { module: { $in: [...moduleIds] }, retired: false }, { orderBy: { kind: 'asc', slug: 'asc' } });
    return groupBy(rows, (row) => row.module.id);
  }

  async questionsOf(moduleIds: readonly string[]): Promise<Map<string, Question[]>> {
    const rows = await this.em.find(Question, { module: { $in: [...moduleIds] }, retired: false }, { orderBy: { position: 'asc' } });
    return groupBy(rows, (row) => row.module.id);
  }

  async choicesOf(questionIds: readonly string[]): Promise<Map<string, Choice[]>> {
    const rows = await this.em.find(Choice, { question: { $in: [...questionIds] } }, { orderBy: { position: 'asc' } });
    return groupBy(rows, (row) => row.question.id);
  }
}
