import { fontName, type FontWeight } from './fonts';

/** Sizes in points. Large type is for clients who read better with bigger letters (16–18 pt body). */
export interface TypeScale {
  body: number;
  small: number;
  title: number;
  heading: number;
  subheading: number;
  lineGap: number;
}

export const typeScales = {
  normal: { body: 10.5, small: 8.5, title: 18, heading: 13.5, subheading: 11.5, lineGap: 2.5 },
  large: { body: 17, small: 12, title: 26, heading: 21, subheading: 18.5, lineGap: 5 },
} as const satisfies Record<string, TypeScale>;
export type TypeSize = keyof typeof typeScales;

/** Dark enough to read when printed on an office printer in black and white. */
export const colours = {
  text: '#1f1f1f',
  muted: '#555555',
  rule: '#9a9a9a',
  faint: '#d4d4d4',
  fill: '#ececec',
  accent: '#1f4e79',
} as const;

/** A4 in points; the top margin leaves room for the header with the logo, the bottom for page numbers. */
export const pageGeometry = {
  size: 'A4',
  margins: { top: 96, bottom: 66, left: 56, right: 56 },
} as const;

export interface TextStyle {
  size?: number;
  weight?: FontWeight;
  colour?: string;
  /** Defaults to the left margin and the full text width. */
  x?: number;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** Space after the text, in points; by default half a body line. */
  gapAfter?: number;
}

/**
 * The small layout kit every document builder draws with: a cursor that runs down the page, text
 * that wraps and flows onto new pages, and blocks that move to the next page whole when they would
 * not fit (a heading never ends a page alone).
 */
