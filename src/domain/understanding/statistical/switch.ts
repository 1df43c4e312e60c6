/**
 * Whether the engine reads with the statistical fallback when nothing says otherwise (INTENT_FALLBACK,
 * src/config.ts). Its own module, so that reading the configuration loads no model (issue 21).
 */
export const STATISTICAL_FALLBACK_ON = true;
