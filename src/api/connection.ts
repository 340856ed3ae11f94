/**
 * The connection the API client needs, declared here so the client knows nothing of how it was
 * configured: config/schema.ts produces a value of this shape (checked by the type system where
 * run/ and the entries hand it over), and tests can build one by hand.
 */
export interface ApiConnection {
  readonly accountId?: string | undefined;
  readonly org?: string | undefined;
  readonly project?: string | undefined;
  readonly workspace?: string | undefined;
  readonly apiKey?: string | undefined;
  /** Harness host, path prefix included (`https://app.harness.io/gateway`); IaCM paths go under `/iacm/api`. */
  readonly baseUrl: string;
  /** In-stage IaCM service URL; paths go under `/api`. Wins over baseUrl. */
  readonly serviceUrl?: string | undefined;
}

/** The fields a call needs, already checked to be present. */
export interface ResolvedConnection {
  readonly accountId: string;
  readonly org: string;
  readonly project: string;
  readonly workspace: string;
  readonly apiKey: string;
}
