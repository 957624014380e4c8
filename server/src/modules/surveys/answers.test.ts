import { describe, expect, it } from 'vitest';
import { ZSurveyQuestion, type SurveyQuestionInput } from '@alumni/shared';
import { checkAnswers } from './answers.js';

const q = (input: SurveyQuestionInput) => ZSurveyQuestion.parse(input);
const options = [
  { id: 'a', label: { fi: 'A' } },
  { id: 'b', label: { fi: 'B' } },
  { id: 'c', label: { fi: 'C' } },
];
const questions = [
  q({ id: 'scale', kind: 'scale', prompt: { fi: 'Asteikko' }, scaleMax: 7 }),
  q({ id: 'one', kind: 'single', prompt: { fi: 'Yksi' }, options }),
  q({ id: 'many', kind: 'multiple', prompt: { fi: 'Monta' }, options, required: false }),
  q({ id: 'words', kind: 'text', prompt: { fi: 'Sanat' }, required: false }),
];

describe('checkAnswers', () => {
  it('keeps fitting answers, normalised: texts trimmed, choices in the question’s order, empty optional ones left out', () => {
    expect(checkAnswers(questions, { scale: 7, one: 'b', many: ['c', 'a'], words: '  hi  ' })).toEqual({ answers: { scale: 7, one: 'b', many: ['a', 'c'], words: 'hi' }, problems: [] });
    expect(checkAnswers(questions, { scale: 1, one: 'a', many: [], words: '   ' })).toEqual({ answers: { scale: 1, one: 'a' }, problems: [] });
  });

  it('names each misfit on its question', () => {
    const { problems } = checkAnswers(questions, { scale: 8, many: ['a', 'a'], words: 3, extra: 'x' });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['answers.extra', 'unknown_question'],
      ['answers.scale', 'out_of_range'],
      ['answers.one', 'required'],
      ['answers.many', 'duplicate'],
      ['answers.words', 'invalid_type'],
    ]);
    expect(checkAnswers(questions, { scale: 2.5, one: ['a'] }).problems.map((p) => p.code)).toEqual(['out_of_range', 'invalid_type']);
    expect(checkAnswers(questions, { scale: 3, one: 'z', words: 'x'.repeat(4001) }).problems.map((p) => p.code)).toEqual(['unknown_option', 'too_big']);
    expect(checkAnswers(questions, { scale: 3, one: 'a', many: [1] }).problems.map((p) => p.code)).toEqual(['invalid_type']);
  });
});
