/** @jest-environment jsdom */
import './jsdom';
import { Route, Routes } from 'react-router';
import { ReportIndicatorsQuery } from '../graphql/reports';
import IndicatorsTab from '../routes/IndicatorsTab';
import { cell, currentUserMock, value } from './fixtures';
import { render, text, waitFor, type Rendered } from './render';

const indicators = [
  {
    __typename: 'Indicator',
    code: 'leaders-trained',
    name: 'Leaders trained in SME cluster development',
    description: 'Completed enrolments in Component A courses.',
    unit: 'PEOPLE',
    componentCode: 'A',
    baseline: 0,
    target: 38,
    actual: value(25, 25),
    progress: 25 / 38,
    breakdown: [cell('MALE', 23, 23), cell('FEMALE', null, null, true)],
  },
  {
    __typename: 'Indicator',
    code: 'women-participants',
    name: 'Share of women among participants',
    description: null,
    unit: 'PERCENT',
    componentCode: null,
    baseline: 0.2,
    target: 0.4,
    actual: value(0.5, 50),
    progress: 1.25,
    breakdown: [cell('FEMALE', 1, 25), cell('MALE', 0, 25)],
  },
  {
    __typename: 'Indicator',
    code: 'knowledge-gain',
    name: 'Average knowledge gain',
    description: null,
    unit: 'POINTS',
    componentCode: null,
    baseline: 0,
    target: 20,
    actual: value(null, null, true),
    progress: null,
    breakdown: [cell('FEMALE', null, null, true), cell('MALE', null, null, true)],
  },
];

function indicatorsMock(variables: object, withBreakdown = true) {
  return {
    request: { query: ReportIndicatorsQuery, variables },
    result: {
      data: {
        indicators: withBreakdown ? indicators : indicators.map(({ breakdown: _breakdown, ...rest }) => rest),
      },
    },
  };
}

let rendered: Rendered | undefined;

async function renderTab(path: string, roles: ('VIEWER' | 'COORDINATOR')[], variables: object, withBreakdown = true) {
  rendered = await render(
    <Routes>
      <Route path="/reports" element={<IndicatorsTab />} />
    </Routes>,
    { path, mocks: [currentUserMock(roles), indicatorsMock(variables, withBreakdown)] },
  );
  // The table is there once the indicators and the current user (for drill-down links) are in.
  await waitFor(() => rendered!.container.querySelector('[data-testid="indicator-table"]'));
  return rendered;
}

describe('the indicator table', () => {
  afterEach(() => rendered?.unmount());

  it('shows each indicator against its target with an accessible progress bar, formatted by unit', async () => {
    const { container } = await renderTab('/reports', ['VIEWER'], { filter: {}, split: 'COUNTRY', withBreakdown: false }, false);
    const rows = [...container.querySelectorAll('[data-testid="indicator-row"]')];
    expect(rows.map((row) => row.getAttribute('data-code'))).toEqual(['leaders-trained', 'women-participants', 'knowledge-gain']);

    const [leaders, women, gain] = rows;
    expect(text(leaders)).toContain('Leaders trained in SME cluster development');
    expect(text(leaders)).toContain('Component A');
    expect(text(leaders.querySelector('[data-testid="indicator-actual"]'))).toBe('25');

    const bar = leaders.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuenow')).toBe('65.8');
    expect(bar.getAttribute('aria-valuetext')).toBe('66% of the target: 25 of 38');
    expect(bar.getAttribute('aria-label')).toBe('Leaders trained in SME cluster development');

    // A share is a percentage; past the target the bar is full and the text says so.
    expect(text(women)).toContain('20%');
    expect(text(women)).toContain('40%');
    expect(text(women.querySelector('[data-testid="indicator-actual"]'))).toBe('50%of 50 people');
    const womenBar = women.querySelector('[role="progressbar"]')!;
    expect(womenBar.getAttribute('aria-valuenow')).toBe('100');
    expect(womenBar.getAttribute('aria-valuetext')).toBe('125% of the target: 50% of 40%');

    // Points, and a suppressed actual: "fewer than 3", and no progress figure.
    expect(text(gain)).toContain('20 pts');
    expect(text(gain.querySelector('[data-testid="indicator-actual"]'))).toBe('fewer than 3');
    const gainBar = gain.querySelector('[role="progressbar"]')!;
    expect(gainBar.hasAttribute('aria-valuenow')).toBe(false);
    expect(gainBar.getAttribute('aria-valuetext')).toBe('No progress figure: fewer than 3');

    // Viewers see no drill-down links.
    expect(container.querySelector('[data-testid="indicator-table"] a')).toBeNull();
  });

  it('breaks the figures down by the chosen split, with "fewer than 3" for suppressed cells', async () => {
    const { container } = await renderTab('/reports?by=SEX&country=KH', ['VIEWER'], { filter: { countryCode: 'KH' }, split: 'SEX', withBreakdown: true });
    const headings = [...container.querySelectorAll('thead th')].map((th) => text(th));
    // Known codes in their usual order (female first), named in the reader's language.
    expect(headings).toEqual(['Indicator', 'Baseline', 'Target', 'Actual', 'Progress to target', 'Female', 'Male']);
    const leaders = container.querySelector('[data-code="leaders-trained"]')!;
    const cells = [...leaders.querySelectorAll('td.split-column')].map((td) => text(td));
    expect(cells).toEqual(['fewer than 3', '23']);
    const women = container.querySelector('[data-code="women-participants"]')!;
    expect([...women.querySelectorAll('td.split-column')].map((td) => text(td))).toEqual(['100%', '0%']);
    expect(text(container.querySelector('caption'))).toBe('Logframe indicators against their targets, broken down by Sex');
  });

  it('exports the table with the filter, the split and the language', async () => {
    const { container } = await renderTab('/reports?by=SEX&country=KH', ['VIEWER'], { filter: { countryCode: 'KH' }, split: 'SEX', withBreakdown: true });
    const links = [...container.querySelectorAll('[data-testid="export-indicators"] a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/reports/indicators.csv?countryCode=KH&by=SEX&lang=en',
      '/reports/indicators.xlsx?countryCode=KH&by=SEX&lang=en',
    ]);
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Export Indicators against targets (CSV)',
      'Export Indicators against targets (Excel (XLSX))',
    ]);
  });

  it('lets staff follow an indicator and a cell to the records behind them', async () => {
    const { container } = await renderTab('/reports?by=SEX&country=KH', ['COORDINATOR'], { filter: { countryCode: 'KH' }, split: 'SEX', withBreakdown: true });
    // Drill-down links appear once the current user is known to be staff.
    await waitFor(() => container.querySelector('[data-code="leaders-trained"] th a'));
    const leaders = container.querySelector('[data-code="leaders-trained"]')!;
    expect(leaders.querySelector('th a')!.getAttribute('href')).toBe('/reports/indicators/leaders-trained?country=KH');
    const cellLinks = [...leaders.querySelectorAll('td.split-column a')];
    // The suppressed cell has no link; the other leads to its records.
    expect(cellLinks.map((link) => link.getAttribute('href'))).toEqual(['/reports/indicators/leaders-trained?country=KH&split=SEX&key=MALE']);
  });
});
