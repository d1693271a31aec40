import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { AssessmentKind } from '../common/enums';
import type { LocalizedText } from '../common/locale';
import type { CourseModule } from '../course-modules/course-module.entity';

export interface RubricCriterion {
  criterion: LocalizedText;
  points: number;
}

/**
 * A scored piece of a module. PRE_TEST and POST_TEST draw on the module's question bank and are
 * auto-scored (maxScore 100, percent); ASSIGNMENT and ACTION_PLAN are scored by a trainer.
 */
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['module', 'slug'] })
export class Assessment extends BaseEntity<'rubric' | 'maxAttempts' | 'retired'> {
  @ManyToOne('CourseModule', { ref: true })
  module: Ref<CourseModule>;

  @Property()
  slug: string;

  @Enum({ items: () => AssessmentKind })
  kind: AssessmentKind;

  @Property({ type: 'json' })
  title: LocalizedText;

  @Property({ type: 'double' })
  maxScore: number;

  @Property({ type: 'double' })
  passScore: number;

  @Property({ type: 'json', nullable: true })
  rubric: RubricCriterion[] | null = null;

  @Property()
  maxAttempts = 1;

  @Property()
  retired = false;

  constructor(module: Ref<CourseModule>, slug: string, kind: AssessmentKind, title: LocalizedText, maxScore: number, passScore: number) {
    super();
    this.module = module;
    this.slug = slug;
    this.kind = kind;
    this.title = title;
    this.maxScore = maxScore;
    this.passScore = passScore;
  }
}
