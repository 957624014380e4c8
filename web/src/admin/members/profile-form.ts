import {
  returnModes as allReturnModes,
  type DirectoryVisibility,
  type Language,
  type MemberType,
  type Profile,
  type ReturnMode,
  type StaffUpdateMemberBody,
} from '@alumni/shared';

/** The edit form's values: what the inputs hold, before they become the API's body. */
export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  language: Language;
  memberType: MemberType;
  headline: string;
  currentEmployer: string;
  currentTitle: string;
  city: string;
  country: string;
  linkedinUrl: string;
  bio: string;
  /** Comma-separated, as typed. */
  skills: string;
  openToReturn: boolean;
  returnModes: readonly ReturnMode[];
  mentor: boolean;
  speaker: boolean;
  directoryVisibility: DirectoryVisibility;
}

export type ProfileTextField = 'firstName' | 'lastName' | 'headline' | 'currentEmployer' | 'currentTitle' | 'city' | 'country' | 'linkedinUrl' | 'bio';
export type ProfileFlagField = 'openToReturn' | 'mentor' | 'speaker';

export function profileFormValues(profile: Profile): ProfileFormValues {
  return {
    firstName: profile.firstName ?? '',
    lastName: profile.lastName ?? '',
    language: profile.language,
    memberType: profile.memberType,
    headline: profile.headline ?? '',
    currentEmployer: profile.currentEmployer ?? '',
    currentTitle: profile.currentTitle ?? '',
    city: profile.city ?? '',
    country: profile.country ?? '',
    linkedinUrl: profile.linkedinUrl ?? '',
    bio: profile.bio ?? '',
    skills: profile.skills.join(', '),
    openToReturn: profile.openToReturn,
    returnModes: profile.returnModes,
    mentor: profile.mentor,
    speaker: profile.speaker,
    directoryVisibility: profile.directoryVisibility,
  };
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

/** Return modes in the contract's order, so the same choice always looks the same. */
const orderedModes = (modes: readonly ReturnMode[]): ReturnMode[] => allReturnModes.filter((mode) => modes.includes(mode));

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
  const modes = orderedModes(current.returnModes);
  if (!sameList(modes, orderedModes(initial.returnModes))) body.returnModes = modes;
  if (current.openToReturn !== initial.openToReturn) body.openToReturn = current.openToReturn;
  if (current.mentor !== initial.mentor) body.mentor = current.mentor;
  if (current.speaker !== initial.speaker) body.speaker = current.speaker;
  return body;
}

/** Toggles one return mode in or out of the choice. */
export const toggleReturnMode = (modes: readonly ReturnMode[], mode: ReturnMode, on: boolean): ReturnMode[] =>
  orderedModes(on ? [...modes.filter((m) => m !== mode), mode] : modes.filter((m) => m !== mode));
