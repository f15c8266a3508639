import { useEffect, useMemo, useState } from 'react';
import type { City, PlacesData, Region } from '../domain/atlasSchema';
import { cityProfile, isSamePlace, nearestPeers, placeProfiles } from '../domain/peers';
import { loadPlaces } from '../data/placesStore';
import { countryName, formatNumber, t } from '../i18n/messages';

interface Props {
  readonly city: City;
  readonly cities: readonly City[];
  readonly regionByCode: ReadonlyMap<string, Region>;
  readonly onOpen: (id: string) => void;
  readonly onBack: () => void;
}

/** The 10 most similar case cities and the 10 most similar European places, by territorial context. */
export function PeerFinder({ city, cities, regionByCode, onOpen, onBack }: Props) {
  const [places, setPlaces] = useState<PlacesData | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => { loadPlaces().then(setPlaces, (e: Error) => setError(e.message)); }, []);
  // Profiles are built once per data set; only the ranking runs again for another city.
  const caseProfiles = useMemo(() => cities.map(cityProfile), [cities]);
  const allPlaces = useMemo(() => (places ? placeProfiles(places, regionByCode) : []), [places, regionByCode]);
  const casePeers = useMemo(() => nearestPeers(cityProfile(city), caseProfiles, 10), [city, caseProfiles]);
  const placePeers = useMemo(() => nearestPeers(cityProfile(city), allPlaces.filter((p) => !isSamePlace(city, p)), 10), [city, allPlaces]);
  return (
    <section className="peers" aria-labelledby="peers-title">
      <h2 id="peers-title">{t('peers.title', { name: city.name })}</h2>
      <button type="button" onClick={onBack}>{t('peers.back')}</button>
      <p className="measure">{t('peers.measure')}</p>
      <h3>{t('peers.cases')}</h3>
      <ol className="peer-list" aria-label={t('peers.cases')}>
        {casePeers.map((p) => (
          <li key={p.item.id}>
            <button type="button" className="link-button" onClick={() => onOpen(p.item.id)}>{p.item.city.name}</button>
            {' '}({countryName(p.item.city.country)}, {p.item.population !== undefined ? formatNumber(p.item.population) : t('map.notKnown')}) · {t('peers.distance', { d: formatNumber(p.distance, 2) })}
          </li>
        ))}
      </ol>
      <h3>{t('peers.places')}</h3>
      {error ? <p role="alert">{error}</p> : !places ? <p>{t('peers.loading')}</p> : (
        <ol className="peer-list" aria-label={t('peers.places')}>
          {placePeers.map((p) => (
            <li key={p.item.id}>
              {p.item.name} ({countryName(p.item.country)}, {formatNumber(p.item.population ?? 0)}) · {t('peers.distance', { d: formatNumber(p.distance, 2) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
