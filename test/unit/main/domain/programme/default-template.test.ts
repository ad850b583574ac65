import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTemplates, defaultTemplate, findBuiltinTemplate } from '../../../../../main/domain/programme/builtin-templates';
import { allTexts } from './template-fixtures';

const resourceText = readFileSync(path.resolve(import.meta.dirname, '../../../../../resources/programmes/verbind-8-weeks.json'), 'utf8');
const sessions = defaultTemplate.sessions;

/** Sentences of a text, with quoted examples counted as one word; `parts` also splits at colons. */
const sentences = (text: string, split: RegExp = /(?<=[.?!])\s+/) =>
  text
    .replace(/"[^"]*"/g, 'Q')
    .split(split)
    .filter((sentence) => sentence.trim() !== '');
const parts = (text: string) => sentences(text, /(?<=[.?!:])\s+/);
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

/** Client-facing Dutch: exercise instructions, homework and the questions the worker asks. */
const clientTexts = sessions.flatMap((s) => [...s.exercises.map((e) => e.instructions.nl), s.homework.nl, ...s.questions.map((q) => q.nl)]);

describe('the default template', () => {
  it('is the one built-in template, found by its id', () => {
    expect(builtinTemplates).toEqual([defaultTemplate]);
    expect(findBuiltinTemplate('verbind-8-weeks')).toBe(defaultTemplate);
    expect(findBuiltinTemplate('something-else')).toBeUndefined();
    expect(defaultTemplate).toMatchObject({ id: 'verbind-8-weeks', origin: 'builtin', version: 1, mode: 'both' });
  });

  it('has 8 sessions numbered 1–8 in weeks 1–8', () => {
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sessions.map((s) => s.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('runs calm in weeks 1–3, skills in 4–6 and connect in 7–8, with aftercare declared last', () => {
    expect(sessions.map((s) => s.phase)).toEqual(['calm', 'calm', 'calm', 'skills', 'skills', 'skills', 'connect', 'connect']);
    expect(defaultTemplate.phases.map((p) => [p.id, p.order])).toEqual([
      ['calm', 1],
      ['skills', 2],
      ['connect', 3],
      ['aftercare', 4],
    ]);
  });

  it('has aftercare check-ins 2, 6 and 12 weeks after the end, each with questions', () => {
    expect(defaultTemplate.aftercare?.map((c) => c.weeksAfterEnd)).toEqual([2, 6, 12]);
    for (const checkIn of defaultTemplate.aftercare ?? []) expect(checkIn.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('has every text in Dutch and English, non-empty and actually translated', () => {
    const texts = allTexts(defaultTemplate);
    // 8 sessions × at least 17 texts, plus template, phases and aftercare.
    expect(texts.length).toBeGreaterThan(150);
    for (const text of texts) {
      expect(text.nl.trim(), text.path.join('.')).not.toBe('');
      expect(text.en.trim(), text.path.join('.')).not.toBe('');
      expect(text.nl, text.path.join('.')).not.toBe(text.en);
    }
  });

  it.each(sessions.map((s) => [s.number, s] as const))('session %i has 4–6 questions, 2–3 timed exercises, homework, a handout and a group note', (_n, s) => {
    expect(s.questions.length).toBeGreaterThanOrEqual(4);
    expect(s.questions.length).toBeLessThanOrEqual(6);
    expect(s.exercises.length).toBeGreaterThanOrEqual(2);
    expect(s.exercises.length).toBeLessThanOrEqual(3);
    for (const exercise of s.exercises) {
      expect(exercise.durationMinutes).toBeGreaterThanOrEqual(5);
      expect(exercise.durationMinutes).toBeLessThanOrEqual(30);
    }
    expect(s.homework.nl.length).toBeGreaterThan(20);
    expect(s.handout).toBe(`verbind-8w-0${s.number}`);
    expect(s.groupNote?.nl).toBeTruthy();
  });

  it('explains each session to the worker in 2–4 sentences, in both languages', () => {
    for (const s of sessions) {
      for (const text of [s.workerNote.nl, s.workerNote.en]) {
        const count = sentences(text).length;
        expect(count, `session ${s.number}: ${text}`).toBeGreaterThanOrEqual(2);
        expect(count, `session ${s.number}: ${text}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('asks questions that invite action, not only how things are: every session asks for a step, a change or what worked', () => {
    const invitesAction = /stap|anders|geholpen|hielp|helpt|wil je|ga je|zet je|doe je/i;
    for (const s of sessions) {
      expect(s.questions.some((q) => invitesAction.test(q.nl)), `session ${s.number}`).toBe(true);
      expect(s.questions.every((q) => q.nl.trim().endsWith('?')), `session ${s.number}`).toBe(true);
    }
  });

  it('speaks to the client with "je", not "u" (quoted example lines aside)', () => {
    const formal = clientTexts.filter((text) => /\b(u|uw)\b/i.test(text.replace(/"[^"]*"/g, '')));
    expect(formal).toEqual([]);
  });

  it('keeps client texts plain: short sentences on average, none very long', () => {
    const all = clientTexts.flatMap(parts);
    const average = all.reduce((sum, sentence) => sum + words(sentence), 0) / all.length;
    expect(average).toBeLessThanOrEqual(12);
    expect(all.filter((sentence) => words(sentence) > 25)).toEqual([]);
  });

  it('follows the approach in its content: breathing, senses, movement and music; kind reading of faces; a contact plan and relapse', () => {
    const en = (n: number) => JSON.stringify(sessions[n - 1]).toLowerCase();
    expect(en(1)).toContain('breath');
    expect(en(2)).toContain('senses');
    expect(en(3)).toMatch(/music/);
    expect(en(3)).toMatch(/moment of calm/);
    expect(en(5)).toContain('faces');
    expect(en(6)).toMatch(/repair/);
    expect(en(7)).toContain('plan');
    expect(en(8)).toContain('relapse');
  });

  it('says it is Verbind’s own default that organisations can duplicate and adapt, and not a licensed method', () => {
    expect(defaultTemplate.description.nl).toMatch(/Verbind/);
    expect(defaultTemplate.description.nl).toMatch(/dupliceren en aanpassen/);
    expect(defaultTemplate.description.en).toMatch(/duplicate it and adapt it/);
    expect(defaultTemplate.description.en).toMatch(/not a licensed method/);
  });

  it.each(['Creatief Leven', 'Friendship Enrichment', 'Friendship Enrichment Programme', 'Welzijn op Recept'])(
    'does not mention "%s" anywhere in the file',
    (name) => {
      expect(resourceText.toLowerCase()).not.toContain(name.toLowerCase());
    },
  );
});
