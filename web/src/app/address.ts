import { useSearchParams } from 'react-router';

/**
 * The address's query and a setter for one of its keys (a blank value drops the key, the others stay).
 * `replace` keeps the change out of Back and Forward, for typing and for state that is not a place.
 */
export function useAddressParams(): [
  URLSearchParams,
  (key: string, value: string, replace?: boolean) => void,
] {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );
  return [params, setParam];
}
