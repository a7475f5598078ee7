import { useEffect, useRef } from 'react';
import './presentation.css';
import { LineIcon } from '../../components/LineIcon';
import { takeReturnFocus } from './present-focus';

interface PresentButtonProps {
  onPresent: () => void;
}

/** Opens presentation mode: one chart per full-screen slide, for projectors. */
export function PresentButton({ onPresent }: PresentButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeReturnFocus()) ref.current?.focus();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className="btn present-button"
      onClick={onPresent}
      title="Show the charts as full-screen slides (Esc to leave)"
    >
      <LineIcon
        paths={['M3 4h18M4 4v11a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V4M12 16v4M8.5 20h7M10 7.5v5l4-2.5z']}
        box={24}
        size={18}
        weight={1.8}
      />
      Present
    </button>
  );
}
