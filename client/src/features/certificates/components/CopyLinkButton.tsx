import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies a link to the clipboard and says so. Where the browser refuses (no clipboard outside
 * HTTPS, or permission denied), it shows the link selected in a field to copy by hand.
 */
export function CopyLinkButton({ url, label, className = 'button-secondary' }: { url: string; label: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');

  useEffect(() => {
    if (state !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  }

  return (
    <span className="copy-link">
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-link-status" role="status">
        {state === 'copied' ? t('certificates.links.copied') : ''}
      </span>
      {state === 'manual' && (
        <span className="copy-link-manual">
          <label htmlFor={fieldId}>{t('certificates.links.copyByHand')}</label>
          <input id={fieldId} type="url" readOnly value={url} autoFocus onFocus={(event) => event.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}
