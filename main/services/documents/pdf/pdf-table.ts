import { colours, type PdfLayout } from './pdf-layout';
import type { DocumentPart } from './render-pdf';

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the text width in these proportions. */
  share: number;
  align?: 'left' | 'right' | 'center';
}

const padding = 3;

/**
 * A table as document parts of a few rows each (so a long table yields to the event loop while it
 * is drawn). Rows wrap their cells, never split over two pages, and every page the table continues
 * on starts with the header row again.
 */
export function tableParts(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, rowsPerPart = 10): DocumentPart[] {
  const totalShare = columns.reduce((sum, column) => sum + column.share, 0);
  const layoutOf = (layout: PdfLayout) => {
    let x = layout.left;
    return columns.map((column) => {
      const width = (layout.width * column.share) / totalShare;
      const cell = { x, width, align: column.align ?? 'left' };
      x += width;
      return cell;
    });
  };
  const size = (layout: PdfLayout) => Math.max(layout.type.small, layout.type.body - 1.5);

  const rowHeight = (layout: PdfLayout, cells: readonly string[], weight: 'regular' | 'bold') => {
    const geometry = layoutOf(layout);
    const heights = geometry.map((cell, index) =>
      layout.measure(cells[index] ?? '', { size: size(layout), weight, width: cell.width - 2 * padding }),
    );
    // A row never takes more than half a page: a very long cell is cut with an ellipsis.
    return Math.min(Math.max(...heights) + 2 * padding, layout.pageRoom / 2);
  };

  const drawRow = (layout: PdfLayout, cells: readonly string[], weight: 'regular' | 'bold', height: number) => {
    const { doc } = layout;
    const y = layout.y;
    if (weight === 'bold') {
      doc.save();
      doc.rect(layout.left, y, layout.width, height).fill(colours.fill);
      doc.restore();
    }
    layoutOf(layout).forEach((cell, index) => {
      layout.use(weight, size(layout));
      doc.fillColor(colours.text);
      doc.text(cells[index] ?? '', cell.x + padding, y + padding, {
        width: cell.width - 2 * padding,
        height: height - 2 * padding,
        align: cell.align,
        ellipsis: true,
        lineGap: layout.type.lineGap,
      });
    });
    doc.save();
    doc.strokeColor(colours.faint).lineWidth(0.5).moveTo(layout.left, y + height).lineTo(layout.right, y + height).stroke();
    doc.restore();
    doc.x = layout.left;
    layout.y = y + height;
  };

  const header = columns.map((column) => column.header);
  const drawHeader = (layout: PdfLayout) => drawRow(layout, header, 'bold', rowHeight(layout, header, 'bold'));

  const parts: DocumentPart[] = [];
  for (let start = 0; start < Math.max(rows.length, 1); start += rowsPerPart) {
    const chunk = rows.slice(start, start + rowsPerPart);
    const first = start === 0;
    parts.push((layout) => {
      if (first) {
        const firstRow = chunk[0];
        layout.ensureRoom(rowHeight(layout, header, 'bold') + (firstRow ? rowHeight(layout, firstRow, 'regular') : 0));
        drawHeader(layout);
      }
      for (const row of chunk) {
        const height = rowHeight(layout, row, 'regular');
        if (layout.y + height > layout.bottom) {
          layout.newPage();
          drawHeader(layout);
        }
        drawRow(layout, row, 'regular', height);
      }
      if (start + rowsPerPart >= rows.length) layout.gap(layout.lineHeight() * 0.6);
    });
  }
  return parts;
}
