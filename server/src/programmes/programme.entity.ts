import { Collection, Entity, ManyToOne, OneToMany, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { LocalizedText } from '../common/locale';

export interface Signatory {
  name: string;
  title: string;
}

@Entity({ tableName: 'programme' })
export class Programme extends BaseEntity<'serialPrefix' | 'signatories'> {
  @Property({ unique: true })
  slug: string;

  @Property()
  title: string;

  @Property()
  institute: string;

  @Property({ nullable: true })
  donor: string | null = null;

  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  /** Certificate serials start with it: SEC-2016-A-0007. */
  @Property({ length: 10, default: 'CERT' })
  serialPrefix = 'CERT';

  /** Who signs the certificates, from content/programme.yaml. */
  @Property({ type: 'json', default: '[]' })
  signatories: Signatory[] = [];

  @OneToMany(() => Component, (component) => component.programme)
  components = new Collection<Component>(this);

  constructor(slug: string, title: string, institute: string) {
    super();
    this.slug = slug;
    this.title = title;
    this.institute = institute;
  }
}

@Entity({ tableName: 'programme_component' })
@Unique({ properties: ['programme', 'code'] })
export class Component extends BaseEntity {
  @ManyToOne(() => Programme, { ref: true })
  programme: Ref<Programme>;

  /** A, B, C or ME. */
  @Property({ length: 4 })
  code: string;

  @Property({ type: 'json' })
  title: LocalizedText;

  constructor(programme: Ref<Programme>, code: string, title: LocalizedText) {
    super();
    this.programme = programme;
    this.code = code;
    this.title = title;
  }
}
