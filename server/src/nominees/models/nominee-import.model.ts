import { MessageParamModel } from '../../common/problem';
import { PersonModel } from '../../people/models/person.model';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export enum NomineeRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  INVALID = 'INVALID',
}
registerEnumType(NomineeRowAction, { name: 'NomineeRowAction' });

@InputType({ description: 'A nominee list: CSV or XLSX, base64-encoded, at most 2 MB.' })
export class NomineeFileInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  @Matches(/\.(csv|xlsx)$/i, { message: 'Upload a .csv or .xlsx file.', context: { reason: 'FILE_TYPE' } })
  fileName!: string;

  @Field()
  @IsString()
  // 2 MB of bytes is at most 2,796,204 base64 characters.
  @MaxLength(2_796_204, { message: 'The file is larger than 2 MB.', context: { reason: 'FILE_TOO_LARGE', params: { maxMb: 2 } } })
  contentBase64!: string;
}

@ObjectType('NomineeRowError')
export class NomineeRowErrorModel {
  @Field(() => String, { nullable: true, description: 'The column at fault, if one.' })
  column!: string | null;

  @Field({ description: 'In English.' })
  message!: string;

  @Field({
    description:
      "What is wrong, as a stable code (FULL_NAME_REQUIRED, EMAIL_INVALID, DUPLICATE_IN_FILE, …), for writing the message in the reader's language.",
  })
  reason!: string;

  @Field(() => [MessageParamModel], { description: 'The values the message is made from (value, row, max, …).' })
  params!: MessageParamModel[];
}

@ObjectType('NomineeFileError')
export class NomineeFileErrorModel {
  @Field({ description: 'In English.' })
  message!: string;

  @Field({ description: 'What is wrong, as a stable code (FILE_EMPTY, COLUMNS_MISSING, TOO_MANY_ROWS, …).' })
  reason!: string;

  @Field(() => [MessageParamModel])
  params!: MessageParamModel[];
}

@ObjectType('NomineeRow')
export class NomineeRowModel {
  @Field(() => Int, { description: 'Spreadsheet row number; the header is row 1.' })
  rowNumber!: number;

  @Field(() => String, { nullable: true })
  fullName!: string | null;

  @Field(() => String, { nullable: true })
  nativeName!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  countryCode!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => NomineeRowAction)
  action!: NomineeRowAction;

  @Field(() => [NomineeRowErrorModel])
  errors!: NomineeRowErrorModel[];
}

@ObjectType('NomineeImportPreview')
export class NomineeImportPreviewModel {
  @Field(() => [NomineeRowModel])
  rows!: NomineeRowModel[];

  @Field(() => Int)
  validCount!: number;

  @Field(() => Int)
  invalidCount!: number;

  @Field({ description: 'True when the file and every row are valid.' })
  canImport!: boolean;

  @Field(() => [String], { description: 'Problems with the file as a whole, in English.' })
  fileErrors!: string[];

  @Field(() => [NomineeFileErrorModel], { description: 'The same problems as fileErrors, with their reasons and values.' })
  fileErrorDetails!: NomineeFileErrorModel[];
}

@ObjectType()
export class ImportNomineesPayload {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [PersonModel], { description: 'Everyone in the file, in file order: ready to enrol in a cohort with enrolPeople.' })
  people!: PersonModel[];
}
