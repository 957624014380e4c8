import { intBetween, pickWeighted, type Rng } from './random.js';

/** The company's own mail domain; .example is reserved, so no demo address can reach a real mailbox. */
export const COMPANY_MAIL_DOMAIN = 'esimerkkihoiva.example';

export const foldToAscii = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[äåáà]/g, 'a')
    .replace(/[öó]/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9-]/g, '');

export type Domain = 'example.fi' | 'example.com' | 'example.se';
export const personalDomains: readonly Domain[] = ['example.fi', 'example.com', 'example.se'];

/** A private address as people make them up; `taken` keeps everyone's unique. */
export function emailFor(first: string, last: string, domain: Domain, taken: Set<string>, rnd: Rng): string {
  const f = foldToAscii(first);
  const l = foldToAscii(last);
  const local = pickWeighted<string>(
    [
      [`${f}.${l}`, 55],
      [`${f}${l}`, 10],
      [`${f.charAt(0)}.${l}`, 10],
      [`${f}.${l}${intBetween(rnd, 70, 99)}`, 10],
      [`${l}.${f}`, 5],
      [`${f}_${l}`, 5],
      [`${f}.${l.charAt(0)}`, 5],
    ],
    rnd,
  );
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** The address the company gave: first.last, numbered when a namesake had it first. */
export function workEmailFor(first: string, last: string, taken: Set<string>): string {
  const local = `${foldToAscii(first.split(' ')[0] ?? first)}.${foldToAscii(last)}`;
  let email = `${local}@${COMPANY_MAIL_DOMAIN}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${COMPANY_MAIL_DOMAIN}`;
  taken.add(email);
  return email;
}

/** A profile address of the form LinkedIn gives by default: the name and a random suffix. */
export function linkedinUrlFor(first: string, last: string, rnd: Rng): string {
  const suffix = Math.floor(rnd() * 2 ** 32)
    .toString(16)
    .padStart(8, '0');
  return `https://www.linkedin.com/in/${foldToAscii(first)}-${foldToAscii(last)}-${suffix}`;
}
