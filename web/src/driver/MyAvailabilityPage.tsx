import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { fieldError, TextAreaField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type Availability, myKeys, myScheduleApi } from '../schedule/api.js';
import { useDriverDates } from './intl.js';
import { MY_AVAILABILITY } from './MyAvailabilityMessages.js';
import { useMySchedule } from './MyTodayCard.js';

/** The DA's recurring week: the days they can work, the ones they prefer, and how many they want. */
export function MyAvailabilityPage() {
  const t = useIntl().formatMessage;
  const dates = useDriverDates();
  useTitle(t(MY_AVAILABILITY.title));
  const { hasRecord, recordPending } = useMySchedule();
  const availability = useQuery({
    queryKey: myKeys.availability,
    queryFn: () => myScheduleApi.availability(),
    enabled: hasRecord,
  });
  const data = availability.data;
  const [saved, setSaved] = useState(false);
  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_AVAILABILITY.back)} />
      <section className="driver-card" aria-labelledby="availability-title">
        <h1 id="availability-title">{t(MY_AVAILABILITY.title)}</h1>
        <p className="muted">{t(MY_AVAILABILITY.intro)}</p>
        {recordPending || (hasRecord && availability.isPending) ? <Loading /> : null}
        <ErrorNotice error={availability.error} />
        {data ? (
          <PatternForm
            key={JSON.stringify([data.pattern, data.note])}
            data={data}
            saved={saved}
            setSaved={setSaved}
          />
        ) : null}
      </section>
      {data && data.exceptions.length > 0 ? (
        <section className="driver-card" aria-labelledby="exceptions-title">
          <h2 id="exceptions-title">{t(MY_AVAILABILITY.exceptions)}</h2>
          <ul className="driver-list">
            {data.exceptions.map((e) => (
              <li key={e.id}>
                <div className="line">
                  <strong>{dates.day(e.date)}</strong>
                  <StatusBadge tone={e.available ? 'good' : 'warn'}>
                    {e.available ? t(MY_AVAILABILITY.canWorkThatDay) : t(MY_AVAILABILITY.cannotWorkThatDay)}
                  </StatusBadge>
                </div>
                {e.note ? <div className="muted">{e.note}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** Sunday first, as the availability pattern is stored. */
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

function DayToggles({
  legend,
  hint,
  values,
  enabled,
  preferred,
  onToggle,
}: {
  legend: string;
  hint: string;
  values: boolean[];
  enabled?: boolean[];
  preferred?: boolean;
  onToggle: (i: number, on: boolean) => void;
}) {
  const dates = useDriverDates();
  const hintId = useId();
  return (
    <fieldset className="field" aria-describedby={hintId}>
      <legend className="label">{legend}</legend>
      <div className={`week-days${preferred ? ' preferred' : ''}`}>
        {WEEKDAYS.map((i) => (
          <label key={i} title={dates.weekday(i)}>
            <input
              type="checkbox"
              checked={values[i] ?? false}
              disabled={enabled ? !enabled[i] : false}
              onChange={(e) => onToggle(i, e.target.checked)}
              aria-label={dates.weekday(i)}
            />
            <span aria-hidden="true">{dates.weekday(i, 'short')}</span>
          </label>
        ))}
      </div>
      <p className="hint" id={hintId}>
        {hint}
      </p>
    </fieldset>
  );
}

function PatternForm({
  data,
  saved,
  setSaved,
}: {
  data: Availability;
  /** Kept above the form: the form starts again from the saved week once it is saved. */
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const t = useIntl().formatMessage;
  const queryClient = useQueryClient();
  const [weekdays, setWeekdays] = useState(data.pattern.weekdays);
  const [preferred, setPreferred] = useState(data.pattern.preferredWeekdays);
  const [wants, setWants] = useState(data.pattern.wantsDays);
  const [note, setNote] = useState(data.note ?? '');
  const available = weekdays.filter(Boolean).length;
  const tooMany = wants > available ? t(MY_AVAILABILITY.tooMany, { w: wants, a: available }) : undefined;
  const toggle = (list: boolean[], i: number, on: boolean) => list.map((v, j) => (j === i ? on : v));
  const changed = () => setSaved(false);
  const save = useMutation({
    mutationFn: () =>
      myScheduleApi.savePattern({
        weekdays,
        preferredWeekdays: preferred,
        wantsDays: wants,
        note: note.trim() || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myKeys.availability });
      setSaved(true);
    },
  });
  return (
    <Form onSubmit={() => save.mutate()}>
      {saved ? <Notice kind="success">{t(MY_AVAILABILITY.saved)}</Notice> : null}
      <ErrorNotice error={save.error} />
      <DayToggles
        legend={t(MY_AVAILABILITY.canWork)}
        hint={t(MY_AVAILABILITY.canWorkHint)}
        values={weekdays}
        onToggle={(i, on) => {
          setWeekdays(toggle(weekdays, i, on));
          if (!on) setPreferred(toggle(preferred, i, false));
          changed();
        }}
      />
      <DayToggles
        legend={t(MY_AVAILABILITY.prefer)}
        hint={t(MY_AVAILABILITY.preferHint)}
        values={preferred}
        enabled={weekdays}
        preferred
        onToggle={(i, on) => {
          setPreferred(toggle(preferred, i, on));
          changed();
        }}
      />
      <fieldset className={`field${tooMany || fieldError(save.error, 'wantsDays') ? ' has-error' : ''}`}>
        <legend>{t(MY_AVAILABILITY.wants)}</legend>
        <div className="stepper">
          <button
            type="button"
            className="button-secondary"
            aria-label={t(MY_AVAILABILITY.fewer)}
            disabled={wants <= 0}
            onClick={() => {
              setWants(wants - 1);
              changed();
            }}
          >
            −
          </button>
          <output aria-live="polite" data-testid="wants-days">
            {wants}
          </output>
          <button
            type="button"
            className="button-secondary"
            aria-label={t(MY_AVAILABILITY.more)}
            disabled={wants >= 7}
            onClick={() => {
              setWants(wants + 1);
              changed();
            }}
          >
            +
          </button>
        </div>
        {tooMany || fieldError(save.error, 'wantsDays') ? (
          <p className="field-error">{tooMany ?? fieldError(save.error, 'wantsDays')}</p>
        ) : (
          <p className="hint">{t(MY_AVAILABILITY.wantsHint, { a: available })}</p>
        )}
      </fieldset>
      <TextAreaField
        label={t(MY_AVAILABILITY.note)}
        value={note}
        onValue={(v) => {
          setNote(v);
          changed();
        }}
        rows={2}
        maxLength={500}
        hint={t(MY_AVAILABILITY.noteHint)}
        error={fieldError(save.error, 'note')}
      />
      <div className="form-actions">
        <SubmitButton
          pending={save.isPending}
          pendingLabel={t(MY_AVAILABILITY.saving)}
          disabled={Boolean(tooMany)}
          whyDisabled={tooMany}
        >
          {t(MY_AVAILABILITY.save)}
        </SubmitButton>
      </div>
    </Form>
  );
}
