import {
  returnModes as allReturnModes,
  type DirectoryVisibility,
  type Language,
  type MemberType,
  type Profile,
  type ReturnMode,
  type UpdateProfileBody,
} from '@alumni/shared';

/**
 * A profile as its edit forms hold it: every text as typed (empty when not given), the rest as the
 * API has it. The member edits their own profile with it and HR edits it for them.
 */
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
    returnModes: values.openToReturn ? values.returnModes : [],
  };
}

/** Return modes in the contract's order, the order the options are shown in, so the same choice always looks the same. */
export const orderReturnModes = (modes: readonly ReturnMode[]): ReturnMode[] => allReturnModes.filter((mode) => modes.includes(mode));

/** Ticks or unticks one way of returning. */
export const toggleReturnMode = (modes: readonly ReturnMode[], mode: ReturnMode, on: boolean): ReturnMode[] =>
  orderReturnModes(on ? [...modes, mode] : modes.filter((m) => m !== mode));
