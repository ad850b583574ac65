import type { TFunction } from 'i18next';
import { documentPlan, lines } from './document-plan';
import type { DocumentPart, PdfPlan } from './pdf/render-pdf';
import { paragraphParts } from './pdf/text-parts';
import type { ReferralLetterModel } from './referral-letter-model';

const k = (key: string) => `documents:referralLetter.${key}`;

type Field = { label: string; value: string };
const present = (rows: ReadonlyArray<{ label: string; value: string | undefined }>): Field[] =>
  rows.filter((row): row is Field => row.value !== undefined && row.value.trim() !== '');

/**
 * The referral letter in the order Dutch GPs' letters use: the envelope (from whom, to whom, about
 * whom, when), the core (why, and the question to the receiver), then a short background and the
 * latest scores; then consent, the follow-up asked for, how to reach the sender, and a signature.
 */
export function buildReferralLetter(model: ReferralLetterModel, t: TFunction): PdfPlan {
  const { sender, receiver, client, organisation } = model;
  const parts: DocumentPart[] = [];

  parts.push((layout) => {
    layout.title(t(k('title')));
    layout.fields(
      present([
        { label: t(k('from')), value: lines(sender.name, sender.role, organisation.name) },
        {
          label: t(k('to')),
          value: lines(
            `${receiver.name} (${receiver.kind})`,
            receiver.contactPerson ? t(k('attention'), { name: receiver.contactPerson }) : undefined,
            receiver.address,
          ),
        },
        { label: t(k('about')), value: client.name },
        { label: t(k('date')), value: model.dateText },
      ]),
      0.22,
    );
    layout.rule();
  });

  parts.push((layout) => layout.heading(t(k('reasonTitle'))), ...paragraphParts(model.reason));
  parts.push((layout) => layout.heading(t(k('questionTitle'), { receiver: receiver.name })), ...paragraphParts(model.question));

  parts.push((layout) => {
    layout.heading(t(k('clientTitle')));
    layout.fields(
      present([
        { label: t(k('name')), value: client.name },
        { label: t(k('dateOfBirth')), value: client.dateOfBirth },
        { label: t(k('address')), value: client.address },
        { label: t(k('phone')), value: client.phone },
      ]),
    );
  });

  if (model.background) parts.push((layout) => layout.heading(t(k('backgroundTitle'))), ...paragraphParts(model.background));

  const { programme, scores } = model;
  if (programme) {
    parts.push((layout) => {
      layout.heading(t(k('programmeTitle')));
      layout.fields(
        present([
          { label: t(k('programme')), value: programme.name },
          { label: t(k('startedOn')), value: programme.startedOn },
          { label: t(k('currentPhase')), value: programme.currentPhase },
          { label: t(k('sessions')), value: t(k('sessionsAttended'), { done: programme.sessionsDone, planned: programme.sessionsPlanned }) },
        ]),
      );
    });
  }
  if (scores) {
    parts.push((layout) => {
      layout.heading(t(k('scoresTitle')));
      for (const score of scores) {
        layout.text(score.scale, { weight: 'bold', gapAfter: 0 });
        layout.text(t(k('scoreValue'), { result: score.result, date: score.takenOn }));
      }
      layout.muted(t(k('scoresNote')));
    });
  }

  parts.push((layout) => {
    layout.heading(t(k('consentTitle')));
    layout.paragraph(t(k('consent'), { client: client.name, date: model.consent.on }));
    layout.bullets(model.consent.shared);
    layout.muted(t(k('consentOnlyThis')));

    layout.heading(t(k('followUpTitle')));
    layout.bullets([t(k('followUpFirstContact'), { client: client.name }), t(k('followUpFeedback'))]);
  });

  parts.push((layout) => {
    layout.heading(t(k('contactTitle')));
    layout.paragraph(t(k('contactIntro')));
    layout.fields(
      present([
        { label: t(k('name')), value: lines(sender.name, sender.role) },
        { label: t(k('phone')), value: sender.phone || organisation.phone },
        { label: t(k('email')), value: sender.email || organisation.email },
        { label: t(k('organisation')), value: lines(organisation.name, organisation.address) },
      ]),
    );

    // Closing, kept on one page: greeting, a line to sign on, the name under it.
    layout.ensureRoom(layout.lineHeight() * 9);
    layout.gap(layout.lineHeight() * 0.5);
    layout.paragraph(t(k('closing')));
    layout.gap(layout.lineHeight() * 1.5);
    const { doc } = layout;
    doc.save();
    doc.strokeColor('#555555').lineWidth(0.6).moveTo(layout.left, layout.y).lineTo(layout.left + 220, layout.y).stroke();
    doc.restore();
    layout.gap(4);
    layout.muted(t(k('signature')));
    layout.paragraph(lines(sender.name, sender.role, organisation.name));
    layout.paragraph(t(k('signedOn'), { date: model.dateText }));
  });

  return documentPlan(model, t, { title: t(k('title')), parts, footerNote: t('documents:frame.confidential') });
}
