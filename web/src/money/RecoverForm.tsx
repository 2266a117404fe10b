import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, client } from '../app/api.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { centsToDollars, dollarsToCents } from '../people/labels.js';

/**
 * A disputed discrepancy marked recovered with what the next invoice paid back (the full difference
 * unless the owner types less), recorded as its dispute's outcome so the dispute's total follows.
 */
export function RecoverForm({
  id,
  disputeId,
  description,
  claimedCents,
}: {
  id: string;
  disputeId: string;
  description: string;
  claimedCents: number | null;
}) {
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(centsToDollars(claimedCents));
  const cents = dollarsToCents(amount);
  const settle = useMutation({
    mutationFn: (recoveredCents: number) =>
      answer(
        client.POST('/money/disputes/{id}/outcome', {
          params: { path: { id: disputeId } },
          body: { lines: [{ discrepancyId: id, status: 'recovered', recoveredCents }] },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['money'] }),
  });
  return (
    <form
      className="button-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (typeof cents === 'number') settle.mutate(cents);
      }}
    >
      <input
        aria-label={`Recovered for ${description} ($)`}
        inputMode="decimal"
        size={8}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
      />
      <button type="submit" disabled={typeof cents !== 'number' || settle.isPending}>
        Mark recovered
      </button>
      <ErrorNotice error={settle.error} />
    </form>
  );
}
