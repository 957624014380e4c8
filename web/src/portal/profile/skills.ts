/** The limits the API puts on skills (ZUpdateProfileBody): 30 at most, each up to 50 characters. */
export const maxSkills = 30;
export const maxSkillLength = 50;

export type SkillProblem = 'empty' | 'tooLong' | 'tooMany' | 'duplicate';

export interface AddSkillsResult {
  skills: string[];
  /** Why some of what was typed was not added; null when all of it was. */
  problem: SkillProblem | null;
}

const normalise = (skill: string): string => skill.trim().replace(/\s+/g, ' ');
const sameSkill = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Adds what was typed to the list; commas separate several skills ("SQL, React"). A skill already on
 * the list in another case is not added twice; the list never grows past the limit.
 */
export function addSkills(current: readonly string[], typed: string): AddSkillsResult {
  const skills = [...current];
  const candidates = typed.split(',').map(normalise).filter((skill) => skill !== '');
  if (candidates.length === 0) return { skills, problem: 'empty' };
  let problem: SkillProblem | null = null;
  for (const skill of candidates) {
    if ([...skill].length > maxSkillLength) problem ??= 'tooLong';
    else if (skills.some((existing) => sameSkill(existing, skill))) problem ??= 'duplicate';
    else if (skills.length >= maxSkills) problem ??= 'tooMany';
    else skills.push(skill);
  }
  return { skills, problem };
}

export const removeSkill = (current: readonly string[], skill: string): string[] => current.filter((s) => s !== skill);
