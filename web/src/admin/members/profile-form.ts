import type { Profile, StaffUpdateMemberBody } from '@alumni/shared';
import { orderReturnModes, profileValues, type ProfileValues } from '../../profile-form/profile-values';

/** The edit form's values: the profile's form values, with the skills in one box as HR types them. */
export type ProfileFormValues = Omit<ProfileValues, 'skills'> & {
  /** Comma-separated, as typed. */
  skills: string;
};

export type ProfileTextField = 'firstName' | 'lastName' | 'headline' | 'currentEmployer' | 'currentTitle' | 'city' | 'country' | 'linkedinUrl' | 'bio';
export type ProfileFlagField = 'openToReturn' | 'mentor' | 'speaker';

export function profileFormValues(profile: Profile): ProfileFormValues {
  return { ...profileValues(profile), skills: profile.skills.join(', ') };
}

/** Skills typed as "Excel, SAP,  excel": trimmed, empty ones dropped, each kept once whatever its case. */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const skill = part.trim();
    const key = skill.toLocaleLowerCase();
    if (skill === '' || seen.has(key)) continue;
    seen.add(key);
    skills.push(skill);
  }
  return skills;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

const textFields: readonly ProfileTextField[] = ['firstName', 'lastName', 'headline', 'currentEmployer', 'currentTitle', 'city', 'linkedinUrl', 'bio'];

/**
 * Only what HR changed goes to the API, so the audit log names the fields that were edited and a
 * value the member changed meanwhile in a field HR did not touch is not overwritten.
 */
export function changedProfileFields(initial: ProfileFormValues, current: ProfileFormValues): StaffUpdateMemberBody {
  const body: StaffUpdateMemberBody = {};
  for (const field of textFields) {
    if (current[field].trim() !== initial[field].trim()) body[field] = current[field];
  }
  const country = current.country.trim().toUpperCase();
  if (country !== initial.country.trim().toUpperCase()) body.country = country;
  if (current.language !== initial.language) body.language = current.language;
  if (current.memberType !== initial.memberType) body.memberType = current.memberType;
  if (current.directoryVisibility !== initial.directoryVisibility) body.directoryVisibility = current.directoryVisibility;
  const skills = parseSkills(current.skills);
  if (!sameList(skills, parseSkills(initial.skills))) body.skills = skills;
  const modes = orderReturnModes(current.returnModes);
  if (!sameList(modes, orderReturnModes(initial.returnModes))) body.returnModes = modes;
  if (current.openToReturn !== initial.openToReturn) body.openToReturn = current.openToReturn;
  if (current.mentor !== initial.mentor) body.mentor = current.mentor;
  if (current.speaker !== initial.speaker) body.speaker = current.speaker;
  return body;
}
