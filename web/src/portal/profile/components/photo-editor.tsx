import { useRef, useState } from 'react';
import { photoMaxBytes, photoMimeTypes, type Profile } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { Avatar } from '../../membership/components/avatar';
import { useRemovePhoto } from '../api/remove-photo';
import { useUploadPhoto } from '../api/upload-photo';
import { checkPhoto, megabytes, type PhotoProblem } from '../photo-check';

const inputId = 'profile-photo-file';

const uploadErrors: ErrorOverrides = {
  payload_too_large: 'profile.photoTooLargeServer',
  unsupported_media_type: 'profile.photoRejected',
  validation_failed: 'profile.photoRejected',
};

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

export function PhotoEditor({ profile }: { profile: Profile }) {
  const { t, locale } = useI18n();
  const upload = useUploadPhoto();
  const remove = useRemovePhoto();
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<{ kind: PhotoProblem; size: number } | null>(null);
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
    const kind = checkPhoto(file);
    setProblem(kind ? { kind, size: file.size } : null);
    if (kind) return;
    try {
      setChosen({ file, preview: await readAsDataUrl(file) });
    } catch {
      setProblem({ kind: 'type', size: file.size });
    }
  };

  const problemText =
    problem === null
      ? null
      : problem.kind === 'size'
        ? t('profile.photoTooLarge', { size: megabytes(problem.size, locale), max: megabytes(photoMaxBytes, locale) })
        : problem.kind === 'empty'
          ? t('profile.photoEmpty')
          : t('profile.photoWrongType');
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  return (
    <section className="panel" aria-labelledby="profile-photo-title">
      <h2 id="profile-photo-title">{t('profile.photoTitle')}</h2>
      <div className="photo-editor">
        <div className="photo-editor__current">
          {chosen ? (
            <img className="avatar avatar--large" src={chosen.preview} alt={t('profile.photoPreviewAlt')} width={160} height={160} />
          ) : (
            <Avatar firstName={profile.firstName} lastName={profile.lastName} photoUrl={profile.photoUrl} alt={t('profile.photoAlt')} size="large" />
          )}
        </div>
        <div className="photo-editor__controls">
          <ErrorSummary error={upload.error ?? remove.error} overrides={uploadErrors} />
          {done ? <Notice>{done === 'uploaded' ? t('profile.photoUploaded') : t('profile.photoRemoved')}</Notice> : null}
          <div className={problemText ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={inputId}>
              {profile.photoUrl ? t('profile.photoChooseNew') : t('profile.photoChoose')}
            </label>
            <p className="field__hint" id={hintId}>
              {t('profile.photoHint', { max: megabytes(photoMaxBytes, locale) })}
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
              accept={photoMimeTypes.join(',')}
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
                  {t('profile.photoUpload')}
                </Button>
                <Button variant="secondary" onClick={clearChoice}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : profile.photoUrl ? (
              <Button variant="secondary" busy={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => setDone('removed') })}>
                {t('profile.photoRemove')}
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}
