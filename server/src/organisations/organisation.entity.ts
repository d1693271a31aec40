import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { OrganisationType } from '../common/enums';
import { searchKey } from '../common/text';

@Entity({ tableName: 'organisation' })
@Unique({ properties: ['nameKey', 'countryCode'] })
export class Organisation extends BaseEntity<'province'> {
  @Property()
  name: string;

  /** Accent- and case-folded name: finds "Tay Ninh SME Association" whichever way it is typed. */
  @Property()
  nameKey: string;

  @Enum({ items: () => OrganisationType })
  type: OrganisationType;

  @Index()
  @Property({ length: 2 })
  countryCode: string;

  @Property({ nullable: true })
  province: string | null = null;

  constructor(name: string, type: OrganisationType, countryCode: string) {
    super();
    this.name = name;
    this.nameKey = searchKey(name);
    this.type = type;
    this.countryCode = countryCode;
  }

  rename(name: string): void {
    this.name = name;
    this.nameKey = searchKey(name);
  }
}
