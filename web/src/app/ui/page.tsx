import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';

/** Sets the browser tab's title for the page being shown. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Stationhand`;
  }, [title]);
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  useTitle(title);
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {description ? <p className="muted">{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}

export function NoAccess({ what }: { what?: string }) {
  useTitle('No access');
  return (
    <section className="no-access" aria-labelledby="no-access-title">
      <h1 id="no-access-title">You don’t have access</h1>
      <p>
        {what ? `${what} is` : 'This page is'} only available to roles with the right permission. Ask an owner
        of your organisation if you need it.
      </p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </section>
  );
}
