import './badge.css';

/**
 * A country's code in a small outlined badge with its colour chip; the full name is the
 * tooltip, and is read out when `spoken` (where nothing else around says the country).
 */
export function CountryBadge({
  code,
  name,
  color,
  spoken = false,
  className,
}: {
  code: string;
  name: string;
  color: string;
  spoken?: boolean;
  className?: string;
}) {
  return (
    <span className={className ? `country-badge ${className}` : 'country-badge'} title={name}>
      <span className="swatch" style={{ background: color }} aria-hidden="true" />
      <span aria-hidden={spoken ? true : undefined}>{code}</span>
      {spoken ? <span className="visually-hidden">({name})</span> : null}
    </span>
  );
}
