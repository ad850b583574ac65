/**
 * pdfkit opens an image once with `openImage` and can draw that object on every page (the header
 * logo), so its bytes are embedded once; its type definitions leave both out.
 */
declare namespace PDFKit {
  interface OpenedImage {
    readonly width: number;
    readonly height: number;
  }
}

declare namespace PDFKit.Mixins {
  interface PDFImage {
    openImage(src: Buffer | ArrayBuffer): PDFKit.OpenedImage;
    image(src: PDFKit.OpenedImage, x?: number, y?: number, options?: ImageOption): this;
  }
}
