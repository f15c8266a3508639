import { useEffect, useRef, useState } from 'react';
import type { City } from '../domain/atlasSchema';
import type { BriefingContent } from '../export/briefingContent';
import { mapImage } from '../export/mapImage';
import { countryName, t } from '../i18n/messages';
import { usePrinting } from '../state/usePrinting';

interface Props {
  readonly cities: readonly City[];
  /** The briefing of the view at this moment; called only while printing. */
  readonly make: () => BriefingContent;
}

/** A one-page briefing of the current view, made and shown only when printing (see the print stylesheet). */
export function PrintBriefing({ cities, make }: Props) {
  const printing = usePrinting();
  const [src, setSrc] = useState<string | undefined>();
  const latest = useRef(make);
  useEffect(() => { latest.current = make; });
  // One listener for the component's life; it draws the map of the view at the moment of printing.
  useEffect(() => {
    const before = () => { mapImage(latest.current().image).then((b) => setSrc(URL.createObjectURL(b)), () => setSrc(undefined)); };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  if (!printing) return <section className="print-briefing" aria-hidden="true" />;
  const { image, altText, citation } = make();
  return (
    <section className="print-briefing" aria-hidden="true">
      <h1>{image.title}</h1>
      <p>{image.subtitle}</p>
      {src && <img src={src} alt={altText} className="print-map" />}
      <p>{altText}</p>
      <h2>{image.legendTitle}</h2>
      <ul className="print-legend">{image.legend.map((l) => <li key={l.label}><span className="swatch round" style={{ background: l.colour }} />{l.label}</li>)}</ul>
      <h2>{t('table.caption', { count: cities.length })}</h2>
      <p className="print-list">{cities.map((c) => `${c.name} (${countryName(c.country)})`).join(' · ')}</p>
      <pre className="print-citation">{citation}</pre>
    </section>
  );
}
