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
done = dofile(os.getenv("NEWSGRAPH_DONE") or (debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "load-test-done.lua"))
