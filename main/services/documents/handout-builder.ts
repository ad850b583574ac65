import type { TFunction } from 'i18next';
import { documentPlan } from './document-plan';
import type { HandoutModel, HandoutSection } from './handout-model';
import type { DocumentPart, PdfPlan } from './pdf/render-pdf';
import { paragraphParts } from './pdf/text-parts';

const k = (key: string) => `documents:handout.${key}`;

/** Lines to write on: enough for a few sentences, fewer in large type where each line is taller. */
const roomFor = (model: HandoutModel, normal: number) => (model.largeType ? Math.max(2, Math.ceil(normal * 0.75)) : normal);

function sectionParts(section: HandoutSection, model: HandoutModel, t: TFunction, first: boolean): DocumentPart[] {
  const parts: DocumentPart[] = [
    (layout) => {
      // Every session starts on a page of its own, so pages can be handed out one at a time.
      if (!first) layout.newPage();
      layout.title(section.heading);
      layout.muted(t(k('partOf'), { programme: model.programmeName, phase: section.phaseName }));
      layout.heading(t(k('aim')));
    },
    ...paragraphParts(section.aim),
  ];
  if (section.exercises.length > 0) parts.push((layout) => layout.heading(t(k('exercises'))));
  for (const exercise of section.exercises) {
    parts.push(
      (layout) => layout.subheading(t(k('exercise'), { title: exercise.title, count: exercise.minutes })),
      ...paragraphParts(exercise.instructions),
    );
  }
  if (section.homework) {
    const homework = section.homework;
    parts.push(
      (layout) => layout.heading(t(k('homework'))),
      ...paragraphParts(homework),
      (layout) => {
        layout.muted(t(k('homeworkNotes')));
        layout.writingLines(roomFor(model, 4));
      },
    );
  }
  if (section.questions.length > 0) parts.push((layout) => layout.heading(t(k('questions'))));
  section.questions.forEach((question, index) => {
    parts.push((layout) => {
      layout.text(`${index + 1}. ${question}`, { weight: 'bold', gapAfter: 0 });
      layout.writingLines(roomFor(model, 3));
    });
  });
  parts.push((layout) => {
    layout.heading(t(k('notes')));
    layout.writingLines(roomFor(model, 6));
  });
  return parts;
}

/**
 * A handout to take home: plain language, each session on its own pages with its aim, the
 * exercises, homework and questions, and ruled lines to write on. Large type doubles the body size.
 */
export function buildHandout(model: HandoutModel, t: TFunction): PdfPlan {
  const parts: DocumentPart[] = [];
  const { phase } = model;
  if (phase) {
    parts.push((layout) => {
      layout.title(t(k('phaseTitle'), { phase: phase.name }));
      layout.paragraph(phase.purpose);
      layout.muted(t(k('phaseContents'), { count: model.sections.length }));
    });
  }
  model.sections.forEach((section, index) => parts.push(...sectionParts(section, model, t, index === 0)));
  return documentPlan(model, t, {
    title: t(k('title')),
    parts,
    footerNote: t(k('footer'), { programme: model.programmeName, date: model.dateText }),
    typeSize: model.largeType ? 'large' : 'normal',
  });
}
