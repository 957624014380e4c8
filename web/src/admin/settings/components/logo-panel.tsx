import { useRef, useState } from 'react';
import { logoTypes, maxLogoBytes, type AdminSettings } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { useRemoveLogo } from '../api/remove-logo';
import { useUploadLogo } from '../api/upload-logo';
import { checkLogo, kilobytes, logoUrlOf, type LogoProblem } from '../settings-form';

const inputId = 'settings-logo-file';

const uploadErrors: ErrorOverrides = {
  payload_too_large: 'adminSettings.logo.tooLargeServer',
  unsupported_media_type: 'adminSettings.logo.rejected',
  validation_failed: 'adminSettings.logo.rejected',
};

const typeNames: Readonly<Record<string, string>> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };

interface Chosen {
  file: File;
  /** A data: URL; the content security policy allows those for images, not blob: ones. */
  preview: string;
}

const readAsDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });

/** The logo in the header: the one in force, a new one chosen and previewed before it is sent, or none. */
export function LogoPanel({ logo }: { logo: AdminSettings['logo'] }) {
  const { t, locale } = useI18n();
  const upload = useUploadLogo();
  const remove = useRemoveLogo();
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<{ kind: LogoProblem; size: number } | null>(null);
  const [done, setDone] = useState<'uploaded' | 'removed' | null>(null);

  const clearChoice = () => {
    setChosen(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  const choose = async (file: File | undefined) => {
    upload.reset();
    remove.reset();
    setDone(null);
    setChosen(null);
    if (!file) {
      setProblem(null);
      return;
    }
    const kind = checkLogo(file);
    setProblem(kind ? { kind, size: file.size } : null);
    if (kind) return;
    try {
      setChosen({ file, preview: await readAsDataUrl(file) });
    } catch {
      setProblem({ kind: 'type', size: file.size });
    }
  };

  const max = kilobytes(maxLogoBytes, locale);
  const problemText =
    problem === null
      ? null
      : problem.kind === 'size'
        ? t('adminSettings.logo.tooLarge', { size: kilobytes(problem.size, locale), max })
        : problem.kind === 'empty'
          ? t('adminSettings.logo.empty')
          : t('adminSettings.logo.wrongType');
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  return (
    <section className="panel" aria-labelledby="settings-logo-title">
      <h2 id="settings-logo-title">{t('adminSettings.logo.title')}</h2>
      <p>{t('adminSettings.logo.intro')}</p>
      <div className="logo-editor">
        <div className="logo-editor__current">
          {chosen ? (
            <img className="logo-editor__image" src={chosen.preview} alt={t('adminSettings.logo.previewAlt')} />
          ) : logo ? (
            <>
              <img className="logo-editor__image" src={logoUrlOf(logo)} alt={t('adminSettings.logo.currentAlt')} />
              <p className="muted">{t('adminSettings.logo.facts', { type: typeNames[logo.contentType] ?? logo.contentType, size: kilobytes(logo.bytes, locale) })}</p>
            </>
          ) : (
            <p className="muted">{t('adminSettings.logo.none')}</p>
          )}
        </div>
        <div className="logo-editor__controls">
          <ErrorSummary error={upload.error ?? remove.error} overrides={uploadErrors} />
          {done ? <Notice>{done === 'uploaded' ? t('adminSettings.logo.uploaded') : t('adminSettings.logo.removed')}</Notice> : null}
          <div className={problemText ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={inputId}>
              {logo ? t('adminSettings.logo.chooseNew') : t('adminSettings.logo.choose')}
            </label>
            <p className="field__hint" id={hintId}>
              {t('adminSettings.logo.hint', { max })}
            </p>
            <div aria-live="assertive">
              {problemText ? (
                <p className="field__error" id={errorId}>
                  <span className="visually-hidden">{t('errors.prefix')} </span>
                  {problemText}
                </p>
              ) : null}
            </div>
            <input
              ref={inputRef}
              className="field__file"
              id={inputId}
              name="file"
              type="file"
              accept={logoTypes.join(',')}
              aria-describedby={problemText ? `${hintId} ${errorId}` : hintId}
              aria-invalid={problemText ? true : undefined}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          </div>
          <div className="button-row">
            {chosen ? (
              <>
                <Button
                  busy={upload.isPending}
                  onClick={() =>
                    upload.mutate(chosen.file, {
                      onSuccess: () => {
                        clearChoice();
                        setDone('uploaded');
                      },
                    })
                  }
                >
                  {t('adminSettings.logo.upload')}
                </Button>
                <Button variant="secondary" onClick={clearChoice}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : logo ? (
              <Button variant="secondary" busy={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => setDone('removed') })}>
                {t('adminSettings.logo.remove')}
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}
