/**
 * @jest-environment jsdom
 */
import '../../smes/jsdom-globals';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18nIn } from '../../../app/i18n/test-i18n';
import { makeFragmentData } from '../../../gql';
import { NomineeFileErrorList } from './NomineeFileErrorList';
import { NomineePreviewTable, NomineePreviewTableFragment } from './NomineePreviewTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const param = (name: string, value: string) => ({ __typename: 'MessageParam' as const, name, value });

/** A row as previewNomineeImport returns it for `,,Q,Atlantis,broken@` after a valid row 2 with the same email. */
const rows = [
  makeFragmentData(
    {
      __typename: 'NomineeRow',
      rowNumber: 3,
      fullName: null,
      nativeName: null,
      email: 'broken@',
      countryCode: 'Atlantis',
      organisationName: null,
      action: 'INVALID',
      errors: [
        {
          __typename: 'NomineeRowError',
          column: 'full_name',
          message: 'Full name (Latin script) is required.',
          reason: 'FULL_NAME_REQUIRED',
          params: [],
        },
        {
          __typename: 'NomineeRowError',
          column: 'email',
          message: '"broken@" is not a valid email address.',
          reason: 'EMAIL_INVALID',
          params: [param('value', 'broken@')],
        },
      ],
    },
    NomineePreviewTableFragment,
  ),
  makeFragmentData(
    {
      __typename: 'NomineeRow',
      rowNumber: 4,
      fullName: 'Nguyen Van A',
      nativeName: null,
      email: 'dara.sok@example.org',
      countryCode: 'VN',
      organisationName: null,
      action: 'INVALID',
      errors: [
        {
          __typename: 'NomineeRowError',
          column: 'email',
          message: 'Same person as row 2.',
          reason: 'DUPLICATE_IN_FILE',
          params: [param('row', '2')],
        },
      ],
    },
    NomineePreviewTableFragment,
  ),
];

function renderIn(language: 'km' | 'en', ui: React.ReactNode): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(<I18nextProvider i18n={i18nIn(language)}>{ui}</I18nextProvider>));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

const problemsOf = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('.row-errors li')].map((item) => item.textContent));

describe('NomineePreviewTable', () => {
  it('writes each row’s problems in Khmer from their reasons and values, naming the column as the file does', () => {
    const page = renderIn('km', <NomineePreviewTable rows={rows} caption="ជួរ" />);
    expect(problemsOf(page.container)).toEqual([
      ['full_name: ត្រូវការឈ្មោះពេញ (អក្សរឡាតាំង)។', 'email: “broken@” មិនមែនជាអាសយដ្ឋានអ៊ីមែលដែលត្រឹមត្រូវទេ។'],
      ['email: ជាបុគ្គលដដែលនឹងជួរទី 2។'],
    ]);
    expect(page.container.textContent).not.toMatch(/is required|not a valid email|Same person/);
    page.unmount();
  });

  it('says the same in English', () => {
    const page = renderIn('en', <NomineePreviewTable rows={rows} caption="Rows" />);
    expect(problemsOf(page.container)[1]).toEqual(['email: Same person as row 2.']);
    page.unmount();
  });
});

describe('NomineeFileErrorList', () => {
  it('writes the problems of the file itself in Khmer', () => {
    const errors = [
      {
        message: 'The header row lacks gender. Expected columns: full_name, gender.',
        reason: 'COLUMNS_MISSING',
        params: [param('columns', 'gender'), param('expected', 'full_name, gender')],
      },
    ];
    const page = renderIn('km', <NomineeFileErrorList errors={errors} />);
    expect(page.container.textContent).toBe('ជួរចំណងជើងខ្វះ gender។ ជួរឈរដែលត្រូវមាន៖ full_name, gender។');
    page.unmount();
  });
});
