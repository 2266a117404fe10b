import { Link } from 'react-router';

/** The way back to the DA's home page, at the top of each of their phone pages. */
export function BackToMe({ label }: { label: string }) {
  return (
    <p>
      <Link to="/me" className="back-link">
        {label}
      </Link>
    </p>
  );
}
