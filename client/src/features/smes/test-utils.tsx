/**
 * Helpers for the SME component tests (jsdom + Apollo's MockedProvider). No testing library is
 * installed: React's act() and DOM events are enough for what these screens need.
 */
import './jsdom-globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import i18next from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import en from '../../app/i18n/locales/en.json';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function testI18n() {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: en } },
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

export async function render(ui: ReactNode, mocks: MockLink.MockedResponse[], path = '/'): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={testI18n()}>
        <MockedProvider mocks={mocks}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </MockedProvider>
      </I18nextProvider>,
    );
    await Promise.resolve();
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Lets timers and promises run inside act(), for debounces and mocked network answers. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Waits (up to a second) until `find` returns something, letting React and Apollo work meanwhile. */
export async function waitFor<T>(find: () => T | null | undefined | false, what = 'the expected element'): Promise<T> {
  const deadline = Date.now() + 1500;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Page text: ${document.body.textContent ?? ''}`);
    await settle(20);
  }
}

export function byLabel(container: HTMLElement, text: string | RegExp): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const label = [...container.querySelectorAll('label')].find((candidate) =>
    typeof text === 'string' ? candidate.textContent?.trim().startsWith(text) : text.test(candidate.textContent ?? ''),
  );
  const control = label?.htmlFor ? container.ownerDocument.getElementById(label.htmlFor) : label?.querySelector('input, select, textarea');
  if (!control) throw new Error(`No control labelled ${String(text)}`);
  return control as HTMLInputElement;
}

export function button(container: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const found = findButton(container, name);
  if (!found) throw new Error(`No button named ${String(name)}`);
  return found;
}

export function findButton(container: HTMLElement, name: string | RegExp): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((candidate) => {
    const accessible = candidate.getAttribute('aria-label') ?? candidate.textContent?.trim() ?? '';
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
}

/** Types into a React-controlled input or textarea (React listens for the native input event). */
export async function type(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    // The prototype's setter, not `control.value =`: React tracks the property and would miss the change.
    const prototype = Object.getPrototypeOf(control) as object;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the control as `this` just below
    const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    setter?.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    await Promise.resolve();
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
    await Promise.resolve();
  });
}
