import sources from '../../ingredients/sources.json';
import type { Sources } from './family-schema';

/** Every source the data cites; kept apart so no page bundle carries it. */
export const SOURCES = sources as Sources;
