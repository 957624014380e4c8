import { useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { addSkills, maxSkillLength, maxSkills, removeSkill, type SkillProblem } from '../skills';

const inputId = 'profile-skill-input';

export interface SkillsEditorProps {
  skills: readonly string[];
  onChange: (skills: string[]) => void;
  /** A server error about the skills, if any. */
  error?: string | undefined;
}

/** Skills as removable chips, and a box to add more (several at once, separated by commas). */
export function SkillsEditor({ skills, onChange, error }: SkillsEditorProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<SkillProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const result = addSkills(skills, typed);
    const added = result.skills.slice(skills.length);
    setProblem(result.problem);
    if (added.length > 0) {
      onChange(result.skills);
      setTyped('');
      setAnnouncement(t('profile.skillsAdded', { skills: added.join(', ') }));
    } else {
      setAnnouncement('');
    }
  };

  const remove = (skill: string) => {
    onChange(removeSkill(skills, skill));
    setProblem(null);
    setAnnouncement(t('profile.skillRemoved', { skill }));
    // The chip and its button are gone; the box to add skills is the natural place to continue.
    inputRef.current?.focus();
  };

  const problemText = problem
    ? {
        empty: t('profile.skillEmpty'),
        tooLong: t('profile.skillTooLong', { max: maxSkillLength }),
        tooMany: t('profile.skillsTooMany', { max: maxSkills }),
        duplicate: t('profile.skillDuplicate'),
      }[problem]
    : (error ?? null);
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  return (
    <fieldset className="field skills-editor">
      <legend className="field__label">{t('profile.skills')}</legend>
      {skills.length > 0 ? (
        <ul className="chips" aria-label={t('profile.yourSkills')}>
          {skills.map((skill) => (
            <li key={skill} className="chip">
              <span>{skill}</span>
              <button type="button" className="chip__remove" aria-label={t('profile.removeSkill', { skill })} onClick={() => remove(skill)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('profile.noSkills')}</p>
      )}
      <div className={problemText ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={inputId}>
          {t('profile.addSkill')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('profile.skillsHint', { count: skills.length, max: maxSkills })}
        </p>
        {problemText ? (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {problemText}
          </p>
        ) : null}
        <div className="inline-add">
          <input
            ref={inputRef}
            className="field__input"
            id={inputId}
            name="skill"
            type="text"
            value={typed}
            autoComplete="off"
            aria-describedby={problemText ? `${hintId} ${errorId}` : hintId}
            aria-invalid={problemText ? true : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setProblem(null);
            }}
            onKeyDown={(event) => {
              // Enter adds the skill here instead of saving the whole profile.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <Button variant="secondary" onClick={add}>
            {t('profile.addSkillButton')}
          </Button>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {problem ? problemText : announcement}
      </p>
    </fieldset>
  );
}
