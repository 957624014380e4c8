import type { ComponentPropsWithRef } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: ButtonVariant;
  /** While busy the button stays focusable but does nothing, so focus is not lost mid-request. */
  busy?: boolean;
};

export function Button({ variant = 'primary', busy = false, type = 'button', className, onClick, ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, busy ? 'button--busy' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-disabled={busy ? true : undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
