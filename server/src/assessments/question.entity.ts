import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { LocalizedText } from '../common/locale';
import type { CourseModule } from '../course-modules/course-module.entity';

export enum QuestionType {
  SINGLE = 'single',
  MULTIPLE = 'multiple',
}

/** A question in a module's bank; the pre-test and post-test both ask the bank, so gains pair up. */
@Entity({ tableName: 'question' })
@Unique({ properties: ['module', 'key'] })
export class Question extends BaseEntity<'retired'> {
  @ManyToOne('CourseModule', { ref: true })
  module: Ref<CourseModule>;

  /** The id in the bank file (q01); never reused for a different question. */
  @Property()
  key: string;

  @Enum({ items: () => QuestionType })
  type: QuestionType;

  @Property()
  position: number;

  @Property({ type: 'json' })
  prompt: LocalizedText;

  /** Removed from the file: kept for past answers, no longer asked. */
  @Property()
  retired = false;

  @OneToMany(() => Choice, (choice) => choice.question, { orderBy: { position: 'asc' } })
  choices = new Collection<Choice>(this);

  constructor(module: Ref<CourseModule>, key: string, type: QuestionType, position: number, prompt: LocalizedText) {
    super();
    this.module = module;
    this.key = key;
    this.type = type;
    this.position = position;
    this.prompt = prompt;
  }
}

@Entity({ tableName: 'question_choice' })
@Unique({ properties: ['question', 'key'] })
export class Choice extends BaseEntity {
  @ManyToOne(() => Question, { ref: true, deleteRule: 'cascade' })
  question: Ref<Question>;

  @Property()
  key: string;

  @Property()
  position: number;

  @Property({ type: 'json' })
  label: LocalizedText;

  /** Never exposed to trainees: the GraphQL `Choice` type has no such field. */
  @Property({ hidden: true })
  correct: boolean;

  constructor(question: Ref<Question>, key: string, position: number, label: LocalizedText, correct: boolean) {
    super();
    this.question = question;
    this.key = key;
    this.position = position;
    this.label = label;
    this.correct = correct;
  }
}
