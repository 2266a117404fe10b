import { useEffect, useRef, useState } from 'react';

/**
 * The search box's text, sent to the URL (`?q=`) once typing pauses; Back and Forward bring an older
 * search back into the box. Shared by the list pages (DAs, fleet).
 */
export function useSearchBox(value: string, apply: (text: string) => void): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const applied = useRef(value);
  const send = useRef(apply);
  send.current = apply;
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    const wanted = text.trim();
    if (wanted === applied.current) return;
    const timer = setTimeout(() => {
      applied.current = wanted;
      send.current(wanted);
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);
  return [text, setText];
}
