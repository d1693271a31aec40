import { Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Gender, TargetGroup } from '../common/enums';
import { searchKey } from '../common/text';
import { Organisation } from '../organisations/organisation.entity';

export interface PersonNames {
  fullName: string;
  nativeName: string | null;
}

@Entity({ tableName: 'person' })
export class Person extends BaseEntity<'nativeName' | 'province' | 'organisation' | 'position' | 'email' | 'phone' | 'searchText'> {
  /** Name in Latin script, NFC. */
  @Property()
  fullName: string;

  /** Name in the person's own script (Khmer, Myanmar, Thai), NFC. */
  @Property({ nullable: true })
  nativeName: string | null = null;

  @Enum({ items: () => Gender })
  gender: Gender;

  @Index()
  @Property({ length: 2 })
  countryCode: string;

  @Property({ nullable: true })
  province: string | null = null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null' })
  organisation: Ref<Organisation> | null = null;

  @Property({ nullable: true })
  position: string | null = null;

  @Enum({ items: () => TargetGroup })
  targetGroup: TargetGroup;

  /** Lower-case; unique when present. */
  @Property({ nullable: true, unique: true })
  email: string | null = null;

  @Property({ nullable: true })
  phone: string | null = null;

  /** Folded names and email in one column, so one LIKE searches them on SQLite and PostgreSQL alike. */
  @Index()
  @Property({ type: 'text' })
  searchText = '';

  constructor(fullName: string, gender: Gender, countryCode: string, targetGroup: TargetGroup) {
    super();
    this.fullName = fullName;
    this.gender = gender;
    this.countryCode = countryCode;
    this.targetGroup = targetGroup;
    this.refreshSearchText();
  }

  refreshSearchText(): void {
    this.searchText = [this.fullName, this.nativeName, this.email]
      .filter((part): part is string => !!part)
      .map(searchKey)
      .join(' | ');
  }
}
