import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError, errorMessage } from '../api.js';
import { useLabelOf } from './field-labels.js';

/** An error from the server, shown where the action happened. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const labelOf = useLabelOf();
  const notice = useRef<HTMLDivElement>(null);
  // A long form is sent from its bottom: bring the error at its top into view.
  useEffect(() => {
    if (error) notice.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="notice notice-error" role="alert" ref={notice}>
      {title ? <strong>{title} </strong> : null}
      {errorMessage(error)}
      {fieldErrors.length > 1 ? (
        <ul>
          {fieldErrors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {e.path && !e.message.startsWith(`${labelOf(e.path)}:`) ? (
                <strong>{labelOf(e.path)}:</strong>
              ) : null}{' '}
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'success' ? 'status' : undefined}>
      {children}
    </div>
  );
}
