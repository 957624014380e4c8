import type { NewsPost } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ConfirmStep } from '../../../components/confirm-step';
import { useDeleteNewsPost } from '../api/delete-news-post';

export interface DeleteNewsActionProps {
  post: NewsPost;
  title: string;
  onDeleted: (post: NewsPost) => void;
}

/** Delete, asked once more: a published post leaves the portal at once. */
export function DeleteNewsAction({ post, title, onDeleted }: DeleteNewsActionProps) {
  const { t } = useI18n();
  const remove = useDeleteNewsPost();
  return (
    <>
      <ConfirmStep
        questionId={`news-delete-${post.id}`}
        question={t('adminNews.deleteQuestion', { title })}
        trigger={
          <>
            {t('adminNews.delete')}
            <span className="visually-hidden"> {title}</span>
          </>
        }
        confirmLabel={t('adminNews.deleteYes')}
        danger
        busy={remove.isPending}
        onOpen={() => remove.reset()}
        onConfirm={(done) => remove.mutate(post.id, { onSuccess: () => onDeleted(post), onSettled: done })}
      />
      {remove.isError ? (
        <p className="row-error" role="alert">
          {describeError(remove.error, t, { conflict: 'adminNews.deleteConflict' })}
        </p>
      ) : null}
    </>
  );
}
