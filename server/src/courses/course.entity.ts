import { Collection, Entity, ManyToOne, OneToMany, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { LocalizedText } from '../common/locale';
import { Component } from '../programmes/programme.entity';
import { CourseModule } from '../course-modules/course-module.entity';

export interface CompletionRules {
  minAttendanceRate: number;
  requirePostTestPass: boolean;
  requireActionPlan: boolean;
  postTestAttempts: number;
}

/** A modular programme, loaded from `content/courses/<slug>/`. */
@Entity({ tableName: 'course' })
export class Course extends BaseEntity {
  @Property({ unique: true })
  slug: string;

  @ManyToOne(() => Component, { ref: true })
  component: Ref<Component>;

  @Property({ type: 'json' })
  title: LocalizedText;

  @Property({ type: 'json' })
  summary: LocalizedText;

  @Property({ type: 'json' })
  completionRules: CompletionRules;

  /** SHA-256 of course.yaml, so a restart only writes what changed. */
  @Property()
  contentHash: string;

  @OneToMany(() => CourseModule, (module) => module.course, { orderBy: { position: 'asc' } })
  modules = new Collection<CourseModule>(this);

  constructor(slug: string, component: Ref<Component>, title: LocalizedText, summary: LocalizedText, completionRules: CompletionRules, contentHash: string) {
    super();
    this.slug = slug;
    this.component = component;
    this.title = title;
    this.summary = summary;
    this.completionRules = completionRules;
    this.contentHash = contentHash;
  }
}
