import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { InvitationList } from '../auth/InvitationList.js';
import { answer, client, errorMessage } from './api.js';
import { useSession } from './auth.js';
import { SECTIONS } from './sections.js';
import { useStation } from './station.js';
import { type Permission, ROLE_LABELS } from './types.js';

/** Only what exists and what this person may use. */
const NAV: { to: string; label: string; permission?: Permission; blurb?: string }[] = [
  { to: '/', label: 'Home' },
  ...SECTIONS,
];

export function Shell() {
  const { can } = useSession();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const navRef = useRef<HTMLElement>(null);
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => answer(client.GET('/health')),
    staleTime: 300_000,
  });

  // A new page closes the phone menu. The key is the path, so only real navigation closes it.
  const path = location.pathname;
  const [lastPath, setLastPath] = useState(path);
  if (path !== lastPath) {
    setLastPath(path);
    setNavOpen(false);
  }

  useEffect(() => {
    if (!navOpen) return;
    navRef.current?.querySelector<HTMLElement>('a')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setNavOpen(false);
        document.getElementById('menu-button')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  return (
    <div className={`app${navOpen ? ' nav-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-row">
          <button
            id="menu-button"
            type="button"
            className="menu-button"
            aria-expanded={navOpen}
            aria-controls="side-nav"
            onClick={() => setNavOpen((o) => !o)}
          >
            <span className="menu-icon" aria-hidden="true" />
            <span>Menu</span>
          </button>
          <Link to="/" className="brand" aria-label="Stationhand home">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Stationhand</span>
          </Link>
          <div className="topbar-context">
            <OrgPicker />
            <StationSwitcher />
          </div>
          <UserMenu />
        </div>
      </header>
      <div className="layout">
        <nav id="side-nav" ref={navRef} className="side-nav" aria-label="Main">
          <ul>
            {NAV.filter((item) => !item.permission || can(item.permission)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} title={item.blurb}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          <p className="nav-foot">{health.data ? `Stationhand ${health.data.version}` : 'Stationhand'}</p>
        </nav>
        {navOpen ? (
          <button
            type="button"
            className="nav-backdrop"
            aria-label="Close menu"
            onClick={() => setNavOpen(false)}
            tabIndex={-1}
          />
        ) : null}
        <main id="main" tabIndex={-1}>
          <InvitationList />
          <Outlet />
        </main>
      </div>
    </div>
  );
}

function OrgPicker() {
  const { me, switchOrg } = useSession();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (me.orgs.length < 2) {
    return (
      <div className="org-name" title={me.org?.name}>
        {me.org?.name}
      </div>
    );
  }
  return (
    <div className="context-select">
      <label htmlFor={id} className="sr-only">
        Organisation
      </label>
      <select
        id={id}
        value={me.org?.id ?? ''}
        disabled={pending}
        onChange={async (e) => {
          setPending(true);
          setError(null);
          try {
            await switchOrg(e.target.value);
          } catch (err) {
            setError(errorMessage(err));
          } finally {
            setPending(false);
          }
        }}
      >
        {me.orgs.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} ({ROLE_LABELS[o.role]})
          </option>
        ))}
      </select>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function StationSwitcher() {
  const { me } = useSession();
  const { stationId, setStationId } = useStation();
  const id = useId();
  if (me.stations.length === 0) return null;
  return (
    <div className="context-select">
      <label htmlFor={id} className="sr-only">
        Station
      </label>
      <select
        id={id}
        value={stationId}
        onChange={(e) => setStationId(e.target.value)}
        data-testid="station-switcher"
      >
        <option value="">All stations</option>
        {me.stations.map((s) => (
          <option key={s.id} value={s.id}>
            {s.code} · {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return (
    ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() ||
    '?'
  );
}

function UserMenu() {
  const { me, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const [lastPath, setLastPath] = useState(location.pathname);
  if (location.pathname !== lastPath) {
    setLastPath(location.pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onDown = (e: Event) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    // Clicking or tabbing anywhere else closes it.
    document.addEventListener('mousedown', onDown);
    document.addEventListener('focusin', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('focusin', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={ref}>
      <button
        ref={buttonRef}
        type="button"
        className="user-button"
        aria-expanded={open}
        aria-controls="user-menu-panel"
        aria-label={`${me.user.name}, account menu`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(me.user.name)}
        </span>
        <span className="user-name">{me.user.name}</span>
      </button>
      {open ? (
        <div id="user-menu-panel" className="user-panel">
          <div className="user-panel-head">
            <strong>{me.user.name}</strong>
            <span className="muted">{me.user.email}</span>
            {me.role ? <span className="muted">{ROLE_LABELS[me.role]}</span> : null}
          </div>
          <Link to="/account">Account</Link>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
