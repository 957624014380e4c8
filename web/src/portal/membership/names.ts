/** A person's name for people to read; null when neither part is known. */
export function fullName(firstName: string | null, lastName: string | null): string | null {
  const name = [firstName, lastName]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
  return name === '' ? null : name;
}

/** The first letter of a name part, taken as a whole character so Å, Ö or a surrogate pair survive. */
const firstLetter = (part: string | null): string => {
  const letter = [...(part?.trim() ?? '')].find((char) => /[\p{L}\p{N}]/u.test(char));
  return letter ? letter.toLocaleUpperCase() : '';
};

/** Initials for an avatar without a photo: "Aino Virtanen" → "AV"; "?" when there is no name. */
export function initials(firstName: string | null, lastName: string | null): string {
  const result = firstLetter(firstName) + firstLetter(lastName);
  return result === '' ? '?' : result;
}
