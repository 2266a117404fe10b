import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: ReactNode;
}

/**
 * Tabs as the ARIA pattern has them: arrow keys move between tabs, the selected one is the only one in the
 * tab order, the panel is labelled by its tab. The caller keeps which tab is open (e.g. in the address).
 */
export function Tabs<K extends string>({
  label,
  tabs,
  current,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly Tab<K>[];
  current: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const target =
      e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : (i + step + tabs.length) % tabs.length;
    if (!step && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.key);
    refs.current[target]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.key}`}
            aria-selected={t.key === current}
            aria-controls={`${base}-panel`}
            tabIndex={t.key === current ? 0 : -1}
            className={`tab${t.key === current ? ' tab-current' : ''}`}
            onClick={() => onSelect(t.key)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${current}`}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
