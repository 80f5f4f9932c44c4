/** Moving one row of an ordered list up or down with buttons, keeping the keyboard on the row that moved. */

/** The list with the entry at `from` one place up (-1) or down (1); null when it is already at that end. */
export function moved<T>(list: readonly T[], from: number, by: -1 | 1): T[] | null {
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return null;
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The button to focus after a move to `to`: the same direction, except at either end where only the other is left. */
export function moveButtonAfter(by: -1 | 1, to: number, length: number): 'up' | 'down' {
  return by < 0 ? (to === 0 ? 'down' : 'up') : to === length - 1 ? 'up' : 'down';
}
