import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificateStatus } from '../../common/enums';
import { GraphQLDate } from '../../common/scalars';
import { EnrolmentModel } from '../../enrolments/models/enrolment.model';

@ObjectType('Certificate', { description: 'A certificate of completion and its verifiable credential.' })
export class CertificateModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Readable and unique, e.g. SEC-2016-A-0007; no gaps within a course and year.' })
  serial!: string;

  @Field({ description: 'Unguessable; the QR code encodes <public URL>/verify/<code>.' })
  verificationCode!: string;

  @Field(() => CertificateStatus)
  status!: CertificateStatus;

  @Field()
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;

  @Field({ description: 'SHA-256 (hex) of the PDF as issued.' })
  pdfSha256!: string;
}

@ObjectType('CertificateModuleLine')
export class CertificateModuleLine {
  @Field()
  title!: string;

  @Field(() => Float)
  hours!: number;
}

@ObjectType('CertificateVerification', { description: 'What a verifier learns from a code. Public.' })
export class CertificateVerificationModel {
  @Field()
  code!: string;

  @Field()
  found!: boolean;

  @Field(() => CertificateStatus, { nullable: true })
  status!: CertificateStatus | null;

  @Field(() => String, { nullable: true })
  serial!: string | null;

  @Field(() => String, { nullable: true })
  holderName!: string | null;

  @Field(() => String, { nullable: true })
  holderNativeName!: string | null;

  @Field(() => String, { nullable: true })
  courseTitle!: string | null;

  @Field(() => [CertificateModuleLine], { nullable: true })
  modules!: CertificateModuleLine[] | null;

  @Field(() => GraphQLDate, { nullable: true })
  startsOn!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  endsOn!: string | null;

  @Field(() => Float, { nullable: true, description: '0..1' })
  attendanceRate!: number | null;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;

  @Field(() => String, { nullable: true, description: 'For a SUPERSEDED certificate: the code of the one that replaced it.' })
  supersededByCode!: string | null;

  @Field(() => String, { nullable: true })
  pdfUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the PDF as issued: a PDF whose bytes hash to this is the one issued.' })
  pdfSha256!: string | null;
}

@ObjectType('IneligibleEnrolment')
export class IneligibleEnrolmentModel {
  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;

  @Field(() => [String], { description: 'Why it is not eligible, one reason a line, in plain words.' })
  reasons!: string[];
}

@ObjectType('CertificateEligibility')
export class EligibilityLineModel {
  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;

  @Field()
  eligible!: boolean;

  @Field(() => [String])
  reasons!: string[];
}

export enum IssueJobState {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}
registerEnumType(IssueJobState, { name: 'CertificateIssueJobState' });

@ObjectType('CertificateIssueJob', { description: 'A batch of certificates being issued in the background.' })
export class IssueJobModel {
  @Field(() => ID)
  id!: string;

  @Field(() => IssueJobState)
  state!: IssueJobState;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  issued!: number;

  @Field(() => Int)
  skipped!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;
}
