import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { routePath, type Route } from './routes';
import { useRouter } from './router';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: Route };

/** A real `<a href="#/…">`, so Enter, Tab and screen readers treat it as a link. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    // Always in this window: a second window on the same caseload is never what the worker wants.
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={`#${routePath(to)}`} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
