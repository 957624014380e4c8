import { useEffect, useRef, useState } from 'react';

/**
 * The value once it has stayed the same for `delay` milliseconds, e.g. a search as typed, so a
 * request goes out when the typing pauses rather than on every key. `key` says when two values are
 * the same (for objects, their serialized form); a string is its own key.
 */
export function useDebouncedValue<T>(value: T, delay: number, key: string = String(value)): T {
  const [settled, setSettled] = useState({ key, value });
  const latest = useRef(value);

  useEffect(() => {
    latest.current = value;
  });

  // The key stands for the value: a new object with the same content does not restart the wait.
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ key, value: latest.current }), delay);
    return () => clearTimeout(timer);
  }, [key, delay, settled.key]);

  return settled.value;
}
