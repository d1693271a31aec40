import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import i18next from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import en from '../../../app/i18n/locales/en.json';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** i18next with the English file, as the app has it (no lazy locales, no language detection). */
export const i18nReady = i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  showSupportNotice: false,
});

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

/** Renders into a detached document body with Apollo mocks, a router at `path` and English texts. */
export async function render(ui: ReactNode, { mocks = [], path = '/' }: { mocks?: MockedResponse[]; path?: string } = {}): Promise<Rendered> {
  await i18nReady;
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => {
    root.render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </MockedProvider>,
    );
  });
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets mocked queries resolve and React commit what they bring, until `found` returns an element. */
export async function waitFor<T extends Element>(found: () => T | null | undefined, timeout = 3000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const element = found();
    if (element) return element;
    if (Date.now() > deadline) throw new Error(`Nothing found within ${timeout} ms:\n${document.body.innerHTML.slice(0, 2000)}`);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

/** Visible and hidden text of an element, with runs of white space made one space. */
export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