export class PdfLayout {
  private pagesAdded = 0;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly type: TypeScale,
  ) {
    doc.on('pageAdded', () => {
      this.pagesAdded++;
    });
  }

  /** Changes whenever a page is added, also by text flowing over the page end. */
  get pageNumber(): number {
    return this.pagesAdded;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }

  get width(): number {
    return this.right - this.left;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** The height a page offers below its header. */
  get pageRoom(): number {
    return this.bottom - this.top;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureRoom(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top) this.newPage();
  }

  gap(points: number): void {
    this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  use(weight: FontWeight, size: number): void {
    this.doc.font(fontName(weight)).fontSize(size);
  }

  lineHeight(size = this.type.body): number {
    this.use('regular', size);
    return this.doc.currentLineHeight(true) + this.type.lineGap;
  }

  measure(text: string, style: Pick<TextStyle, 'size' | 'weight' | 'width'> = {}): number {
    this.use(style.weight ?? 'regular', style.size ?? this.type.body);
    return this.doc.heightOfString(text, { width: style.width ?? this.width, lineGap: this.type.lineGap });
  }

  widthOf(text: string, style: Pick<TextStyle, 'size' | 'weight'> = {}): number {
    this.use(style.weight ?? 'regular', style.size ?? this.type.body);
    return this.doc.widthOfString(text);
  }

  /** Text at the cursor that wraps, and flows onto the next page when it is longer than the room left. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? this.type.body;
    this.use(style.weight ?? 'regular', size);
    this.doc.fillColor(style.colour ?? colours.text);
    this.doc.text(text, style.x ?? this.left, this.doc.y, {
      width: style.width ?? this.width,
      align: style.align ?? 'left',
      lineGap: this.type.lineGap,
    });
    this.doc.x = this.left;
    this.gap(style.gapAfter ?? this.lineHeight(size) / 2);
  }

  /** Text at a fixed place on one line, never wrapping or moving the cursor (axis labels, headers). */
  label(text: string, x: number, y: number, style: Pick<TextStyle, 'size' | 'weight' | 'colour'> = {}): void {
    const cursor = { x: this.doc.x, y: this.doc.y };
    this.use(style.weight ?? 'regular', style.size ?? this.type.small);
    this.doc.fillColor(style.colour ?? colours.text);
    this.doc.text(text, x, y, { lineBreak: false });
    this.doc.x = cursor.x;
    this.doc.y = cursor.y;
  }

  /** The text shortened with an ellipsis until it fits `width` on one line. */
  fit(text: string, width: number, style: Pick<TextStyle, 'size' | 'weight'> = {}): string {
    if (this.widthOf(text, style) <= width) return text;
    let end = text.length;
    while (end > 1 && this.widthOf(`${text.slice(0, end).trimEnd()}…`, style) > width) end = Math.floor(end * 0.9);
    return `${text.slice(0, end).trimEnd()}…`;
  }

  title(text: string): void {
    this.headingText(text, this.type.title, this.lineHeight() * 0.6);
  }

  heading(text: string): void {
    this.gap(this.lineHeight() * 0.5);
    this.headingText(text, this.type.heading, this.lineHeight() * 0.35);
  }

  subheading(text: string): void {
    this.gap(this.lineHeight() * 0.25);
    this.headingText(text, this.type.subheading, this.lineHeight() * 0.2);
  }

  paragraph(text: string): void {
    this.text(text);
  }

  muted(text: string): void {
    this.text(text, { size: this.type.small, colour: colours.muted });
  }

  bullets(items: readonly string[]): void {
    const indent = this.widthOf('•  ');
    for (const item of items) {
      const height = this.measure(item, { width: this.width - indent });
      this.ensureRoom(Math.min(height, this.lineHeight() * 2));
      this.label('•', this.left, this.doc.y, { size: this.type.body });
      this.text(item, { x: this.left + indent, width: this.width - indent, gapAfter: this.lineHeight() * 0.2 });
    }
    this.gap(this.lineHeight() * 0.3);
  }

  /** Label and value side by side; a value too long for one page flows on under its label. */
  fields(rows: ReadonlyArray<{ label: string; value: string }>, labelShare = 0.3): void {
    const labelWidth = this.width * labelShare;
    const valueX = this.left + labelWidth;
    const valueWidth = this.width - labelWidth;
    for (const row of rows) {
      const labelHeight = this.measure(row.label, { weight: 'bold', width: labelWidth - 8 });
      const valueHeight = this.measure(row.value, { width: valueWidth });
      this.ensureRoom(Math.min(Math.max(labelHeight, valueHeight), this.pageRoom));
      const y = this.doc.y;
      this.text(row.label, { weight: 'bold', width: labelWidth - 8, gapAfter: 0 });
      const afterLabel = this.doc.y;
      this.doc.y = y;
      const page = this.pageNumber;
      this.text(row.value, { x: valueX, width: valueWidth, gapAfter: 0 });
      if (page === this.pageNumber) this.doc.y = Math.max(afterLabel, this.doc.y);
      this.gap(this.lineHeight() * 0.3);
    }
    this.gap(this.lineHeight() * 0.3);
  }

  /** Ruled lines to write on by hand, spaced for handwriting at this type size. */
  writingLines(count: number): void {
    const spacing = Math.max(24, this.lineHeight() * 1.7);
    for (let index = 0; index < count; index++) {
      this.ensureRoom(spacing);
      this.doc.y += spacing;
      // Saved and restored per line: a graphics state must not span a page break.
      this.doc.save();
      this.doc.strokeColor(colours.rule).lineWidth(0.6).moveTo(this.left, this.doc.y).lineTo(this.right, this.doc.y).stroke();
      this.doc.restore();
    }
    this.gap(this.lineHeight() * 0.6);
  }

  rule(colour: string = colours.faint): void {
    this.doc.save();
    this.doc.strokeColor(colour).lineWidth(0.6).moveTo(this.left, this.doc.y).lineTo(this.right, this.doc.y).stroke();
    this.doc.restore();
    this.gap(this.lineHeight() * 0.4);
  }

  private headingText(text: string, size: number, gapAfter: number): void {
    const height = this.measure(text, { size, weight: 'bold' });
    // With room for two lines of what follows, so a heading never stands alone at a page end.
    this.ensureRoom(height + gapAfter + this.lineHeight() * 2);
    this.text(text, { size, weight: 'bold', colour: colours.accent, gapAfter });
  }
}
