import { useId } from 'react';

interface FilterFieldProps {
  label: string;
  placeholder: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}

/** The manual's "Sök/filtrera" box; the words go to main, which filters in the database. */
export function FilterField({ label, placeholder, hint, value, onChange }: FilterFieldProps) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}
