import { pickText } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { useNewsChoices } from '../api/get-news-choices';
import { maxNews, moveNews, toggleNews } from '../newsletter-form';

export interface NewsBlockFieldProps {
  /** The picked posts, in the mail's order. */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}

/** The id of the first control of the news choice, for the error summary's link. */
export const newsFieldId = 'newsletter-news';

/** Published news posts to carry after the text, ticked in the order the mail lists them (which can be changed). */
export function NewsBlockField({ value, onChange, error }: NewsBlockFieldProps) {
  const { t, language } = useI18n();
  const news = useNewsChoices();
  const posts = news.data?.items ?? [];
  const titleOf = (id: string): string => {
    const post = posts.find((p) => p.id === id);
    return post ? pickText(post.title, language) || t('adminNewsletters.untitled') : t('adminNewsletters.form.newsGone');
  };
  // A picked post that is no longer published stays listed, ticked, so it can be taken out.
  const gone = news.isSuccess ? value.filter((id) => !posts.some((post) => post.id === id)) : [];
  const choices = [...posts.map((post) => post.id), ...gone];

  return (
    <>
      <fieldset className={error ? 'field checkbox-group field--invalid' : 'field checkbox-group'} aria-describedby={`${newsFieldId}-hint`}>
        <legend className="field__label">{t('adminNewsletters.form.news')}</legend>
        <p className="field__hint" id={`${newsFieldId}-hint`}>
          {t('adminNewsletters.form.newsHint', { max: maxNews })}
        </p>
        {error ? (
          <p className="field__error">
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {error}
          </p>
        ) : null}
        {news.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : news.isError ? (
          <p className="muted">{describeError(news.error, t)}</p>
        ) : choices.length === 0 ? (
          <p className="muted">{t('adminNewsletters.form.newsNone')}</p>
        ) : (
          choices.map((id, index) => (
            <CheckboxField
              key={id}
              id={index === 0 ? newsFieldId : `${newsFieldId}-${id}`}
              name="blocks.newsIds"
              label={titleOf(id)}
              checked={value.includes(id)}
              onChange={(on) => onChange(toggleNews(value, id, on))}
            />
          ))
        )}
      </fieldset>
      {value.length > 1 ? (
        <div className="field">
          <p className="field__label" id={`${newsFieldId}-order`}>
            {t('adminNewsletters.form.newsOrder')}
          </p>
          <ol className="news-order" aria-labelledby={`${newsFieldId}-order`}>
            {value.map((id, index) => (
              <li key={id} className="news-order__item">
                <span>{titleOf(id)}</span>
                {index > 0 ? (
                  <Button variant="quiet" onClick={() => onChange(moveNews(value, id, -1))}>
                    {t('adminNewsletters.form.moveUp')}
                    <span className="visually-hidden"> {titleOf(id)}</span>
                  </Button>
                ) : null}
                {index < value.length - 1 ? (
                  <Button variant="quiet" onClick={() => onChange(moveNews(value, id, 1))}>
                    {t('adminNewsletters.form.moveDown')}
                    <span className="visually-hidden"> {titleOf(id)}</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </>
  );
}
