/** The shared dated rate table as feed resources, each row with its last day in force. */
import type { Rate } from '../../shared/agency/entities.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { RATE_TABLE } from '../../shared/domain/rates.ts';

export function rateEntities(): Rate[] {
  return RATE_TABLE.map((row, i) => {
    const next = RATE_TABLE[i + 1];
    return {
      id: row.validFrom,
      validFrom: row.validFrom,
      validTo: next ? addDays(next.validFrom, -1) : null,
      hourlyOre: row.hourlyOre,
      lostTimeOre: row.lostTimeOre,
      perKmOre: row.perKmOre,
      assumed: row.assumed,
      perKmAssumed: row.perKmAssumed,
    };
  });
}
