/**
 * @jest-environment jsdom
 */
import '../../smes/jsdom-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { i18nIn } from '../../../app/i18n/test-i18n';
import { button, click, type, waitFor } from '../../smes/test-utils';
import { CreateOrganisationMutation } from '../graphql/organisations';
import OrganisationFormPage from './OrganisationFormPage';

describe('OrganisationFormPage', () => {
  it('says in Myanmar that the organisation already exists, naming it and its country', async () => {
    const name = 'Mon State Chamber of Commerce and Industry';
    const answer = {
      request: { query: CreateOrganisationMutation, variables: () => true },
      result: {
        errors: [
          new GraphQLError(`${name} (MM) already exists.`, {
            extensions: { code: 'CONFLICT', field: 'name', reason: 'ORGANISATION_EXISTS', params: { name, countryCode: 'MM' } },
          }),
        ],
      },
    };
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    const i18n = i18nIn('my');
    await act(async () => {
      root.render(
        <I18nextProvider i18n={i18n}>
          <MockedProvider mocks={[answer]}>
            <MemoryRouter initialEntries={['/organisations/new']}>
              <OrganisationFormPage />
            </MemoryRouter>
          </MockedProvider>
        </I18nextProvider>,
      );
      await Promise.resolve();
    });
    const field = (id: string) => container.querySelector<HTMLInputElement>(`#organisation-${id}`)!;
    await type(field('name'), name);
    await type(field('type'), 'CHAMBER_OF_COMMERCE');
    await type(field('countryCode'), 'MM');
    await click(button(container, i18n.t('common.save')));
    const error = await waitFor(() => container.querySelector('#organisation-name-error'), 'the name error');
    expect(error.textContent).toBe(`${name} (မြန်မာ) ရှိပြီးသား ဖြစ်ပါသည်။`);
    act(() => root.unmount());
    container.remove();
  });
});
