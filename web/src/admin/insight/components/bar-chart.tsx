export interface Bar {
  label: string;
  value: number;
}

export interface BarChartProps {
  bars: readonly Bar[];
  /** What the chart shows, read out in place of the picture; the table beside it has the numbers. */
  summary: string;
  format: (value: number) => string;
}

/** Horizontal bars scaled to the largest value, each labelled with its number. */
export function BarChart({ bars, summary, format }: BarChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 26;
  const labelWidth = 150;
  const width = 560;
  return (
    <svg className="insight-chart" role="img" aria-label={summary} viewBox={`0 0 ${String(width)} ${String(bars.length * rowHeight + 4)}`}>
      {bars.map((b, i) => {
        const w = Math.round(((width - labelWidth - 70) * b.value) / max);
        const y = i * rowHeight + 2;
        return (
          <g key={`${b.label}-${String(i)}`}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="insight-chart__label">
              {b.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={Math.max(w, 1)} height={rowHeight - 8} className="insight-chart__bar" />
            <text x={labelWidth + Math.max(w, 1) + 6} y={y + 16} className="insight-chart__value">
              {format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
