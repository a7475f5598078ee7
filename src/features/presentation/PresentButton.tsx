import './presentation.css';

interface PresentButtonProps {
  onPresent: () => void;
}

/** Opens presentation mode: one chart per full-screen slide, for projectors. */
export function PresentButton({ onPresent }: PresentButtonProps) {
  return (
    <button
      type="button"
      className="btn present-button"
      onClick={onPresent}
      title="Show the charts as full-screen slides (Esc to leave)"
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d="M3 4h18M4 4v11a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V4M12 16v4M8.5 20h7M10 7.5v5l4-2.5z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Present
    </button>
  );
}
