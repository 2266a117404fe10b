import type { ReactNode } from 'react';
import type { Dragged } from './board-model.js';

export interface DragHandlers {
  onDragStart: (dragged: Dragged) => void;
  onDragEnd: () => void;
}

/**
 * A DA or a van as a chip the dispatcher drags onto a route. Dragging is the mouse's way; every route
 * also has an Assign… button that does the same from the keyboard.
 */
export function DragChip({
  item,
  draggable,
  testId,
  children,
  onDragStart,
  onDragEnd,
}: DragHandlers & { item: Dragged; draggable: boolean; testId?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drag source; the route's Assign… button is its keyboard equivalent.
    <span
      className={`chip chip-${item.kind}`}
      draggable={draggable}
      data-testid={testId}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', item.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart(item);
      }}
      onDragEnd={onDragEnd}
    >
      {children}
    </span>
  );
}
