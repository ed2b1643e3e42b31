// A frontend's calls, written from the API reference alone (/openapi/cooperatives.json): register a cooperative,
// rename it with If-Match, list a region's cooperatives. Type-checked against the client generated from the live
// document by tests/Cooperatives.Tests/TypeScriptUsageTests.cs; the @ts-expect-error lines prove the types bite.
import type { paths, components } from "../src/generated/cooperatives";
import { createApiClient, type Problem } from "../src/client";

type Cooperative = components["schemas"]["CooperativeResponse"];

export async function registerRenameAndList(token: string): Promise<Cooperative[]> {
  const api = createApiClient<paths>({ baseUrl: "http://localhost:5100", token: () => token, language: "fa" });

  // Create: the founding members make it "registered" (7 in fars), a new Idempotency-Key is added by the client.
  const created = await api.POST("/api/cooperatives/cooperatives", {
    body: {
      name: "Shiraz Solar Cooperative",
      region: "fars",
      registrationNumber: "FA-1001",
      sector: "renewable-energy",
      county: "Shiraz",
      foundingMembers: [{ nationalId: "5729266448", fullName: "Maryam Ahmadi", shares: 10 }],
    },
  });
  if (created.error) {
    const problem: Problem = created.error;
    throw new Error(problem.errors?.["foundingMembers"]?.[0] ?? problem.title ?? "registration failed");
  }
  const cooperative: Cooperative = created.data;
  const etag = created.response.headers.get("ETag") ?? "";

  // Change: the record's ETag goes back in If-Match (missing: 428, stale: 412).
  const renamed = await api.PUT("/api/cooperatives/cooperatives/{id}", {
    params: { path: { id: cooperative.id }, header: { "If-Match": etag } },
    body: { name: "Shiraz Solar Workers Cooperative", county: "Shiraz" },
  });
  if (renamed.response.status === 412) throw new Error("changed meanwhile: read it again");

  // List: filters are the documented enums, pages are 1..n of at most 100 rows.
  const page = await api.GET("/api/cooperatives/cooperatives", {
    params: { query: { region: "fars", sector: "renewable-energy", status: "registered", page: 1, pageSize: 20 } },
  });
  return page.data?.items ?? [];
}

export async function mistakesTheTypesCatch(token: string): Promise<void> {
  const api = createApiClient<paths>({ baseUrl: "http://localhost:5100", token: () => token });
  // @ts-expect-error: "solar" is not a cooperative sector
  await api.POST("/api/cooperatives/cooperatives", { body: { name: "X", region: "fars", sector: "solar" } });
  // @ts-expect-error: shares are a number
  await api.POST("/api/cooperatives/cooperatives", { body: { foundingMembers: [{ nationalId: "5729266448", fullName: "M", shares: "ten" }] } });
  // @ts-expect-error: a change without If-Match
  await api.PUT("/api/cooperatives/cooperatives/{id}", { params: { path: { id: "0193a7c2-5f1e-7b3a-9c1d-2e4f6a8b0c1d" } }, body: { name: "X" } });
  // @ts-expect-error: a name is text
  await api.PUT("/api/cooperatives/cooperatives/{id}", { params: { path: { id: "x" }, header: { "If-Match": "\"1\"" } }, body: { name: 42 } });
  // @ts-expect-error: "closed" is not a cooperative status
  await api.GET("/api/cooperatives/cooperatives", { params: { query: { status: "closed" } } });
}
