/** Case numbers are eight digits, shown as `[Case 01234567]` (DOMAIN.md §9, issue 6 threading). */
export function formatCaseNumber(sequence: number): string {
  return String(sequence).padStart(8, '0');
}

export function caseTag(number: string): string {
  return `[Case ${number}]`;
}
