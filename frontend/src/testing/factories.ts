import type { components } from '@/api/schema';

type S = components['schemas'];

/** Test data shaped by the generated API types, so a change of the contract breaks the tests at compile time. */
export function unitRef(overrides: Partial<S['UnitRef']> = {}): S['UnitRef'] {
  return { id: crypto.randomUUID(), code: '96', name: 'Hội LHPN tỉnh Cà Mau', level: 'PROVINCE', ...overrides };
}

export function totals(overrides: Partial<S['ActivityTotals']> = {}): S['ActivityTotals'] {
  return {
    activities: 0,
    participants: 0,
    participantsWomen: 0,
    participantsEthnicMinority: 0,
    beneficiaryPeople: 0,
    beneficiaryHouseholds: 0,
    cost: 0,
    funds: 0,
    ...overrides,
  };
}

export function lineage(overrides: Partial<S['UnitLineage']> = {}): S['UnitLineage'] {
  return {
    unit: unitRef({ code: '95', name: 'Hội LHPN tỉnh Bạc Liêu' }),
    validFrom: '2020-01-01',
    validTo: '2025-07-01',
    predecessors: [],
    successors: [],
    ...overrides,
  };
}
