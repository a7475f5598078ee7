/** One end of the year range: "Any" or a year of the dataset. */
export function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  return (
    <div className="filter-year">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="filter-input"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">Any</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
