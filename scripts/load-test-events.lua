-- wrk script: event lists, filters, paging and aggregates (/api/events, /api/events/aggregate).
local queries = {
  "/api/events",
  "/api/events?limit=100",
  "/api/events?event_root=19",
  "/api/events?modality=asserted&from=2019-06-01&to=2019-12-31",
  "/api/events?country=USA",
  "/api/events?actor=GOV",
  "/api/events/aggregate?by=month",
  "/api/events/aggregate?by=root",
  "/api/events/aggregate?by=country&modality=reported",
  "/api/events?event_code=04",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
done = dofile(os.getenv("NEWSGRAPH_DONE") or (debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "load-test-done.lua"))
