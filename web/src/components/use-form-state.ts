import { useCallback, useState } from 'react';

/** Values of a small form of text fields, with a setter per field for TextField's onChange. */
export function useFormState<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const setter = useCallback(
    (key: keyof T) => (value: string) => setValues((current) => ({ ...current, [key]: value })),
    [],
  );
  return { values, setter, setValues };
}
