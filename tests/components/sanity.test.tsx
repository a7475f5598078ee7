// TEMPORARY sanity test for the `components` project: proves jsdom + Recharts setup works.
import { render } from '@testing-library/react';
import { Bar, BarChart } from 'recharts';
import { describe, expect, it } from 'vitest';

const data = [
  { year: 2019, visits: 3 },
  { year: 2020, visits: 1 },
  { year: 2021, visits: 4 },
];

describe('sanity', () => {
  it('renders a Recharts bar chart to SVG', () => {
    const { container } = render(
      <BarChart width={400} height={200} data={data}>
        <Bar dataKey="visits" fill="#1f5fa8" isAnimationActive={false} />
      </BarChart>,
    );
    const svg = container.querySelector('svg');
    expect(svg).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(data.length);
  });
});
