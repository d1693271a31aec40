/** @jest-environment jsdom */
import './jsdom';
import { Route, Routes } from 'react-router';
import { ReportAttendanceHeatmapQuery, ReportFilterOptionsQuery, ReportParticipationQuery } from '../graphql/reports';
import ParticipationTab from '../routes/ParticipationTab';
import { currentUserMock } from './fixtures';
import { render, text, waitFor, type Rendered } from './render';

const participationCell = (key: string, people: number | null, attendanceRate: number | null, completionRate: number | null, suppressed = false) => ({
  __typename: 'ParticipationCell' as const,
  key,
  label: key,
  people,
  attendanceRate,
  completionRate,
  suppressed,
});

const optionsMock = {
  request: { query: ReportFilterOptionsQuery },
  result: {
    data: {
      participation: {
        __typename: 'ParticipationResults',
        cohorts: [{ __typename: 'ParticipationCell', key: 'cohort-1', label: 'Savannakhet 2017' }],
        years: [{ __typename: 'ParticipationCell', key: '2017', label: '2017' }],
      },
    },
  },
};

function participationMock(staff: boolean) {
  return {
    request: { query: ReportParticipationQuery, variables: { filter: {}, split: 'COUNTRY', staff } },
    result: {
      data: {
        participation: {
          __typename: 'ParticipationResults',
          overall: participationCell('', 60, 0.86, 0.9),
          by: [participationCell('KH', 30, 0.9, 0.95), participationCell('JP', null, null, null, true)],
          ...(staff
            ? {
                belowThresholdCount: 140,
                belowThreshold: [
                  {
                    __typename: 'BelowThreshold',
                    enrolment: { __typename: 'Enrolment', id: 'e1' },
                    person: { __typename: 'Person', id: 'p1', fullName: 'Chan Sokha', nativeName: 'ចាន់ សុខា', countryCode: 'KH' },
                    cohort: { __typename: 'Cohort', id: 'cohort-1', title: 'Savannakhet 2017' },
                    attendanceRate: 0.5,
                    minimum: 0.8,
                  },
                ],
              }
            : {}),
        },
      },
    },
  };
}

function heatmapMock(by: string | null) {
  return {
    request: { query: ReportAttendanceHeatmapQuery, variables: { cohortId: 'cohort-1', by } },
    result: {
      data: {
        attendanceHeatmap: {
          __typename: 'AttendanceHeatmap',
          sessions: [
            { __typename: 'TrainingSession', id: 's1', startsAt: '2017-03-06T02:00:00.000Z', cancelled: false, module: { __typename: 'CourseModule', id: 'm1', title: 'Cluster concepts' } },
            { __typename: 'TrainingSession', id: 's2', startsAt: '2017-03-07T02:00:00.000Z', cancelled: false, module: { __typename: 'CourseModule', id: 'm2', title: 'Value chains' } },
          ],
          rows: [
            {
              __typename: 'HeatmapRow',
              key: 'FEMALE',
              label: 'FEMALE',
              cells: [
                { __typename: 'HeatmapCell', sessionId: 's1', rate: 1, people: 10, suppressed: false },
                { __typename: 'HeatmapCell', sessionId: 's2', rate: 0.4, people: 10, suppressed: false },
              ],
            },
            {
              __typename: 'HeatmapRow',
              key: 'OTHER',
              label: 'OTHER',
              cells: [
                { __typename: 'HeatmapCell', sessionId: 's1', rate: null, people: null, suppressed: true },
                { __typename: 'HeatmapCell', sessionId: 's2', rate: null, people: null, suppressed: true },
              ],
            },
          ],
        },
      },
    },
  };
}

describe('participation', () => {
  let rendered: Rendered | undefined;
  afterEach(() => rendered?.unmount());

  async function renderTab(roles: ('VIEWER' | 'COORDINATOR')[], mocks: object[]) {
    rendered = await render(
      <Routes>
        <Route path="/reports/participation" element={<ParticipationTab />} />
      </Routes>,
      { path: '/reports/participation', mocks: [currentUserMock(roles), optionsMock, ...(mocks as [])] },
    );
    return rendered.container;
  }

  it('shows viewers attendance and completion by split and the heat map with colour and number, but nobody by name', async () => {
    const container = await renderTab(['VIEWER'], [participationMock(false), heatmapMock('SEX')]);
    const table = await waitFor(() => container.querySelector('[data-testid="participation-table"]'));
    expect([...table.querySelectorAll('tbody tr, tfoot tr')].map((row) => [...row.children].map((c) => text(c)))).toEqual([
      ['Cambodia', '30', '90%', '95%'],
      ['Japan', 'fewer than 3', 'fewer than 3', 'fewer than 3'],
      ['All', '60', '86%', '90%'],
    ]);

    const heatmap = await waitFor(() => container.querySelector('[data-testid="attendance-heatmap"]'));
    const cells = [...heatmap.querySelectorAll('tbody td')];
    expect(cells.map((td) => text(td))).toEqual(['100%', '40%', 'fewer than 3', 'fewer than 3']);
    expect(cells.map((td) => td.className)).toEqual(['numeric heat heat-4', 'numeric heat heat-0', 'numeric heat heat-suppressed', 'numeric heat heat-suppressed']);
    expect([...heatmap.querySelectorAll('tbody th')].map((th) => text(th))).toEqual(['Female', 'Other']);
    expect(text(heatmap.querySelector('thead'))).toContain('Session 1');
    expect(container.querySelector('#heatmap-rows option[value="PEOPLE"]')).toBeNull();
    expect(container.querySelector('[data-testid="below-threshold"]')).toBeNull();
  });

  it('shows staff the people below the attendance minimum', async () => {
    // Until the current user is in, the page asks as a viewer would.
    const container = await renderTab(['COORDINATOR'], [participationMock(false), heatmapMock('SEX'), participationMock(true), heatmapMock(null)]);
    const below = await waitFor(() => container.querySelector('[data-testid="below-threshold"]'));
    expect([...below.querySelectorAll('tbody tr')].map((row) => [...row.children].map((c) => text(c)))).toEqual([
      ['Chan Sokhaចាន់ សុខា', 'Savannakhet 2017', '50%', '80%'],
    ]);
    expect(below.querySelector('[lang="km"]')).not.toBeNull();
    // The page lists the lowest rates; how many more there are, and where the whole list is, is said.
    expect(text(container.querySelector('[data-testid="below-threshold-more"]'))).toBe('Showing the lowest 1 of 140. The CSV and XLSX downloads list everyone.');
    expect([...container.querySelectorAll('[data-testid="export-below-threshold"] a')].map((a) => a.getAttribute('href'))).toEqual([
      '/reports/below-threshold.csv?lang=en',
      '/reports/below-threshold.xlsx?lang=en',
    ]);
  });
});
