-- Latency of filtered queries and full-text search on a corpus database, for Scripts/bench-ingest.
-- usage: dossier run --db FILE Scripts/bench-queries.lua [RUNS]
-- Prints one line per query: name, best and median milliseconds over RUNS runs (a new query
-- object each run, so no result is reused), rows, and the SQL it runs (q:sql()) for sqlite3.
local runs = tonumber(arg[1]) or 20
local cases = {
  {"entities{kind=person} top 20", function() return entities{kind = "person"}:limit(20) end},
  {"entities{name=Reagan}", function() return entities{name = "Reagan"} end},
  {"entities{country=Japan}", function() return entities{country = "Japan"} end},
  {"events{type=meet}", function() return events{type = "meet"} end},
  {"events{with=Reagan}", function() return events{with = "Reagan"} end},
  {"events{type=visit, since=1987-03}", function() return events{type = "visit", since = "1987-03"} end},
  {"articles{text=cocoa}", function() return articles{text = "cocoa"} end},
  {"articles{text=oil prices, since=1987-03}", function() return articles{text = "oil prices", since = "1987-03"} end},
  {"quotes{speaker=Baker}", function() return quotes{speaker = "Baker"} end},
}
local function time(f)
  local t = {}
  local rows
  for i = 1, runs do
    local c = os.clock()
    rows = f()
    t[i] = (os.clock() - c) * 1000
  end
  table.sort(t)
  return t[1], t[(runs + 1) // 2], rows
end
for _, case in ipairs(cases) do
  local best, median, rows = time(function() return #case[2]():list() end)
  print(string.format("%s\t%.2f\t%.2f\t%d\t%s", case[1], best, median, rows, (case[2]():sql())))
end
local best, median, rows = time(function() return #search("oil prices", 20) end)
-- The statement search() runs (Store.search), with its arguments written in.
local searchSQL = "SELECT f.rowid, a.title, snippet(article_fts, 1, '[', ']', '…', 10), bm25(article_fts, 5.0, 1.0) AS score "
  .. "FROM article_fts f JOIN article a ON a.id = f.rowid "
  .. "WHERE article_fts MATCH '\"oil\" \"prices\"' AND a.duplicate_of IS NULL ORDER BY score LIMIT 20"
print(string.format("%s\t%.2f\t%.2f\t%d\t%s", "search(oil prices, 20)", best, median, rows, searchSQL))
