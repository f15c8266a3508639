import { scaleSqrt } from 'd3-scale';

/** City symbol radius in CSS pixels: area proportional to population (square-root scale). */
export const radiusScale = scaleSqrt().domain([0, 3_500_000]).range([3, 26]).clamp(true);

/** A case city's symbol radius (a city without a population gets the smallest symbol). */
export const cityRadius = (c: { readonly population?: number | undefined }): number => radiusScale(c.population ?? 0);
