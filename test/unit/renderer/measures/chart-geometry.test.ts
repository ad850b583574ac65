import { describe, expect, it } from 'vitest';
import { dateScale, defaultFrame, lineSegments, markerPath, spreadLabels, thinTicks, valueScale, valueTicks } from '../../../../renderer/measures/chart-geometry';

describe('chart geometry', () => {
  const frame = { ...defaultFrame, width: 400, left: 40, right: 100, top: 10, bottom: 30, height: 210 };

  it('places dates in proportion to time, a single date in the middle', () => {
    const x = dateScale(['2025-03-02', '2025-03-30', '2025-03-16'], frame);
    expect(x('2025-03-02')).toBe(58);
    expect(x('2025-03-30')).toBe(282);
    expect(x('2025-03-16')).toBe(170);
    expect(dateScale(['2025-03-02'], frame)('2025-03-02')).toBe(170);
  });

  it('maps values from the bottom up', () => {
    const y = valueScale(0, 10, frame);
    expect(y(0)).toBe(180);
    expect(y(10)).toBe(10);
    expect(y(5)).toBe(95);
  });

  it('ticks every value on short ranges and fewer on long ones', () => {
    expect(valueTicks(3, 9)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(valueTicks(0, 11)).toHaveLength(12);
    expect(valueTicks(0, 20)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(valueTicks(0, 40)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
  });

  it('breaks a line where a value is missing and draws no line through a lone point', () => {
    const points = [
      { x: 0, y: 1 },
      { x: 10, y: 2 },
      { x: 20, y: undefined },
      { x: 30, y: 4 },
      { x: 40, y: undefined },
      { x: 50, y: 5 },
      { x: 60, y: 6 },
    ];
    expect(lineSegments(points)).toEqual(['M 0 1 L 10 2', 'M 50 5 L 60 6']);
    expect(lineSegments([{ x: 0, y: undefined }])).toEqual([]);
  });

  it('draws distinct marker outlines', () => {
    const shapes = (['square', 'triangle', 'diamond'] as const).map((shape) => markerPath(shape, 50, 50, 10));
    expect(new Set(shapes).size).toBe(3);
    expect(shapes[0]).toBe('M 45 45 h 10 v 10 h -10 Z');
  });

  it('keeps date ticks apart, always showing the first and last', () => {
    const ticks = [0, 10, 100, 150, 200, 205].map((x) => ({ x }));
    expect(thinTicks(ticks, 60).map((tick) => tick.x)).toEqual([0, 100, 205]);
    expect(thinTicks([{ x: 0 }, { x: 10 }], 60).map((tick) => tick.x)).toEqual([0]);
  });

  it('spreads end labels that would overlap, keeping their order and bounds', () => {
    expect(spreadLabels([100, 102, 50], 15, 10, 200)).toEqual([100, 115, 50]);
    expect(spreadLabels([199, 199, 199], 15, 10, 200)).toEqual([170, 185, 200]);
    expect(spreadLabels([5], 15, 10, 200)).toEqual([10]);
  });
});
