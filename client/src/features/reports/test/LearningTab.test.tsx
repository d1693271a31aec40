/** @jest-environment jsdom */
import './jsdom';
import { act } from 'react';
import { Route, Routes } from 'react-router';
import { ReportLearningQuery } from '../graphql/reports';
import LearningTab from '../routes/LearningTab';
import { render, text, waitFor, type Rendered } from './render';

const gain = (meanPre: number | null, meanPost: number | null, paired: number, suppressed = false) => ({
  __typename: 'KnowledgeGain' as const,
  paired,
  people: paired,
  leftOut: 2,
  meanPre,
  meanPost,
  meanGain: meanPre === null || meanPost === null ? null : meanPost - meanPre,
  normalisedGain: meanPre === null || meanPost === null ? null : (meanPost - meanPre) / (100 - meanPre),
  improvedShare: suppressed ? null : 0.8,
  suppressed,
});

const gainCell = (key: string, g: ReturnType<typeof gain>) => ({ __typename: 'GainCell' as const, key, label: key, gain: g });

const learningMock = {
  request: { query: ReportLearningQuery, variables: { filter: {} } },
  result: {
    data: {
      learningResults: {
        __typename: 'LearningResults',
        overall: gain(45, 72.5, 40),
        byCountry: [gainCell('VN', gain(50, 80, 12)), gainCell('KH', gain(40, 70, 20)), gainCell('MM', gain(null, null, 0, true))],
        bySex: [gainCell('MALE', gain(47, 71, 22)), gainCell('FEMALE', gain(43, 74, 18))],
        byModule: [
          {
            __typename: 'ModuleLearningResult',
            module: { __typename: 'CourseModule', id: 'm1', title: 'Cluster concepts and mapping', position: 1, course: { __typename: 'Course', id: 'c1', title: 'SME Cluster Development' } },
            gain: gain(45, 72.5, 40),
            questions: [
              { __typename: 'QuestionResult', questionId: 'q1', key: 'cluster-definition', prompt: 'What is an SME cluster?', paired: 40, rightBefore: 0.3, rightAfter: 0.85, suppressed: false },
              { __typename: 'QuestionResult', questionId: 'q2', key: 'mapping-tools', prompt: 'Which tool maps a value chain?', paired: 2, rightBefore: null, rightAfter: null, suppressed: true },
            ],
          },
        ],
      },
    },
  },
};

describe('learning results', () => {
  let rendered: Rendered | undefined;
  afterEach(() => rendered?.unmount());

  async function renderTab() {
    rendered = await render(
      <Routes>
        <Route path="/reports/learning" element={<LearningTab />} />
      </Routes>,
      { path: '/reports/learning', mocks: [learningMock] },
    );
    await waitFor(() => rendered!.container.querySelector('[data-testid="gain-by-country"]'));
    return rendered.container;
  }

  it('gives each knowledge-gain chart a data table as its text equivalent', async () => {
    const container = await renderTab();
    for (const testId of ['gain-by-country', 'gain-by-sex']) {
      const figure = container.querySelector(`[data-testid="${testId}"]`)!;
      const drawing = figure.querySelector('[role="img"]')!;
      // The drawing is one image, named by the chart's title and described by the summary and the table.
      const title = figure.querySelector('.chart-title')!;
      expect(drawing.getAttribute('aria-labelledby')).toBe(title.id);
      const describedBy = drawing.getAttribute('aria-describedby')!.split(' ');
      const table = figure.querySelector('[data-testid="chart-data"]')!;
      expect(describedBy).toContain(table.id);
      expect(table.querySelector('table')).not.toBeNull();
      // Hidden from sight, not from screen readers, until asked for.
      expect(table.classList.contains('visually-hidden')).toBe(true);
      expect(drawing.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    }

    const byCountry = container.querySelector('[data-testid="gain-by-country"] [data-testid="chart-data"] table')!;
    const rows = [...byCountry.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(rows).toEqual([
      ['Vietnam', '12', '50%', '80%', '30 pts', '60%'],
      ['Cambodia', '20', '40%', '70%', '30 pts', '50%'],
      ['Myanmar', 'fewer than 3', 'fewer than 3', 'fewer than 3', 'fewer than 3', 'fewer than 3'],
    ]);
    const bySex = container.querySelector('[data-testid="gain-by-sex"] [data-testid="chart-data"] table')!;
    expect([...bySex.querySelectorAll('tbody th')].map((th) => text(th))).toEqual(['Male', 'Female']);
  });

  it('shows the table on request', async () => {
    const container = await renderTab();
    const figure = container.querySelector('[data-testid="gain-by-sex"]')!;
    const toggle = figure.querySelector('button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle)).toBe('Show the figures as a table');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(figure.querySelector('[data-testid="chart-data"]')!.classList.contains('visually-hidden')).toBe(false);
    expect(text(toggle)).toBe('Hide the table');
  });

  it('draws pre and post bars with the gain beside each group', async () => {
    const container = await renderTab();
    const svg = container.querySelector('[data-testid="gain-by-country"] svg')!;
    expect(svg.querySelectorAll('.chart-bar.series-pre')).toHaveLength(3);
    expect(svg.querySelectorAll('.chart-bar.series-post')).toHaveLength(3);
    const labels = [...svg.querySelectorAll('.chart-label')].map((label) => text(label));
    expect(labels).toEqual(['Vietnam gain 30 pts · normalised 60%', 'Cambodia gain 30 pts · normalised 50%', 'Myanmar fewer than 3']);
  });

  it('lists modules with their figures and questions right before and after', async () => {
    const container = await renderTab();
    const modules = container.querySelector('[data-testid="module-results"] tbody tr')!;
    expect([...modules.children].map((cell) => text(cell))).toEqual([
      'Cluster concepts and mappingSME Cluster Development',
      '40',
      '2',
      '45%',
      '72.5%',
      '27.5 pts',
      '50%',
      '80%',
    ]);
    const questions = [...container.querySelectorAll('[data-testid="question-results"] tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(questions).toEqual([
      ['What is an SME cluster?cluster-definition', '40', '30%', '85%', '+55 pts'],
      ['Which tool maps a value chain?mapping-tools', 'fewer than 3', 'fewer than 3', 'fewer than 3', 'fewer than 3'],
    ]);
    expect(text(container.querySelector('[data-testid="gain-summary"]'))).toContain('Normalised gain50%');
  });
});
