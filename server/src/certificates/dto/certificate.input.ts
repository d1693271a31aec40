import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ArrayMaxSize } from 'class-validator';
import { CertificateModel, IneligibleEnrolmentModel, IssueJobModel } from '../models/certificate.model';

@InputType()
export class IssueCertificatesInput {
  @Field(() => ID)
  @IsUUID()
  cohortId!: string;

  @Field(() => [ID], { nullable: true, description: 'Omit to issue to every eligible enrolment of the cohort.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(5000)
  enrolmentIds?: string[] | null;
}

@ObjectType()
export class IssueCertificatesPayload {
  @Field(() => [CertificateModel])
  issued!: CertificateModel[];

  @Field(() => [IneligibleEnrolmentModel])
  skipped!: IneligibleEnrolmentModel[];
}

@ObjectType()
export class StartCertificateIssuePayload {
  @Field(() => IssueJobModel)
  job!: IssueJobModel;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID)
  @IsUUID()
  certificateId!: string;

  @Field()
  @IsString()
  @MinLength(5, { message: 'Give the reason for revoking; verifiers will see it.' })
  @MaxLength(1000)
  reason!: string;
}

@ObjectType()
export class RevokeCertificatePayload {
  @Field(() => CertificateModel)
  certificate!: CertificateModel;
}

@InputType()
export class ReissueCertificateInput {
  @Field(() => ID)
  @IsUUID()
  certificateId!: string;
}

@ObjectType()
export class ReissueCertificatePayload {
  @Field(() => CertificateModel, { description: 'The new certificate; the old one is now SUPERSEDED.' })
  certificate!: CertificateModel;
}
