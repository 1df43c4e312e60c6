/** One license server as a passage of a request names it (server-mentions.ts reads them, server-merge.ts merges them). */
export type ServerProperty = 'hostName' | 'hostId' | 'os' | 'osVersion' | 'port';

export interface ServerMention {
  values: Partial<{ hostName: string; hostId: string; os: string; osVersion: string; port: number }>;
  confidence: Partial<Record<ServerProperty, number>>;
  /** An ordinal the text gives (`Server 2`, `backup`), 0-based. */
  index?: number;
  /** Applies to every server (`all three run AIX 7.2`). */
  all?: boolean;
  /** The host id this one corrects ("X, not Y"): it replaces that id wherever it is (id-corrections.ts). */
  replaces?: string;
  /** Said to share a value with the server named before it ("same port", "on the same OS build"). */
  sameAsBefore?: ('os' | 'port')[];
  line: number;
}
