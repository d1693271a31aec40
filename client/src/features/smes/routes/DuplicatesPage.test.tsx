/**
 * @jest-environment jsdom
 */
import { button, click, findButton, render, waitFor, type Rendered } from '../test-utils';
import { DUPLICATES_PAGE_SIZE, MarkSmesDistinctMutation, MergeSmesMutation, SmeDuplicatesQuery } from '../graphql/smes';
import DuplicatesPage from './DuplicatesPage';

jest.mock('../smes.css', () => ({}));

function sme(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Sme',
    id,
    name,
    countryCode: 'KH',
    province: 'Battambang',
    sector: 'AGRICULTURE_AND_FOOD',
    ownerGender: null,
    womenEmployees: null,
    menEmployees: null,
    registrationNumber: null,
    phone: null,
    leaderCount: 1,
    supports: [],
    ...extra,
  };
}

const leader = (id: string, fullName: string) => ({
  __typename: 'SmeSupport',
  id: `support-${id}`,
  leader: { __typename: 'Person', id, fullName },
});

const riceA = sme('a', 'Sangke Rice Millers', { phone: '85512345678', supports: [leader('p1', 'Sokha Chan')] });
const riceB = sme('b', 'Sangkae Rice Miller Co., Ltd.', {
  phone: '85512345678',
  leaderCount: 2,
  supports: [leader('p2', 'Dara Kim'), leader('p3', 'Vanna Lim')],
});
const weaveC = sme('c', 'Mekong Weavers', { registrationNumber: 'KH-00123', sector: 'HANDICRAFTS_AND_TEXTILES' });
const weaveD = sme('d', 'Mekong Weaving Group', { registrationNumber: 'KH-00123', sector: 'HANDICRAFTS_AND_TEXTILES' });

const pair = (first: object, second: object, reasons: string[], similarity: number) => ({
  __typename: 'SmeDuplicateCandidate',
  first,
  second,
  reasons,
  similarity,
});

describe('Possible duplicates', () => {
  let page: Rendered | undefined;
  afterEach(() => page?.unmount());

  it('lists pairs side by side with the reasons in words, and drops a pair once it is decided', async () => {
    const distinctResult = jest.fn(() => ({
      data: {
        markSmesDistinct: {
          __typename: 'MarkSmesDistinctPayload',
          first: { __typename: 'Sme', id: 'c' },
          second: { __typename: 'Sme', id: 'd' },
        },
      },
    }));
    const mergeResult = jest.fn(() => ({
      data: {
        mergeSmes: {
          __typename: 'SmePayload',
          sme: {
            ...riceB,
            mergedInto: null,
            leaderCount: 3,
            supports: [],
          },
        },
      },
    }));
    const mocks = [
      {
        request: { query: SmeDuplicatesQuery, variables: { first: DUPLICATES_PAGE_SIZE } },
        result: {
          data: {
            smeDuplicates: [
              pair(riceA, riceB, ['SIMILAR_NAME_SAME_PROVINCE', 'SAME_PHONE'], 0.86),
              pair(weaveC, weaveD, ['SAME_REGISTRATION_NUMBER'], 0.7),
            ],
          },
        },
      },
      { request: { query: MarkSmesDistinctMutation, variables: { input: { firstId: 'c', secondId: 'd' } } }, result: distinctResult },
      { request: { query: MergeSmesMutation, variables: { input: { keepId: 'b', mergeIds: ['a'] } } }, result: mergeResult },
      // After a merge the list is fetched again: the server may pair the kept record anew.
      { request: { query: SmeDuplicatesQuery, variables: { first: DUPLICATES_PAGE_SIZE } }, result: { data: { smeDuplicates: [] } } },
    ];
    page = await render(<DuplicatesPage />, mocks, '/smes/duplicates');
    const { container } = page;
    const pairs = () => [...container.querySelectorAll<HTMLElement>('[data-testid="duplicate-pair"]')];
    await waitFor(() => pairs().length === 2, 'two pairs');
    expect(container.querySelector('[data-testid="duplicates-count"]')?.textContent).toBe('2 pairs to check');

    // Reasons in words, strongest first, and how alike the names are.
    const rice = pairs()[0];
    const reasons = [...rice.querySelectorAll('[data-testid="sme-reasons"] li')].map((item) => item.textContent);
    expect(reasons).toEqual(['Same phone number', 'Similar name in the same province']);
    expect(rice.textContent).toContain('Names 86% alike');
    expect(pairs()[1].textContent).toContain('Same registration number');
    // Side by side: both records with their leaders; the one more leaders supported is kept by default.
    const sides = [...rice.querySelectorAll<HTMLElement>('[data-testid="duplicate-side"]')];
    expect(sides.map((side) => side.querySelector('h3')?.textContent)).toEqual(['Sangke Rice Millers', 'Sangkae Rice Miller Co., Ltd.']);
    expect(sides[1].textContent).toContain('Dara Kim, Vanna Lim');
    expect(sides[1].querySelector<HTMLInputElement>('input[type="radio"]')?.checked).toBe(true);

    // Not the same business: the pair leaves the list at once.
    await click(button(pairs()[1], 'Not the same business'));
    await waitFor(() => pairs().length === 1, 'the weavers pair to leave');
    expect(distinctResult).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('Mekong Weavers and Mekong Weaving Group are marked as different businesses.');

    // Choose A to stay, then change to B; merging asks first.
    await click(sides[0].querySelector<HTMLInputElement>('input[type="radio"]')!);
    await click(sides[1].querySelector<HTMLInputElement>('input[type="radio"]')!);
    await click(button(pairs()[0], 'Merge into the kept record'));
    const dialog = await waitFor(() => container.querySelector<HTMLElement>('[role="alertdialog"]'), 'the confirmation');
    expect(dialog.textContent).toContain('Merge Sangke Rice Millers into Sangkae Rice Miller Co., Ltd.?');
    expect(mergeResult).not.toHaveBeenCalled();
    await click(button(dialog, 'Yes, merge'));
    await waitFor(() => pairs().length === 0, 'the merged pair to leave');
    expect(mergeResult).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('Merged: Sangke Rice Millers now counts as Sangkae Rice Miller Co., Ltd..');
    await waitFor(() => container.textContent?.includes('No possible duplicates are waiting for a decision.'), 'the empty list');
    expect(findButton(container, 'Merge into the kept record')).toBeUndefined();
  });
});
