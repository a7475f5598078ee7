import { create } from 'zustand';

/**
 * How the charts are drawn, beside the filters: options that change what a chart marks but
 * not what it counts. Kept in the address bar (`milestones=0`) by useUrlSync.
 */
export interface ViewOptionsState {
  /** The milestone markers on the Visit frequency chart and the timeline. */
  showMilestones: boolean;
  setShowMilestones: (show: boolean) => void;
}

export const useViewOptionsStore = create<ViewOptionsState>()((set) => ({
  showMilestones: true,
  setShowMilestones: (showMilestones) => set({ showMilestones }),
}));

/** For tests: back to the defaults. */
export function resetViewOptionsStore(): void {
  useViewOptionsStore.setState({ showMilestones: true });
}
