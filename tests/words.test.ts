/** The one vocabulary every surface reads: the label names, the ratio in words, the share's name. */
import { describe, expect, test } from 'vitest';
import { LABELS } from '@/lib/classifier/types';
import {
  capitalised,
  closeCallNote,
  LABEL_WORDS,
  labelWord,
  NOT_SURE,
  NOT_SURE_LANGUAGE,
  postAnywayQuestion,
  postsOf,
  ratioSentence,
  SHARE_NAME,
  socialPerSalesy,
} from '@/lib/words';

describe('label words', () => {
  test.each([
    ['salesy', 'Salesy', 'salesy'],
    ['conversational', 'Conversational', 'conversational'],
    ['helpful', 'Helpful', 'helpful'],
  ] as const)('%s is named %s, and %s inside a sentence', (label, name, inSentence) => {
    expect(LABEL_WORDS[label].name).toBe(name);
    expect(labelWord(label)).toBe(inSentence);
  });

  test('every label has a one-line meaning that names none of the other words for the split', () => {
    for (const label of LABELS) {
      const { means } = LABEL_WORDS[label];
      expect(means.length).toBeGreaterThan(10);
      expect(means).not.toContain('\n');
      expect(means).not.toMatch(/\bpromo\b|other posts/i);
    }
  });

  test('the share, "not sure" and a heading', () => {
    expect(SHARE_NAME).toBe('promotional share');
    expect(capitalised(SHARE_NAME)).toBe('Promotional share');
    expect(NOT_SURE).toBe('Not sure yet');
    expect(NOT_SURE_LANGUAGE).toBe('Not sure · other language');
  });
});

describe('the ratio in plain words', () => {
  test.each([
    [0, 0, 'No posts yet.'],
    [0, 1, 'No salesy posts: every post was social.'],
    [0, 6, 'No salesy posts: every post was social.'],
    [4, 4, 'Every post was salesy.'],
    [1, 2, '1 salesy post for every 1 social post.'],
    [2, 11, '1 salesy post for every 4.5 social posts.'],
    [1, 7, '1 salesy post for every 6 social posts.'],
    [5, 8, '1 salesy post for every 0.6 social posts.'],
    // An estimate while answers are pending: 1.6 expected salesy posts among 4.
    [1.6, 4, '1 salesy post for every 1.5 social posts.'],
  ])('%s salesy of %s posts: "%s"', (salesy, total, sentence) => {
    expect(ratioSentence(salesy, total)).toBe(sentence);
  });

  test('social posts per salesy post: one decimal at most, none for a whole number', () => {
    expect(socialPerSalesy(2, 9)).toBe('4.5');
    expect(socialPerSalesy(1, 3)).toBe('3');
    expect(socialPerSalesy(3, 1)).toBe('0.3');
  });

  test('a count of one side says "post" for exactly one', () => {
    expect(postsOf('salesy', 1)).toBe('1 salesy post');
    expect(postsOf('social', '1')).toBe('1 social post');
    expect(postsOf('social', 0)).toBe('0 social posts');
    expect(postsOf('social', '2.5')).toBe('2.5 social posts');
  });
});

describe('"Post anyway?"', () => {
  test.each([
    [undefined, 'This reads as salesy. Post anyway?'],
    [0.667, 'This reads as salesy and would make your promotional share 67%. Post anyway?'],
  ])('share %s', (share, question) => {
    expect(postAnywayQuestion(share)).toBe(question);
  });
});

describe('the close-call note in the recent list', () => {
  test.each([
    [
      'salesy',
      'helpful',
      'a close call (the badge leaned helpful): counted as salesy to keep your promotional share true',
    ],
    [
      'conversational',
      'salesy',
      'a close call (the badge leaned salesy): counted as conversational to keep your promotional share true',
    ],
  ] as const)('counted %s, leaned %s', (counted, leaned, note) => {
    expect(closeCallNote(counted, leaned)).toBe(note);
  });
});
