import type { MessageKey } from '../../i18n/en';

/** The kinds of object audit entries name, with their names for people, for the viewer's filter. */
export const auditObjectTypes: ReadonlyArray<readonly [type: string, label: MessageKey]> = [
  ['user', 'audit.object.user'],
  ['member', 'audit.object.member'],
  ['employment_records', 'audit.object.employment_records'],
  ['record_import', 'audit.object.record_import'],
  ['segment', 'audit.object.segment'],
  ['event', 'audit.object.event'],
  ['news_post', 'audit.object.news_post'],
  ['newsletter', 'audit.object.newsletter'],
  ['job', 'audit.object.job'],
  ['job_interest', 'audit.object.job_interest'],
  ['job_referral', 'audit.object.job_referral'],
  ['talent_flag', 'audit.object.talent_flag'],
  ['survey', 'audit.object.survey'],
  ['insight', 'audit.object.insight'],
  ['company_hires', 'audit.object.company_hires'],
  ['settings', 'audit.object.settings'],
  ['audit_log', 'audit.object.audit_log'],
];
