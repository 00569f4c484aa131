import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `ms` milliseconds (typing into a search box). */
export const useDebounced = <T>(value: T, ms = 250): T => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
};
