/** Issue 25 §4: every field of the license-request reader, on each part of the corpus. */
export const TARGET_PRECISION = 0.97;
export const TARGET_RECALL = 0.95;
