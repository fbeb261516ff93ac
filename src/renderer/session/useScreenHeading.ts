import { useEffect, useRef } from 'react';

/** A new screen moves focus to its h1, so screen readers announce where the person now is. */
export function useScreenHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}
