// A typed client of the gateway, for any of the generated documents (src/generated/<service>.ts):
//   import type { paths } from "./generated/cooperatives";
//   const api = createApiClient<paths>({ baseUrl: "http://localhost:5100", token: () => accessToken, language: "fa" });
//   const { data, error } = await api.POST("/api/cooperatives/cooperatives", { body: {...} });
// Every POST gets an Idempotency-Key, so a retry after a dropped response never creates a second record.
import createClient, { type Middleware } from "openapi-fetch";

export interface ApiClientOptions {
  baseUrl: string;
  /** The bearer token (in Development: POST /dev/token at the gateway). */
  token?: () => string | undefined;
  /** Language of problem details: fa, ru, kk or en. */
  language?: "fa" | "ru" | "kk" | "en";
}

/** RFC 9457 problem details as every service answers them; errors maps a field name to messages for that field. */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  code?: string;
  errors?: Record<string, string[]>;
  traceId?: string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function createApiClient<Paths extends {}>(options: ApiClientOptions) {
  const client = createClient<Paths>({ baseUrl: options.baseUrl });
  const platform: Middleware = {
    onRequest({ request }) {
      const token = options.token?.();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      if (options.language) request.headers.set("Accept-Language", options.language);
      if (request.method === "POST" && !request.headers.has("Idempotency-Key")) {
        request.headers.set("Idempotency-Key", crypto.randomUUID());
      }
      return request;
    },
  };
  client.use(platform);
  return client;
}
