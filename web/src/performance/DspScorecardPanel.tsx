import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatDateTime } from '../app/format.js';
import { Field, SelectField } from '../app/ui/fields.js';
import { Form, SubmitButton } from '../app/ui/form.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { PERFORMANCE_KEY, performanceApi } from './api.js';
import { DspScorecardDas } from './DspScorecardDas.js';
import { DspScorecardFields } from './DspScorecardFields.js';
import { DSP_SCORECARD_KEY, type DspScorecard, dspScorecardApi } from './dsp-api.js';
import { formatScore } from './labels.js';
import { TierBadge } from './TierBadge.js';

const OUTCOMES = {
  created: 'Read',
  replaced: 'Replaced the week’s scorecard with',
  unchanged: 'Already on file, nothing changed:',
} as const;

/** Uploads a station's scorecard PDF and says what came of it. */
function UploadForm({ stationId, onUploaded }: { stationId: string; onUploaded: (id: string) => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => dspScorecardApi.upload(stationId, f),
    onSuccess: async (card) => {
      onUploaded(card.id);
      await queryClient.invalidateQueries({ queryKey: PERFORMANCE_KEY });
    },
  });
  const done = upload.data;
  const unread = done ? done.fields.filter((f) => f.value === null && f.required).length : 0;
  return (
    <Form className="card stack" onSubmit={() => file && upload.mutate(file)}>
      <Field
        label="Scorecard PDF"
        hint="US_<DSP>_<STATION>_Week<N>_<YYYY>_en_DSPScorecard.pdf, as Amazon sends it"
      >
        {(props) => (
          <input
            {...props}
            type="file"
            accept="application/pdf,.pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <ErrorNotice error={upload.error} />
      {done ? (
        <Notice kind={unread > 0 ? 'warning' : 'success'}>
          {OUTCOMES[done.outcome]} {done.fileName} ({done.label ?? 'week not read'}):{' '}
          {unread > 0 ? `${unread} required field(s) to enter below.` : 'every required field read.'}
        </Notice>
      ) : null}
      <div className="form-actions-start">
        <SubmitButton
          pending={upload.isPending}
          pendingLabel="Reading…"
          disabled={!file}
          whyDisabled="Choose the scorecard PDF."
        >
          Upload and read
        </SubmitButton>
      </div>
    </Form>
  );
}

/** Amazon's overall for the week as its PDF gives it, beside our estimate of the same week. */
function Standings({ card }: { card: DspScorecard }) {
  const week = card.week ?? '';
  const ours = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'scorecard', card.station.id, week],
    queryFn: () => performanceApi.scorecard(card.station.id, week),
    enabled: Boolean(card.week),
  });
  const estimate = ours.data && ours.data.das > 0 ? ours.data.estimate : null;
  return (
    <section className="card estimate-pair" aria-label="The week’s standing">
      <div>
        <p className="muted">Amazon’s overall ({card.label ?? 'week not read'})</p>
        <p className="estimate-score">
          {formatScore(card.overallScore)} <TierBadge tier={card.overallStanding} />
        </p>
        <p className="hint">
          From <a href={card.file.url}>{card.fileName}</a>, uploaded {formatDateTime(card.uploadedAt)}.{' '}
          {card.status === 'complete' ? null : <StatusBadge tone="warn">Needs entries</StatusBadge>}
        </p>
      </div>
      <div>
        <p className="muted">Our estimate</p>
        <p className="estimate-score">
          {formatScore(estimate?.score)} <TierBadge tier={estimate?.standing} />
        </p>
        <p className="hint">
          {estimate ? estimate.basis : 'No per-DA figures imported for this week (DSP Overview Dashboard).'}
        </p>
      </div>
    </section>
  );
}

function ScorecardDetail({ id }: { id: string }) {
  const card = useQuery({
    queryKey: [...DSP_SCORECARD_KEY, 'one', id],
    queryFn: () => dspScorecardApi.get(id),
  });
  const data = card.data;
  return (
    <>
      <QueryStatus query={card} />
      {data ? (
        <>
          <Standings card={data} />
          <DspScorecardFields key={`${data.id}:${data.updatedAt}`} card={data} />
          <DspScorecardDas card={data} />
        </>
      ) : null}
    </>
  );
}

/**
 * Amazon's weekly DSP scorecard PDF of the station: upload it, see what was read and where from, enter
 * what was not, and the DAs of its table matched by Transporter ID.
 */
export function DspScorecardPanel({ stationId, week }: { stationId: string; week: string }) {
  const { can } = useSession();
  const [picked, setPicked] = useState('');
  const list = useQuery({
    queryKey: [...DSP_SCORECARD_KEY, 'list', stationId, week],
    queryFn: () => dspScorecardApi.list(stationId, week),
    enabled: Boolean(stationId),
  });
  const items = list.data?.items ?? [];
  const id = picked || items[0]?.id || '';
  return (
    <div className="stack">
      {can('performance.write') ? <UploadForm stationId={stationId} onUploaded={setPicked} /> : null}
      <QueryStatus
        query={list}
        isEmpty={items.length === 0 && !picked}
        empty="No scorecard PDF for this week yet."
      />
      {items.length > 1 ? (
        <SelectField
          label="Scorecard"
          value={id}
          onValue={setPicked}
          options={items.map((i) => ({
            value: i.id,
            label: `${i.label ?? 'Week not read'} · ${i.fileName}`,
          }))}
        />
      ) : null}
      {id ? <ScorecardDetail id={id} /> : null}
    </div>
  );
}
