// The Events region as e2e tests read it: its count line, and when its cards are there.
import { region, wakeAllViews, type Page } from './browser';

/** "16 engagements …": the Events region's count line. */
export const eventsCount = (page: Page) =>
  region(page, 'Events')
    .getByText(/^\d+ engagements?/)
    .first()
    .textContent();

/** Every view awake and the first engagement card drawn. */
export async function eventsReady(page: Page): Promise<void> {
  await wakeAllViews(page);
  await region(page, 'Events').locator('article').first().waitFor();
}
