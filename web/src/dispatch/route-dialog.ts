import type { Board, BoardRoute } from './api.js';

/** What each dialog on a board route is given. */
export interface DialogProps {
  board: Board;
  route: BoardRoute;
  onClose: () => void;
  /** After a change: the board reloads; `note` is shown to the dispatcher (warnings). */
  onDone: (note?: string) => void;
}

/** A count field's number: empty is NaN, never 0, so the form refuses it. */
export const whole = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
