/** An id no other item of the list has: seats of a shift are named `${date}/${shiftId}/${seatId}`, so ids must stay distinct. */
export function freeId(items: readonly { id: string }[], prefix: string): string {
  let n = items.length + 1;
  while (items.some((item) => item.id === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
