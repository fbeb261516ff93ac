/** The product's areas, in menu order. */
export const AREAS = ['appointments', 'claims', 'calendar', 'bookings', 'myDetails', 'queue'] as const;
export type Area = (typeof AREAS)[number];

/** "Mina uppgifter" is counsel's own: a person who is only an assistant does not see it (A5). */
export function areasFor(roles: readonly ('counsel' | 'assistant')[]): readonly Area[] {
  return roles.includes('counsel') ? AREAS : AREAS.filter((a) => a !== 'myDetails');
}
