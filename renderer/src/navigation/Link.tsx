import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { navigate } from 'wouter/use-hash-location';

/**
 * Going to an address without listening to it. wouter's <Link> and useLocation() subscribe
 * their component to every change of address, so each link in a kept (hidden) screen, sixty
 * member names and every card's meeting link, rendered again on each tab switch. The app's
 * router is the hash location (App.tsx), so its navigate works from anywhere.
 */
export function useNavigate(): typeof navigate {
  return navigate;
}

/**
 * The app address now ('/trips/…'), read at the moment it is needed: for code that acts on
 * where the user is (a command, a shortcut) but shows nothing that depends on it, so it need
 * not render on every change of address. Read as wouter's hash location reads it.
 */
export function currentLocation(): string {
  return '/' + window.location.hash.replace(/^#?\/?/, '');
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An app address such as paths.trip(…), without the '#'. */
  href: string;
}

/** A link to an app address: a real <a href="#/…"> (open in a new window, copy the address), navigated in place on a plain click. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ href, onClick, ...rest }, ref) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a ref={ref} href={`#${href}`} onClick={follow} {...rest} />;
});
