import { colours, type PdfLayout } from './pdf-layout';

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface ChartSeries {
  label: string;
  /** One value per x label; undefined leaves a gap the line does not cross. */
  values: ReadonlyArray<number | undefined>;
  style: LineStyle;
  marker: MarkerShape;
}

export interface LineChartSpec {
  xLabels: readonly string[];
  yMin: number;
  yMax: number;
  yStep: number;
  series: readonly ChartSeries[];
  /** A dashed horizontal line, e.g. where stress counts as still high. */
  threshold?: { value: number; label: string };
  /** Formats the y-axis numbers in the document's language. */
  formatY: (value: number) => string;
}

/** Line, dash and marker differ per series, so the chart reads in black and white too. */
const seriesColours = ['#1f4e79', '#a04a00', '#2e6b30', '#6a2a7a'] as const;
const dashes: Record<LineStyle, [number, number] | undefined> = { solid: undefined, dashed: [5, 3], dotted: [1.2, 2.4] };

function marker(doc: PDFKit.PDFDocument, shape: MarkerShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      doc.circle(x, y, r);
      break;
    case 'square':
      doc.rect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'triangle':
      doc.polygon([x, y - r * 1.2], [x + r * 1.1, y + r * 0.8], [x - r * 1.1, y + r * 0.8]);
      break;
    case 'diamond':
      doc.polygon([x, y - r * 1.3], [x + r * 1.1, y], [x, y + r * 1.3], [x - r * 1.1, y]);
      break;
  }
  doc.fill();
}

function strokeStyle(doc: PDFKit.PDFDocument, style: LineStyle, colour: string, width: number): void {
  doc.strokeColor(colour).lineWidth(width);
  const dash = dashes[style];
  if (dash) doc.dash(dash[0], { space: dash[1] });
  else doc.undash();
}

/**
 * A line chart drawn as vectors: axes with ticks and numbers, x labels (thinned when crowded), a
 * line per series with its own dash pattern and marker, an optional threshold and a legend. The
 * whole chart moves to the next page when it does not fit on this one.
 */
export function drawLineChart(layout: PdfLayout, spec: LineChartSpec): void {
  const { doc, type } = layout;
  const small = type.small;
  const labelHeight = layout.lineHeight(small);
  const plotHeight = Math.max(140, type.body * 13);
  const legendRows = Math.ceil(spec.series.length / 2) + (spec.threshold ? 1 : 0);
  const totalHeight = plotHeight + labelHeight * 2 + legendRows * labelHeight * 1.3 + 12;
  layout.ensureRoom(totalHeight);

  const yLabels: number[] = [];
  for (let value = spec.yMin; value <= spec.yMax + 1e-9; value += spec.yStep) yLabels.push(value);
  const axisWidth = Math.max(...yLabels.map((value) => layout.widthOf(spec.formatY(value), { size: small }))) + 6;
  const top = layout.y + labelHeight / 2;
  const left = layout.left + axisWidth;
  const right = layout.right - 8;
  const bottom = top + plotHeight;
  const span = spec.yMax - spec.yMin || 1;
  const yOf = (value: number) => bottom - ((value - spec.yMin) / span) * plotHeight;
  const count = spec.xLabels.length;
  const stepX = count > 1 ? (right - left - 20) / (count - 1) : 0;
  const xOf = (index: number) => (count > 1 ? left + 10 + index * stepX : (left + right) / 2);

  doc.save();
  // Grid and y axis numbers.
  for (const value of yLabels) {
    const y = yOf(value);
    doc.strokeColor(colours.faint).lineWidth(0.4).undash().moveTo(left, y).lineTo(right, y).stroke();
    const text = spec.formatY(value);
    layout.label(text, left - 4 - layout.widthOf(text, { size: small }), y - small * 0.6, { size: small, colour: colours.muted });
  }
  doc.strokeColor(colours.rule).lineWidth(0.8).undash().moveTo(left, top).lineTo(left, bottom).lineTo(right, bottom).stroke();

  // X labels, every n-th when they would overlap.
  const widest = Math.max(0, ...spec.xLabels.map((text) => layout.widthOf(text, { size: small })));
  const every = stepX > 0 ? Math.max(1, Math.ceil((widest + 6) / stepX)) : 1;
  spec.xLabels.forEach((text, index) => {
    if (index % every !== 0 && index !== count - 1) return;
    const x = xOf(index);
    doc.strokeColor(colours.rule).lineWidth(0.6).undash().moveTo(x, bottom).lineTo(x, bottom + 3).stroke();
    layout.label(text, x - layout.widthOf(text, { size: small }) / 2, bottom + 5, { size: small, colour: colours.muted });
  });

  if (spec.threshold) {
    const y = yOf(spec.threshold.value);
    strokeStyle(doc, 'dashed', colours.muted, 0.8);
    doc.moveTo(left, y).lineTo(right, y).stroke();
    doc.undash();
  }

  spec.series.forEach((series, index) => {
    const colour = seriesColours[index % seriesColours.length] ?? colours.text;
    strokeStyle(doc, series.style, colour, 1.6);
    let drawing = false;
    series.values.forEach((value, at) => {
      if (value === undefined) {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(xOf(at), yOf(value));
      else doc.moveTo(xOf(at), yOf(value));
      drawing = true;
    });
    doc.stroke();
    doc.undash().fillColor(colour);
    series.values.forEach((value, at) => {
      if (value !== undefined) marker(doc, series.marker, xOf(at), yOf(value), 2.6);
    });
  });

  // Legend: a sample of each line with its marker, two per row.
  let legendY = bottom + labelHeight + 10;
  const columnWidth = (layout.right - layout.left) / 2;
  const entries = spec.series.map((series, index) => ({ series, colour: seriesColours[index % seriesColours.length] ?? colours.text }));
  entries.forEach(({ series, colour }, index) => {
    const x = layout.left + (index % 2) * columnWidth;
    const y = legendY + Math.floor(index / 2) * labelHeight * 1.3;
    strokeStyle(doc, series.style, colour, 1.6);
    doc.moveTo(x, y + small * 0.5).lineTo(x + 26, y + small * 0.5).stroke();
    doc.undash().fillColor(colour);
    marker(doc, series.marker, x + 13, y + small * 0.5, 2.6);
    layout.label(layout.fit(series.label, columnWidth - 40, { size: small }), x + 32, y, { size: small });
  });
  legendY += Math.ceil(entries.length / 2) * labelHeight * 1.3;
  if (spec.threshold) {
    strokeStyle(doc, 'dashed', colours.muted, 0.8);
    doc.moveTo(layout.left, legendY + small * 0.5).lineTo(layout.left + 26, legendY + small * 0.5).stroke();
    doc.undash();
    layout.label(layout.fit(spec.threshold.label, layout.width - 40, { size: small }), layout.left + 32, legendY, { size: small });
    legendY += labelHeight * 1.3;
  }
  doc.restore();
  doc.x = layout.left;
  layout.y = legendY + 6;
}
