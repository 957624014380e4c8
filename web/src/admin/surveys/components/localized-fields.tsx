import { languages, type Language, type LocalizedText } from '@alumni/shared';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { surveyFieldId } from '../survey-errors';

export interface LocalizedFieldsProps {
  /** The field key without the language, e.g. `questions.q1.prompt`. */
  name: string;
  value: LocalizedText;
  label: (language: Language) => string;
  onChange: (language: Language, value: string) => void;
  errors: Readonly<Record<string, string>>;
  maxLength: number;
  hint?: string;
  multiline?: boolean;
}

/** One text in Finnish, Swedish and English: an input per language, each with its own label and error. */
export function LocalizedFields({ name, value, label, onChange, errors, maxLength, hint, multiline = false }: LocalizedFieldsProps) {
  return (
    <>
      {languages.map((l) => {
        const key = `${name}.${l}`;
        const common = {
          id: surveyFieldId(key),
          name: key,
          label: label(l),
          value: value[l],
          onChange: (next: string) => onChange(l, next),
          error: errors[key],
          maxLength,
          hint,
        };
        return multiline ? <TextAreaField key={l} {...common} rows={4} counter /> : <TextField key={l} {...common} />;
      })}
    </>
  );
}
