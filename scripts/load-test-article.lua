-- wrk script: article pages (/api/articles/{id}) of every stored article in turn; the ids come from the file
-- named by NEWSGRAPH_IDS (one per line), written by load-test.sh.
local ids = {}
for line in io.lines(os.getenv("NEWSGRAPH_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/articles/" .. ids[(i % #ids) + 1])
end
done = dofile(os.getenv("NEWSGRAPH_DONE") or (debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "load-test-done.lua"))
