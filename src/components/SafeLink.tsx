import { isHttpUrl } from '../domain/httpUrl';

/** A link only for http(s) URLs, opened in a new tab without opener; anything else is plain text. */
export function SafeLink({ href, children }: { readonly href: string; readonly children?: React.ReactNode }) {
  if (!isHttpUrl(href)) return <span className="unsafe-link">{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? new URL(href).hostname}
    </a>
  );
}
