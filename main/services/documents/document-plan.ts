import type { TFunction } from 'i18next';
import { documentLocale } from './document-format';
import type { DocumentBasics } from './document-letterhead';
import type { TypeSize } from './pdf/pdf-layout';
import type { DocumentPart, PdfPlan } from './pdf/render-pdf';

/** The plan every builder returns: its parts in the organisation's frame with translated page numbers. */
export function documentPlan(
  basics: DocumentBasics,
  t: TFunction,
  options: { title: string; parts: DocumentPart[]; footerNote?: string; typeSize?: TypeSize },
): PdfPlan {
  return {
    title: options.title,
    lang: documentLocale(basics.language),
    createdAt: basics.createdAt,
    author: basics.organisation.name || undefined,
    typeSize: options.typeSize ?? 'normal',
    frame: {
      organisationName: basics.organisation.name,
      logo: basics.organisation.logo,
      documentTitle: options.title,
      footerNote: options.footerNote,
      pageLabel: (page, pages) => t('documents:frame.pageOf', { page, pages }),
    },
    parts: options.parts,
  };
}

/** Lines that have text, joined one under the other. */
export function lines(...values: ReadonlyArray<string | undefined>): string {
  return values.filter((value): value is string => value !== undefined && value.trim() !== '').join('\n');
}
