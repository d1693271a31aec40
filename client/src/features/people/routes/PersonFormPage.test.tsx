/**
 * @jest-environment jsdom
 */
import '../../smes/jsdom-globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { i18nIn } from '../../../app/i18n/test-i18n';
import type { LanguageCode } from '../../../app/i18n/languages';
import { button, click, type, waitFor } from '../../smes/test-utils';
import { CreatePersonMutation, OrganisationOptionsQuery } from '../graphql/people';
import PersonFormPage from './PersonFormPage';

const organisations: MockLink.MockedResponse = {
  request: { query: OrganisationOptionsQuery, variables: () => true },
  result: { data: { organisations: { __typename: 'OrganisationConnection', totalCount: 0, edges: [] } } },
  maxUsageCount: 10,
};

/** createPerson answers with the error the server gives for this input. */
function refused(message: string, extensions: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: CreatePersonMutation, variables: () => true },
    result: { errors: [new GraphQLError(message, { extensions })] },
  };
}

async function fillAndSave(language: LanguageCode, answer: MockLink.MockedResponse) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const i18n = i18nIn(language);
  await act(async () => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <MockedProvider mocks={[organisations, answer]}>
          <MemoryRouter initialEntries={['/people/new']}>
            <PersonFormPage />
          </MemoryRouter>
        </MockedProvider>
      </I18nextProvider>,
    );
    await Promise.resolve();
  });
  const field = (id: string) => container.querySelector<HTMLInputElement>(`#person-${id}`)!;
  await type(field('fullName'), 'Somchai Jaidee');
  await type(field('gender'), 'MALE');
  await type(field('countryCode'), 'TH');
  await type(field('targetGroup'), 'SME_LEADER');
  await type(field('email'), 'somchai@');
  await click(button(container, i18n.t('common.save')));
  await waitFor(() => container.querySelector('.field-error'), 'a field error');
  const errorOf = (id: string) => container.querySelector(`#person-${id}-error`)?.textContent ?? null;
  return {
    errorOf,
    formError: () => container.querySelector('.alert-error')?.textContent ?? null,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

describe('PersonFormPage: the server’s field errors in the reader’s language', () => {
  it('shows validation problems in Thai, by their reasons, beside their fields and above the form', async () => {
    const page = await fillAndSave(
      'th',
      refused('Enter a valid email address. position must be shorter than or equal to 200 characters', {
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'email', message: 'Enter a valid email address.', reason: 'EMAIL_INVALID', params: {} },
          {
            field: 'position',
            message: 'position must be shorter than or equal to 200 characters',
            reason: 'TOO_LONG',
            params: { max: 200 },
          },
        ],
      }),
    );
    expect(page.errorOf('email')).toBe('โปรดกรอกอีเมลที่ถูกต้อง');
    expect(page.errorOf('position')).toBe('โปรดกรอกไม่เกิน 200 ตัวอักษร');
    expect(page.formError()).toBe('โปรดกรอกอีเมลที่ถูกต้อง โปรดกรอกไม่เกิน 200 ตัวอักษร');
    page.unmount();
  });

  it('shows a taken email in Vietnamese, with the address', async () => {
    const page = await fillAndSave(
      'vi',
      refused('Another person already uses somchai@example.org.', {
        code: 'CONFLICT',
        field: 'email',
        reason: 'EMAIL_TAKEN',
        params: { email: 'somchai@example.org' },
      }),
    );
    expect(page.errorOf('email')).toBe('Một người khác đã dùng somchai@example.org.');
    page.unmount();
  });

  it('keeps the English message when the server gives no reason the client knows', async () => {
    const page = await fillAndSave(
      'th',
      refused('Digits only.', { code: 'BAD_USER_INPUT', problems: [{ field: 'phone', message: 'Digits only.' }] }),
    );
    expect(page.errorOf('phone')).toBe('Digits only.');
    page.unmount();
  });
});
