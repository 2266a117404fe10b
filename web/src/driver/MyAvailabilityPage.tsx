import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  ErrorNotice,
  Form,
  fieldError,
  Loading,
  Notice,
  StatusBadge,
  SubmitButton,
  TextAreaField,
  useTitle,
} from '../app/ui.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type Availability, myKeys, myScheduleApi } from '../schedule/api.js';
import { type Language, useDriverLanguage } from './i18n.js';
import { dayIn, MY_AVAILABILITY, WEEKDAY_LETTERS, WEEKDAY_NAMES } from './MyScheduleStrings.js';
import { useMySchedule } from './MyTodayCard.js';

type S = (typeof MY_AVAILABILITY)['en'];

/** The DA's recurring week: the days they can work, the ones they prefer, and how many they want. */
export function MyAvailabilityPage() {
  const lang = useDriverLanguage();
  const s = MY_AVAILABILITY[lang];
  useTitle(s.title);
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
      <BackToMe label={s.back} />
      <section className="driver-card" aria-labelledby="availability-title">
        <h1 id="availability-title">{s.title}</h1>
        <p className="muted">{s.intro}</p>
        {recordPending || (hasRecord && availability.isPending) ? <Loading /> : null}
        <ErrorNotice error={availability.error} />
        {data ? (
          <PatternForm
            key={JSON.stringify([data.pattern, data.note])}
            data={data}
            s={s}
            lang={lang}
            saved={saved}
            setSaved={setSaved}
          />
        ) : null}
      </section>
      {data && data.exceptions.length > 0 ? (
        <section className="driver-card" aria-labelledby="exceptions-title">
          <h2 id="exceptions-title">{s.exceptions}</h2>
          <ul className="driver-list">
            {data.exceptions.map((e) => (
              <li key={e.id}>
                <div className="line">
                  <strong>{dayIn(lang, e.date)}</strong>
                  <StatusBadge tone={e.available ? 'good' : 'warn'}>
                    {e.available ? s.canWorkThatDay : s.cannotWorkThatDay}
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

function DayToggles({
  legend,
  hint,
  values,
  enabled,
  preferred,
  lang,
  onToggle,
}: {
  legend: string;
  hint: string;
  values: boolean[];
  enabled?: boolean[];
  preferred?: boolean;
  lang: Language;
  onToggle: (i: number, on: boolean) => void;
}) {
  const hintId = useId();
  return (
    <fieldset className="field" aria-describedby={hintId}>
      <legend className="label">{legend}</legend>
      <div className={`week-days${preferred ? ' preferred' : ''}`}>
        {WEEKDAY_LETTERS[lang].map((letter, i) => (
          <label key={letter} title={WEEKDAY_NAMES[lang][i]}>
            <input
              type="checkbox"
              checked={values[i] ?? false}
              disabled={enabled ? !enabled[i] : false}
              onChange={(e) => onToggle(i, e.target.checked)}
              aria-label={WEEKDAY_NAMES[lang][i]}
            />
            <span aria-hidden="true">{letter}</span>
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
  s,
  lang,
  saved,
  setSaved,
}: {
  data: Availability;
  s: S;
  lang: Language;
  /** Kept above the form: the form starts again from the saved week once it is saved. */
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const [weekdays, setWeekdays] = useState(data.pattern.weekdays);
  const [preferred, setPreferred] = useState(data.pattern.preferredWeekdays);
  const [wants, setWants] = useState(data.pattern.wantsDays);
  const [note, setNote] = useState(data.note ?? '');
  const available = weekdays.filter(Boolean).length;
  const tooMany = wants > available ? s.tooMany(wants, available) : undefined;
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
      {saved ? <Notice kind="success">{s.saved}</Notice> : null}
      <ErrorNotice error={save.error} />
      <DayToggles
        legend={s.canWork}
        hint={s.canWorkHint}
        values={weekdays}
        lang={lang}
        onToggle={(i, on) => {
          setWeekdays(toggle(weekdays, i, on));
          if (!on) setPreferred(toggle(preferred, i, false));
          changed();
        }}
      />
      <DayToggles
        legend={s.prefer}
        hint={s.preferHint}
        values={preferred}
        enabled={weekdays}
        preferred
        lang={lang}
        onToggle={(i, on) => {
          setPreferred(toggle(preferred, i, on));
          changed();
        }}
      />
      <fieldset className={`field${tooMany || fieldError(save.error, 'wantsDays') ? ' has-error' : ''}`}>
        <legend>{s.wants}</legend>
        <div className="stepper">
          <button
            type="button"
            className="button-secondary"
            aria-label={s.fewer}
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
            aria-label={s.more}
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
          <p className="hint">{s.wantsHint(available)}</p>
        )}
      </fieldset>
      <TextAreaField
        label={s.note}
        value={note}
        onValue={(v) => {
          setNote(v);
          changed();
        }}
        rows={2}
        maxLength={500}
        hint={s.noteHint}
        error={fieldError(save.error, 'note')}
      />
      <div className="form-actions">
        <SubmitButton pending={save.isPending} pendingLabel={s.saving} disabled={Boolean(tooMany)}>
          {s.save}
        </SubmitButton>
      </div>
    </Form>
  );
}
