import { fireEvent, waitFor } from '@testing-library/react';

/**
 * The visit chart is baked bars until the pointer reaches it; then Recharts draws. Reaches
 * it as a pointer would and waits for the live chart.
 */
export async function wakeVisitChart(root: ParentNode = document): Promise<void> {
  const baked = root.querySelector('.visits-chart[tabindex]');
  if (baked) fireEvent.pointerEnter(baked);
  await waitFor(
    () => {
      if (!root.querySelector('.recharts-bar-rectangle, .visits-empty')) {
        throw new Error('the live chart has not drawn');
      }
    },
    { timeout: 15_000 },
  );
}
