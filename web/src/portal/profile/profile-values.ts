import type { DirectoryVisibility, Language, MemberType, Profile, ReturnMode, UpdateProfileBody } from '@alumni/shared';

/** The profile form's state: every text as typed (empty when not given), the rest as the API has it. */
export interface ProfileValues {
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
  skills: string[];
  openToReturn: boolean;
  returnModes: ReturnMode[];
  mentor: boolean;
  speaker: boolean;
  directoryVisibility: DirectoryVisibility;
}

export type ProfileTextField = 'headline' | 'currentEmployer' | 'currentTitle' | 'city' | 'linkedinUrl' | 'bio';

export function profileValues(profile: Profile): ProfileValues {
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
    skills: [...profile.skills],
    openToReturn: profile.openToReturn,
    returnModes: [...profile.returnModes],
    mentor: profile.mentor,
    speaker: profile.speaker,
    directoryVisibility: profile.directoryVisibility,
  };
}

/**
 * The whole form as the update body. Empty texts go as they are (the schema stores them as "not
 * given"); the ways to return are kept only while the member is open to returning, so unticking
 * the box does not leave hidden choices behind.
 */
export function profileBody(values: ProfileValues): UpdateProfileBody {
  return {
    ...values,
    linkedinUrl: values.linkedinUrl.trim(),
    country: values.country,
    returnModes: values.openToReturn ? values.returnModes : [],
  };
}

/** Ticks or unticks one way of returning, keeping the order the options are shown in. */
export function toggleReturnMode(current: readonly ReturnMode[], mode: ReturnMode, on: boolean, order: readonly ReturnMode[]): ReturnMode[] {
  const next = new Set(current);
  if (on) next.add(mode);
  else next.delete(mode);
  return order.filter((m) => next.has(m));
}
