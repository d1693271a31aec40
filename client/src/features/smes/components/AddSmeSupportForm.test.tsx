/**
 * @jest-environment jsdom
 */
import { button, byLabel, click, render, settle, type, waitFor, type Rendered } from '../test-utils';
import { RecordSmeSupportMutation, SmeMatchesQuery } from '../graphql/smes';
import { AddSmeSupportForm, MATCH_DELAY_MS, type SupportOutcome } from './AddSmeSupportForm';

const sangke = {
  __typename: 'Sme',
  id: 'sme-1',
  name: 'Sangke Organic Rice Group',
  countryCode: 'KH',
  province: 'Battambang',
  sector: 'AGRICULTURE_AND_FOOD',
  leaderCount: 2,
};

const matchesMock = (name: RegExp, matches: unknown[]) => ({
  request: { query: SmeMatchesQuery, variables: (variables: Record<string, { name?: string }>) => name.test(variables.input?.name ?? '') },
  result: { data: { smeMatches: matches } },
  maxUsageCount: 5,
});

function support(sme: Record<string, unknown>) {
  return {
    __typename: 'SmeSupport',
    id: 'support-1',
    kind: 'MARKET_LINKAGE',
    supportedOn: '2026-11-20',
    result: null,
    progressReport: { __typename: 'ProgressReport', id: 'report-1', smesReached: 1 },
    sme,
  };
}

describe('AddSmeSupportForm', () => {
  let page: Rendered | undefined;
  afterEach(() => page?.unmount());

  it('shows SMEs already recorded while the leader types, with the reasons in words, and records support to the one picked', async () => {
    const onDone = jest.fn<void, [SupportOutcome | null]>();
    const recordResult = jest.fn((variables: Record<string, unknown>) => {
      void variables;
      return { data: { recordSmeSupport: { __typename: 'RecordSmeSupportPayload', support: support(sangke), possibleDuplicates: [] } } };
    });
    const mocks = [
      matchesMock(/^Sangke/, [{ __typename: 'SmeMatch', sme: sangke, reasons: ['SIMILAR_NAME_SAME_PROVINCE'], similarity: 0.8 }]),
      { request: { query: RecordSmeSupportMutation, variables: () => true }, result: recordResult },
    ];
    page = await render(
      <AddSmeSupportForm
        progressReportId="report-1"
        defaultCountry="KH"
        defaultProvince="Battambang"
        defaultDate="2026-11-20"
        onDone={onDone}
      />,
      mocks,
    );
    const { container } = page;
    expect((byLabel(container, 'Country') as HTMLSelectElement).value).toBe('KH');
    expect(byLabel(container, 'Province').value).toBe('Battambang');

    // Two letters are not looked up; a name is, once the typing pauses.
    await type(byLabel(container, 'SME name'), 'Sa');
    await settle(MATCH_DELAY_MS + 50);
    expect(container.querySelector('[data-testid="sme-match"]')).toBeNull();
    await type(byLabel(container, 'SME name'), 'Sangke rice');
    const match = await waitFor(() => container.querySelector('[data-testid="sme-match"]'), 'a match');
    expect(match.textContent).toContain('Sangke Organic Rice Group');
    expect(match.textContent).toContain('Similar name in the same province');
    expect(match.textContent).toContain('supported by 2 leaders');
    expect(container.textContent).toContain('Already recorded — is it this one?');

    await click(button(container, 'This is the one: Sangke Organic Rice Group'));
    expect(container.querySelector('[data-testid="sme-picked"]')?.textContent).toContain('Sangke Organic Rice Group');
    // A picked SME needs no details: the new-SME fields are gone.
    expect(container.querySelector('#sme-report-1-sector')).toBeNull();

    await type(byLabel(container, 'Kind of support'), 'MARKET_LINKAGE');
    await type(byLabel(container, 'Result'), 'Two buyers in Thailand');
    await click(button(container, 'Save the SME support'));
    await waitFor(() => onDone.mock.calls.length > 0, 'the form to finish');
    expect(recordResult).toHaveBeenCalledWith({
      input: {
        progressReportId: 'report-1',
        smeId: 'sme-1',
        kind: 'MARKET_LINKAGE',
        supportedOn: '2026-11-20',
        result: 'Two buyers in Thailand',
      },
    });
    expect(onDone.mock.calls[0]?.[0]).toEqual({ smeName: 'Sangke Organic Rice Group', possibleDuplicates: [] });
  });

  it('records a new SME when nothing matches, and passes on the possible duplicates the server found', async () => {
    const onDone = jest.fn<void, [SupportOutcome | null]>();
    const created = { ...sangke, id: 'sme-9', name: 'Phnom Sampov Weavers', sector: 'HANDICRAFTS_AND_TEXTILES', leaderCount: 1 };
    const recordResult = jest.fn((variables: Record<string, unknown>) => {
      void variables;
      return {
        data: {
          recordSmeSupport: {
            __typename: 'RecordSmeSupportPayload',
            support: support(created),
            possibleDuplicates: [
              {
                __typename: 'SmeMatch',
                sme: { ...sangke, id: 'sme-4', name: 'Phnom Sampov Weaving' },
                reasons: ['SAME_PHONE'],
                similarity: 0.9,
              },
            ],
          },
        },
      };
    });
    page = await render(<AddSmeSupportForm progressReportId="report-1" defaultCountry="KH" defaultDate="2026-11-20" onDone={onDone} />, [
      matchesMock(/Phnom/, []),
      { request: { query: RecordSmeSupportMutation, variables: () => true }, result: recordResult },
    ]);
    const { container } = page;
    await type(byLabel(container, 'SME name'), 'Phnom Sampov Weavers');
    await waitFor(() => container.textContent?.includes('No SME like this is recorded yet'), 'the no-match line');

    // Without a sector or a kind of support nothing is sent.
    await click(button(container, 'Save the SME support'));
    expect(container.textContent).toContain('Some fields need attention');
    expect(container.querySelector('#sme-report-1-sector-error')?.textContent).toBe('This field is required.');
    expect(recordResult).not.toHaveBeenCalled();

    await type(byLabel(container, 'Sector'), 'HANDICRAFTS_AND_TEXTILES');
    await type(byLabel(container, "Owner's sex"), 'FEMALE');
    await type(byLabel(container, 'Women employees'), '7');
    await type(byLabel(container, 'Men employees'), '2');
    await type(byLabel(container, 'Phone'), '+855 12 345 678');
    await type(byLabel(container, 'Kind of support'), 'TRAINING');
    await click(button(container, 'Save the SME support'));
    await waitFor(() => onDone.mock.calls.length > 0, 'the form to finish');
    expect(recordResult.mock.calls[0]?.[0]).toEqual({
      input: {
        progressReportId: 'report-1',
        sme: {
          name: 'Phnom Sampov Weavers',
          countryCode: 'KH',
          province: null,
          sector: 'HANDICRAFTS_AND_TEXTILES',
          ownerGender: 'FEMALE',
          womenEmployees: 7,
          menEmployees: 2,
          registrationNumber: null,
          phone: '+855 12 345 678',
        },
        kind: 'TRAINING',
        supportedOn: '2026-11-20',
        result: null,
      },
    });
    expect(onDone.mock.calls[0]?.[0]?.possibleDuplicates).toHaveLength(1);
  });
});
