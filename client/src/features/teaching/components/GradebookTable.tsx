import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { graphql } from '../../../gql';
import type { AssessmentKind, GradebookRow_EnrolmentFragment } from '../../../gql/graphql';
import { cellResult, isTrainerScored } from '../lib/gradebook';
import { GradeCell } from './GradeCell';

export const GradebookRowFragment = graphql(`
  fragment GradebookRow_enrolment on Enrolment {
    id
    status
    attendanceRate
    completed
    person {
      id
      fullName
      nativeName
      countryCode
    }
    results {
      id
      score
      passed
      attempt
      feedback
      assessment {
        id
      }
    }
  }
`);

export type GradebookRowData = GradebookRow_EnrolmentFragment;

export interface GradebookAssessment {
  id: string;
  kind: AssessmentKind;
  title: string;
  maxScore: number;
  passScore: number;
}

export interface GradebookColumn {
  module: { id: string; title: string };
  assessments: GradebookAssessment[];
}

/** People down the side; each module's assessments across, then attendance and completion. */
export function GradebookTable({
  cohortId,
  columns,
  rows,
  canScore,
}: {
  cohortId: string;
  columns: readonly GradebookColumn[];
  rows: readonly GradebookRowData[];
  canScore: boolean;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  return (
    <div className="table-scroll gradebook-scroll" role="region" aria-label={t('teaching.gradebook.title')} tabIndex={0}>
      <table className="data-table gradebook" data-testid="gradebook">
        <caption className="visually-hidden">{t('teaching.gradebook.title')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="sticky-col">
              {t('teaching.person.name')}
            </th>
            {columns.map((column) => (
              <th key={column.module.id} scope="colgroup" colSpan={column.assessments.length} className="module-head">
                {column.module.title}
              </th>
            ))}
            <th scope="col" rowSpan={2} className="numeric">
              {t('teaching.roster.attendance')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('teaching.roster.completed')}
            </th>
          </tr>
          <tr>
            {columns.flatMap((column) =>
              column.assessments.map((assessment) => (
                <th key={assessment.id} scope="col" className="assessment-head">
                  <span className="visually-hidden">{column.module.title}: </span>
                  {isTrainerScored(assessment.kind) ? assessment.title : labels.assessmentKind(assessment.kind)}
                  {canScore && isTrainerScored(assessment.kind) ? (
                    <Link
                      className="score-link"
                      to={`/cohorts/${cohortId}/gradebook?score=${assessment.id}`}
                      aria-label={t('teaching.gradebook.scoreLabel', { title: assessment.title, module: column.module.title })}
                    >
                      {t('teaching.gradebook.score')}
                    </Link>
                  ) : null}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="sticky-col">
                {row.person.fullName}
                {row.person.nativeName ? (
                  <span className="cell-sub" lang={nativeNameLanguage(row.person.countryCode)}>
                    {row.person.nativeName}
                  </span>
                ) : null}
              </th>
              {columns.flatMap((column) =>
                column.assessments.map((assessment) => (
                  <td key={assessment.id}>
                    <GradeCell result={cellResult(row.results, assessment)} assessment={assessment} />
                  </td>
                )),
              )}
              <td className="numeric">
                {row.attendanceRate === null || row.attendanceRate === undefined ? t('common.none') : format.percent(row.attendanceRate)}
              </td>
              <td>
                {row.completed ? (
                  <span className="grade grade-passed">
                    <span aria-hidden="true">✓ </span>
                    {t('teaching.roster.yes')}
                  </span>
                ) : (
                  <span className="meta">{t('teaching.roster.notYet')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
