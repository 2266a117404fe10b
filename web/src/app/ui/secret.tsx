import { type ReactNode, useId, useState } from 'react';

/** A secret the server shows only once (one-time password, API token), with a copy button. */
export function SecretReveal({ label, value, note }: { label: string; value: string; note?: ReactNode }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) input.select();
      setCopied('failed');
    }
  }
  return (
    <div className="secret">
      <label htmlFor={inputId}>{label}</label>
      <div className="secret-row">
        <input
          id={inputId}
          readOnly
          value={value}
          className="mono"
          onFocus={(e) => e.target.select()}
          data-testid="secret-value"
        />
        <button type="button" className="button-secondary" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {copied === 'copied'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C).'
            : (note ?? 'This is shown only once. Copy it now.')}
      </p>
    </div>
  );
}
