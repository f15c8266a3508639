import { useEffect, useRef, useState } from 'react';
import type { City } from '../domain/atlasSchema';
import type { MapImageSpec } from '../export/mapImage';
import { mapImage } from '../export/mapImage';
import { countryName, t } from '../i18n/messages';

interface Props {
  readonly cities: readonly City[];
  readonly altText: string;
  readonly image: MapImageSpec;
  readonly citation: string;
}

/** A one-page briefing of the current view, shown only when printing (see the print stylesheet). */
export function PrintBriefing({ cities, altText, image, citation }: Props) {
  const [src, setSrc] = useState<string | undefined>();
  const latest = useRef(image);
  useEffect(() => { latest.current = image; });
  // One listener for the component's life; it reads the image spec of the moment of printing.
  useEffect(() => {
    const before = () => { mapImage(latest.current).then((b) => setSrc(URL.createObjectURL(b)), () => setSrc(undefined)); };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
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
