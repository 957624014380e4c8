import type { EmailOnlyBody } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { EmailField } from '../../../components/email-field';
import { ErrorSummary } from '../../../components/error-summary';
import { useFieldErrors } from '../../../components/use-field-errors';

/** The parts of a mutation the form uses; the caller keeps the rest, such as telling when it is done. */
export interface EmailRequest {
  error: unknown;
  isPending: boolean;
  mutate: (body: EmailOnlyBody) => void;
}

export interface EmailRequestFormProps {
  id: string;
  email: string;
  onEmailChange: (email: string) => void;
  request: EmailRequest;
  submitLabel: string;
}

/** Asks only for an address; the interface language goes with it so the email comes in that language. */
export function EmailRequestForm({ id, email, onEmailChange, request, submitLabel }: EmailRequestFormProps) {
  const { t, language } = useI18n();
  const fieldErrors = useFieldErrors(request.error);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!request.isPending) request.mutate({ email, language });
      }}
    >
      <ErrorSummary error={request.error} fields={[{ name: 'email', id, label: t('fields.email') }]} />
      <EmailField id={id} value={email} onChange={onEmailChange} error={fieldErrors.email} />
      <Button type="submit" busy={request.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
