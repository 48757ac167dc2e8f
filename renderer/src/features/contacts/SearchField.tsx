import { useId } from 'react';
import { Search } from 'lucide-react';

/** A compact search box with a magnifier (its label is for screen readers; the placeholder shows). */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
  className,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  const id = `search${useId().replaceAll(':', '')}`;
  return (
    <div className={['field', 'search-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <div className="input-with-icon">
        <Search className="input-icon" aria-hidden />
        <input
          id={id}
          type="search"
          className="input"
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
