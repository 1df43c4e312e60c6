/**
 * Whether the engine reads with the statistical fallback when nothing says otherwise (INTENT_FALLBACK,
 * src/config.ts). Its own module, so that reading the configuration loads no model (issue 21).
 */
export const STATISTICAL_FALLBACK_ON = true;

/**
 * Whether the reader takes the statistical second opinion on the business impact when nothing says
 * otherwise (SLOT_OPINION, src/config.ts): across writers it helped every blind group (README
 * "Statistical fallback").
 */
export const SLOT_OPINION_ON = true;
