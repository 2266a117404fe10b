/**
 * What a phone keeps to send when it has a connection (inspections, punches): the order of sending
 * and what each answer does, apart from where the items are kept (IndexedDB on the phone).
 */
export interface Outbox<T> {
  /** The items waiting to be sent, in the order they were made. */
  waiting(): Promise<T[]>;
  /** Sent and stored by the server: forget it. */
  remove(item: T): Promise<void>;
  /** Refused by the server: keep it with the server's words, for the person to see. */
  reject(item: T, message: string): Promise<void>;
}

export type Delivery = { kind: 'sent' } | { kind: 'offline' } | { kind: 'rejected'; message: string };

export interface Drained {
  sent: number;
  rejected: number;
  /** Still waiting: the connection dropped before they went. */
  left: number;
}

/**
 * Sends what is waiting one at a time, in order; the first that finds no connection stops the round
 * (the rest would fail the same way and must not overtake it). A refusal does not stop the others.
 */
export async function drain<T>(box: Outbox<T>, send: (item: T) => Promise<Delivery>): Promise<Drained> {
  const items = await box.waiting();
  const done: Drained = { sent: 0, rejected: 0, left: items.length };
  for (const item of items) {
    const delivery = await send(item);
    if (delivery.kind === 'offline') break;
    done.left -= 1;
    if (delivery.kind === 'sent') {
      await box.remove(item);
      done.sent += 1;
    } else {
      await box.reject(item, delivery.message);
      done.rejected += 1;
    }
  }
  return done;
}
