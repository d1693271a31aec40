/** @jest-environment jsdom */
import './jsdom';
import { Route, Routes } from 'react-router';
import { ReportSmesReachedQuery } from '../graphql/reports';
import SmesTab from '../routes/SmesTab';
import { cell, value } from './fixtures';
import { render, text, waitFor, type Rendered } from './render';

const smesMock = {
  request: { query: ReportSmesReachedQuery, variables: { filter: { componentCode: 'A' } } },
  result: {
    data: {
      smesReached: {
        __typename: 'SmesReachedReport',
        total: value(1045, 36),
        byMonth: [
          { __typename: 'SmesMonth', month: '2016-11', smes: 300, cumulative: 300 },
          { __typename: 'SmesMonth', month: '2017-01', smes: 745, cumulative: 1045 },
        ],
        byProvince: [cell('Savannakhet', 400, 12), cell('Tay Ninh', 645, 22), cell('NONE', null, null, true)],
        bySector: [cell('AGRICULTURE_AND_FOOD', 700, 20), cell('SERVICES', 345, 16)],
        byKind: [cell('COACHING', 1045, 36)],
        byOwnerSex: [cell('FEMALE', 600, 30), cell('MALE', 445, 25)],
      },
    },
  },
};

describe('SMEs reached', () => {
  let rendered: Rendered | undefined;
  afterEach(() => rendered?.unmount());

  it('gives the line and bar charts data tables, and names sectors and kinds of support', async () => {
    rendered = await render(
      <Routes>
        <Route path="/reports/smes" element={<SmesTab />} />
      </Routes>,
      { path: '/reports/smes?component=A', mocks: [smesMock] },
    );
    const container = rendered.container;
    await waitFor(() => container.querySelector('[data-testid="smes-over-time"]'));
    expect(text(container.querySelector('[data-testid="smes-total"]'))).toContain('1,045');

    const overTime = container.querySelector('[data-testid="smes-over-time"]')!;
    const table = overTime.querySelector('[data-testid="chart-data"]')!;
    expect(overTime.querySelector('[role="img"]')!.getAttribute('aria-describedby')).toContain(table.id);
    // The missing month is filled in, so the table and the line have the same months.
    expect([...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((c) => text(c)))).toEqual([
      ['Nov 2016', '300', '300'],
      ['Dec 2016', '0', '300'],
      ['Jan 2017', '745', '1,045'],
    ]);
    expect(overTime.querySelectorAll('svg .chart-dot')).toHaveLength(3);

    const byProvince = container.querySelector('[data-testid="smes-by-province"]')!;
    const provinceTable = byProvince.querySelector('[data-testid="chart-data"] table')!;
    expect([...provinceTable.querySelectorAll('tbody tr')].map((row) => [...row.children].map((c) => text(c)))).toEqual([
      ['Savannakhet', '400'],
      ['Tay Ninh', '645'],
      ['Not recorded', 'fewer than 3'],
    ]);
    expect(byProvince.querySelectorAll('svg .chart-bar')).toHaveLength(3);

    const tables = [...container.querySelectorAll('.table-grid table')].map((t) => text(t));
    expect(tables[0]).toContain('Agriculture and food');
    expect(tables[1]).toContain('Coaching');
    expect(tables[2]).toContain('Female');

    const links = [...container.querySelectorAll('[data-testid="export-smes-reached"] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/reports/smes-reached.csv?componentCode=A&lang=en', '/reports/smes-reached.xlsx?componentCode=A&lang=en']);
  });
});
