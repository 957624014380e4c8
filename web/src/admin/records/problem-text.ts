import type { ImportProblem, RecordImport } from '@alumni/shared';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';

/** The text of each problem code the server sends; its params fill the placeholders. */
const problemKeys = {
  file_empty: 'adminRecords.problem.file_empty',
  file_unreadable: 'adminRecords.problem.file_unreadable',
  file_unreadable_at: 'adminRecords.problem.file_unreadable_at',
  no_header: 'adminRecords.problem.no_header',
  duplicate_column: 'adminRecords.problem.duplicate_column',
  missing_columns: 'adminRecords.problem.missing_columns',
  nul_character: 'adminRecords.problem.nul_character',
  too_many_values: 'adminRecords.problem.too_many_values',
  required: 'adminRecords.problem.required',
  too_long: 'adminRecords.problem.too_long',
  employee_number_chars: 'adminRecords.problem.employee_number_chars',
  invalid_email: 'adminRecords.problem.invalid_email',
  invalid_date: 'adminRecords.problem.invalid_date',
  end_before_start: 'adminRecords.problem.end_before_start',
  unknown_member_type: 'adminRecords.problem.unknown_member_type',
  duplicate_row: 'adminRecords.problem.duplicate_row',
  conflicting_row: 'adminRecords.problem.conflicting_row',
  conflicting_row_first: 'adminRecords.problem.conflicting_row_first',
  import_failed: 'adminRecords.problem.import_failed',
} as const satisfies Record<string, MessageKey>;

const keyOf = (code: string | undefined): MessageKey | undefined =>
  code !== undefined && Object.hasOwn(problemKeys, code) ? problemKeys[code as keyof typeof problemKeys] : undefined;

/**
 * A problem in the reader's language. A code this console does not know yet (a newer server) is
 * shown in the server's English words rather than not at all.
 */
export function problemText(problem: ImportProblem, t: Translate): string {
  const key = keyOf(problem.code);
  return key ? t(key, problem.params) : problem.message;
}

/** Why a failed import wrote nothing, in the reader's language when the server said it by code. */
export function failureText(recordImport: Pick<RecordImport, 'error' | 'problems'>, t: Translate): string | null {
  const coded = recordImport.problems.findLast((p) => p.code === 'import_failed');
  if (coded) return problemText(coded, t);
  return recordImport.error;
}
