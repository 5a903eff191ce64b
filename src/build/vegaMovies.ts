/** Where the data build finds vega-datasets' movies (a devDependency; the runtime never reads it). */
export const VEGA_MOVIES = "node_modules/vega-datasets/data/movies.json";
