/**
 * pdfkit 0.20 also takes an already parsed fontkit font (its font factory accepts anything with
 * `layout()`), so documents share one parse of each font; @types/pdfkit 0.17 predates that.
 */
declare namespace PDFKit.Mixins {
  interface PDFFont {
    registerFont(name: string, src: import('fontkit').Font): this;
  }
}
