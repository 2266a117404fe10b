import { useState } from 'react';
import { Link } from 'react-router';
import { Notice, useTitle } from '../app/ui.js';
import { ChangePasswordForm } from '../auth/ChangePasswordForm.js';

export function DriverPasswordPage() {
  useTitle('Change password');
  const [done, setDone] = useState(false);
  return (
    <div className="driver-stack">
      <p>
        <Link to="/me" className="back-link">
          ‹ Back
        </Link>
      </p>
      <section className="driver-card" aria-labelledby="pw-title">
        <h1 id="pw-title">Change password</h1>
        {done ? (
          <Notice kind="success">Password changed. Other phones and computers were signed out.</Notice>
        ) : null}
        <ChangePasswordForm showSuccess={false} onDone={() => setDone(true)} />
      </section>
    </div>
  );
}
