-- wrk script: concurrent searches against `newsgraph serve`, cycling through queries and filters.
local queries = {
  "/api/search?q=Tillerson",
  "/api/search?q=election",
  "/api/search?q=police%20AND%20protest",
  "/api/search?q=president&from=2019-06-01&to=2019-12-31",
  "/api/search?q=government&limit=50",
  "/api/search?language=en&sort=date",
  "/api/search?q=storm%20OR%20flood",
  "/api/search?q=court&kind=articles&copies=include",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests %d, errors %d (non-2xx %d), req/s %.0f, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, errors, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
