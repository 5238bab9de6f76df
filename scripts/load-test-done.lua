-- The summary line every load-test script prints (loaded by dofile; returns wrk's done callback).
return function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests %d, errors %d (non-2xx %d), req/s %.0f, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, errors, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
