import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Answer, answer, client } from '../app/api.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { centsToDollars, dollarsToCents } from '../people/labels.js';

export type RateLine = Answer<'/money/rates', 'get'>['items'][number];
type Item = RateLine['item'];

export const RATE_ITEMS: { value: Item; label: string; variant?: string; block?: boolean }[] = [
  { value: 'route', label: 'Route block', variant: 'Service type', block: true },
  { value: 'nursery', label: 'Nursery', variant: 'Service type', block: true },
  { value: 'ride-along', label: 'Ride-along', block: true },
  { value: 'training', label: 'Training block', block: true },
  { value: 'late-cancel', label: 'Late cancel' },
  { value: 'unplanned-delay', label: 'Unplanned delay (an hour)' },
  { value: 'per-package', label: 'Per package delivered' },
  { value: 'branding', label: 'Branding (a package)' },
  { value: 'pickup', label: 'Pickup (a package)' },
  { value: 'incentive', label: 'Scorecard incentive (a package)', variant: 'Tier' },
  { value: 'fleet', label: 'Fleet (a month)', variant: 'Van class' },
];

/**
 * Adds a line to a station's card, or corrects one (its rate and the day it takes effect; what it prices
 * stays). A new price from a later day is a new line, so the history of effective dates stays visible.
 */
export function RateLineForm({
  stationId,
  line,
  onClose,
}: {
  stationId: string;
  line: RateLine | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [item, setItem] = useState<Item>(line?.item ?? 'route');
  const [variant, setVariant] = useState(line?.variant ?? '');
  const [block, setBlock] = useState(line ? String(line.blockHours || '') : '10');
  const [from, setFrom] = useState(line?.effectiveFrom ?? '');
  const [rate, setRate] = useState(centsToDollars(line?.rateCents));
  const spec = RATE_ITEMS.find((i) => i.value === item);
  const cents = dollarsToCents(rate);
  const blockHours = spec?.block ? Number(block) : 0;
  const blockOk = !spec?.block || (block.trim() !== '' && blockHours >= 0 && blockHours <= 24);
  const save = useMutation({
    mutationFn: () => {
      const rateCents = cents ?? 0;
      if (line)
        return answer(
          client.PATCH('/money/rates/{id}', {
            params: { path: { id: line.id } },
            body: { rateCents, effectiveFrom: from },
          }),
        );
      return answer(
        client.POST('/money/rates', {
          body: { stationId, item, variant, blockHours, effectiveFrom: from, rateCents },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['money'] });
      onClose();
    },
  });
  return (
    <FormDialog
      title={line ? 'Correct a rate' : 'Add a rate'}
      onClose={onClose}
      submission={save}
      ready={Boolean(from) && typeof cents === 'number' && blockOk}
      whyNotReady="Fill in the day it takes effect, the block hours (0 to 24) and the rate in dollars."
      submitLabel={line ? 'Save rate' : 'Add rate'}
      pendingLabel="Saving…"
      intro={
        line ? (
          <p className="muted">
            To change a price from a later day, add a new line with that day: the old rate stays in force
            until then, and the weeks before are checked at it.
          </p>
        ) : null
      }
    >
      <SelectField
        label="Item"
        value={item}
        onValue={(v) => setItem(v as Item)}
        options={RATE_ITEMS.map((i) => ({ value: i.value, label: i.label }))}
        disabled={Boolean(line)}
      />
      {spec?.variant ? (
        <TextField
          label={spec.variant}
          value={variant}
          onValue={setVariant}
          error={fieldError(save.error, 'variant')}
          hint={
            item === 'incentive'
              ? 'As the scorecard names it, e.g. Fantastic Plus.'
              : 'As the invoice writes it.'
          }
          disabled={Boolean(line)}
          maxLength={200}
        />
      ) : null}
      {spec?.block ? (
        <TextField
          label="Block hours"
          value={block}
          onValue={setBlock}
          error={blockOk ? fieldError(save.error, 'blockHours') : 'Hours from 0 to 24, e.g. 10.'}
          hint="0 to 24, e.g. 10 for a 10-hour block."
          inputMode="decimal"
          disabled={Boolean(line)}
        />
      ) : null}
      <TextField
        label="Effective from"
        type="date"
        value={from}
        onValue={setFrom}
        error={fieldError(save.error, 'effectiveFrom')}
        required
      />
      <TextField
        label="Rate ($)"
        value={rate}
        onValue={setRate}
        error={
          typeof cents === 'number' || !rate
            ? fieldError(save.error, 'rateCents')
            : 'Dollars and cents, e.g. 325.00.'
        }
        inputMode="decimal"
        required
      />
    </FormDialog>
  );
}
