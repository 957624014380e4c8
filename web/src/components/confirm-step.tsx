import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { Button } from './button';

export interface ConfirmStepProps {
  /** Names the question's group; unique on the page. */
  questionId: string;
  question: string;
  /** What the first button says; it may carry hidden text naming whom the action is about. */
  trigger: ReactNode;
  confirmLabel: string;
  /** What the button that backs out says; "Cancel" unless that would be ambiguous (e.g. cancelling an event). */
  dismissLabel?: string;
  /** A harmful action is red on both buttons; another is a secondary button confirmed with a primary one. */
  danger: boolean;
  busy: boolean;
  /** Called as the question opens, e.g. to clear an earlier attempt's error. */
  onOpen: () => void;
  /** Does the action; call `done` once it has settled to close the question. */
  onConfirm: (done: () => void) => void;
}

/**
 * A button whose action is asked once more before it is done. The question takes focus when it
 * opens, and focus goes back to the button when it closes, so keyboard and screen reader users
 * are not left at the top of the page.
 */
export function ConfirmStep({
  questionId,
  question,
  trigger,
  confirmLabel,
  dismissLabel,
  danger,
  busy,
  onOpen,
  onConfirm,
}: ConfirmStepProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [restoreFocus, setRestoreFocus] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (!confirming && restoreFocus) {
      triggerRef.current?.focus();
      setRestoreFocus(false);
    }
  }, [confirming, restoreFocus]);

  const close = () => {
    setConfirming(false);
    setRestoreFocus(true);
  };

  return confirming ? (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      <div className="confirm__actions">
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={() => onConfirm(close)}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={close}>
          {dismissLabel ?? t('common.cancel')}
        </Button>
      </div>
    </div>
  ) : (
    <Button
      ref={triggerRef}
      variant={danger ? 'danger' : 'secondary'}
      onClick={() => {
        onOpen();
        setConfirming(true);
      }}
    >
      {trigger}
    </Button>
  );
}
