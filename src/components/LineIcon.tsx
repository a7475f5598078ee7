/**
 * A decorative line icon drawn in the text colour: one or more stroked paths on a square
 * view box. The control it sits in always carries the words.
 */
export function LineIcon({
  paths,
  box = 16,
  size = box,
  weight = 1.6,
  className,
}: {
  paths: readonly string[];
  /** The view box's side. */
  box?: number;
  /** Width and height on the page, in px. */
  size?: number;
  weight?: number;
  className?: string;
}) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${box} ${box}`}
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {paths.map((d) => (
        <path
          key={d}
          d={d}
          fill="none"
          stroke="currentColor"
          strokeWidth={weight}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}
