import { describe, expect, it } from 'vitest';
import { addSkills, maxSkills, removeSkill } from './skills';

describe('editing the skill list', () => {
  it('adds a trimmed skill', () => {
    expect(addSkills(['SQL'], '  Project   management ')).toEqual({ skills: ['SQL', 'Project management'], problem: null });
  });

  it('adds several skills separated by commas', () => {
    expect(addSkills([], 'React, TypeScript,,  SQL ')).toEqual({ skills: ['React', 'TypeScript', 'SQL'], problem: null });
  });

  it('says when nothing was typed', () => {
    expect(addSkills(['SQL'], ' , ')).toEqual({ skills: ['SQL'], problem: 'empty' });
  });

  it('does not add a skill twice, whatever its case', () => {
    expect(addSkills(['SQL'], 'sql')).toEqual({ skills: ['SQL'], problem: 'duplicate' });
    expect(addSkills([], 'Go, go')).toEqual({ skills: ['Go'], problem: 'duplicate' });
  });

  it('ignores case but not accents: "saa" and "Sää" are different words', () => {
    expect(addSkills(['Sää'], 'saa').skills).toEqual(['Sää', 'saa']);
  });

  it('refuses skills longer than the API accepts', () => {
    expect(addSkills([], 'x'.repeat(51))).toEqual({ skills: [], problem: 'tooLong' });
    expect(addSkills([], 'ä'.repeat(50)).skills).toHaveLength(1);
  });

  it('stops at the limit and says so', () => {
    const full = Array.from({ length: maxSkills }, (_, i) => `Skill ${i}`);
    expect(addSkills(full, 'One more')).toEqual({ skills: full, problem: 'tooMany' });
    const almost = full.slice(1);
    expect(addSkills(almost, 'A, B')).toEqual({ skills: [...almost, 'A'], problem: 'tooMany' });
  });

  it('removes a skill', () => {
    expect(removeSkill(['SQL', 'React'], 'SQL')).toEqual(['React']);
    expect(removeSkill(['SQL'], 'Go')).toEqual(['SQL']);
  });
});
