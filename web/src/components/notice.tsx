import { useEffect, useRef, type ReactNode } from 'react';

export interface NoticeProps {
  children: ReactNode;
  tone?: 'success' | 'info' | 'error';
  /** Move focus to the notice when it appears, e.g. when it replaces the form that was just sent. */
  focus?: boolean;
  title?: string;
}

/** A message that appears after an action; announced politely (status) or, for errors, at once (alert). */
export function Notice({ children, tone = 'success', focus = false, title }: NoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);

  return (
    <div
      ref={ref}
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={focus ? -1 : undefined}
    >
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  );
}
