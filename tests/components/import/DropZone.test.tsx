import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DropZone } from '../../../src/features/import/DropZone';

function drag(type: string, types: string[], files: File[] = []) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types, files, dropEffect: 'none' },
  });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
}

describe('DropZone', () => {
  it('shows a full-page overlay while files are dragged, and opens the dropped file', () => {
    const onOpen = vi.fn();
    render(
      <DropZone onOpen={onOpen}>
        <p>The page</p>
      </DropZone>,
    );
    expect(screen.getByText('The page')).toBeInTheDocument();
    expect(screen.queryByText('Drop a JSON or CSV dataset to open it')).not.toBeInTheDocument();

    const enter = drag('dragenter', ['Files']);
    expect(enter.defaultPrevented).toBe(true);
    expect(screen.getByText('Drop a JSON or CSV dataset to open it')).toBeInTheDocument();
    expect(screen.getByText(/nothing is uploaded/)).toBeInTheDocument();

    // Entering a child and leaving the parent keeps the overlay.
    drag('dragenter', ['Files']);
    drag('dragleave', ['Files']);
    expect(screen.getByText('Drop a JSON or CSV dataset to open it')).toBeInTheDocument();

    const file = new File(['{}'], 'mine.json');
    const drop = drag('drop', ['Files'], [file]);
    expect(drop.defaultPrevented).toBe(true);
    expect(onOpen).toHaveBeenCalledWith(file);
    expect(screen.queryByText('Drop a JSON or CSV dataset to open it')).not.toBeInTheDocument();
  });

  it('hides the overlay when the drag leaves the window', () => {
    render(<DropZone onOpen={() => {}} />);
    drag('dragenter', ['Files']);
    drag('dragleave', ['Files']);
    expect(screen.queryByText('Drop a JSON or CSV dataset to open it')).not.toBeInTheDocument();
  });

  it('ignores drags that carry no files', () => {
    const onOpen = vi.fn();
    render(<DropZone onOpen={onOpen} />);
    const enter = drag('dragenter', ['text/plain']);
    expect(enter.defaultPrevented).toBe(false);
    expect(screen.queryByText('Drop a JSON or CSV dataset to open it')).not.toBeInTheDocument();
    const drop = drag('drop', ['text/plain']);
    expect(drop.defaultPrevented).toBe(false);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('stops listening when unmounted', () => {
    const onOpen = vi.fn();
    const { unmount } = render(<DropZone onOpen={onOpen} />);
    unmount();
    drag('drop', ['Files'], [new File(['{}'], 'x.json')]);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
