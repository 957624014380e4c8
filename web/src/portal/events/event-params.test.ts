import { describe, expect, it } from 'vitest';
import { readRsvpLink, scopeFrom, scopeSearch } from './event-params';

describe('the invitation link', () => {
  it('reads the token and the answer pressed in the mail', () => {
    expect(readRsvpLink(new URLSearchParams('token=abc.DEF_1-2&answer=maybe'))).toEqual({ token: 'abc.DEF_1-2', answer: 'maybe' });
  });

  it('ignores an answer that is not one', () => {
    expect(readRsvpLink(new URLSearchParams('token=abc&answer=waitlisted'))).toEqual({ token: 'abc', answer: null });
    expect(readRsvpLink(new URLSearchParams('token=abc&answer=GOING'))).toEqual({ token: 'abc', answer: null });
    expect(readRsvpLink(new URLSearchParams('token=abc'))).toEqual({ token: 'abc', answer: null });
  });

  it('has no token when it is missing or blank', () => {
    expect(readRsvpLink(new URLSearchParams('answer=going'))).toEqual({ token: null, answer: 'going' });
    expect(readRsvpLink(new URLSearchParams('token=%20%20&answer=declined'))).toEqual({ token: null, answer: 'declined' });
  });
});

describe('the events page list', () => {
  it('reads the list from the URL, upcoming unless told otherwise', () => {
    expect(scopeFrom(new URLSearchParams('scope=past'))).toBe('past');
    expect(scopeFrom(new URLSearchParams('scope=mine'))).toBe('mine');
    expect(scopeFrom(new URLSearchParams('scope=everything'))).toBe('upcoming');
    expect(scopeFrom(new URLSearchParams(''))).toBe('upcoming');
  });

  it('writes the list into the URL, leaving the default out', () => {
    expect(scopeSearch('upcoming')).toBe('');
    expect(scopeSearch('mine')).toBe('?scope=mine');
    expect(scopeFrom(new URLSearchParams(scopeSearch('past').slice(1)))).toBe('past');
  });
});
