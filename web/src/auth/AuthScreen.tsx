import type { ReactNode } from 'react';

/** The plain, centred layout of sign-in and of the steps before the app opens. */
export function AuthScreen({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className="auth-screen">
      <main className={`auth-card${wide ? ' auth-card-wide' : ''}`} id="main">
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width="36" height="36" />
          <span>Stationhand</span>
        </div>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
