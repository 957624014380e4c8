/** A person's name as shown in the console, or '' when they gave none (the address stands in then). */
export const memberName = (person: { firstName: string | null; lastName: string | null }): string =>
  [person.firstName, person.lastName].filter((part): part is string => Boolean(part?.trim())).join(' ');
