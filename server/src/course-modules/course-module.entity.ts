import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { Locale, LocalizedText } from '../common/locale';
import type { Course } from '../courses/course.entity';

export type LocalizedList = { en: string[] } & Partial<Record<Locale, string[]>>;

/** One module of a course (not a Nest module): `content/courses/<course>/modules/NN-<slug>.md`. */
@Entity({ tableName: 'course_module' })
@Unique({ properties: ['course', 'slug'] })
export class CourseModule extends BaseEntity {
  @ManyToOne('Course', { ref: true })
  course: Ref<Course>;

  @Property()
  slug: string;

  @Property()
  position: number;

  @Property({ type: 'double' })
  hours: number;

  @Property({ type: 'json' })
  title: LocalizedText;

  @Property({ type: 'json' })
  objectives: LocalizedList;

  /** Lesson text in Markdown per language. */
  @Property({ type: 'json' })
  body: LocalizedText;

  /** SHA-256 of the module's files (text, translations, question bank). */
  @Property()
  contentHash: string;

  /** Set when the module's file disappears: kept for the records that point at it. */
  @Property()
  retired = false;

  constructor(course: Ref<Course>, slug: string) {
    super();
    this.course = course;
    this.slug = slug;
    this.position = 0;
    this.hours = 0;
    this.title = { en: slug };
    this.objectives = { en: [] };
    this.body = { en: '' };
    this.contentHash = '';
  }
}
