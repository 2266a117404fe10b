import { addDays } from './labels.js';
import './schedule.css';

/** Previous / This week / Next, a week at a time from the day shown, under a legend that names the week shown. */
export function WeekNav({
  legend,
  shown,
  thisWeek,
  goTo,
}: {
  legend: string;
  shown: string;
  thisWeek: string;
  goTo: (weekStart: string) => void;
}) {
  return (
    <fieldset className="field field-wide week-nav-field">
      <legend>{legend}</legend>
      <div className="week-nav">
        <button type="button" className="button-secondary" onClick={() => goTo(addDays(shown, -7))}>
          <span aria-hidden="true">‹</span> Previous
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => goTo(thisWeek)}
          disabled={shown === thisWeek}
        >
          This week
        </button>
        <button type="button" className="button-secondary" onClick={() => goTo(addDays(shown, 7))}>
          Next <span aria-hidden="true">›</span>
        </button>
      </div>
    </fieldset>
  );
}
