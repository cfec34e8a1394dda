-- The week's brief: what happened, what changed, who said what.
--
--   dossier report --db news.db --since 2018-06-18 --until 2018-06-24 --out briefs/ Examples/weekly-brief.lua
--
-- Without --since/--until the week is the last seven days of the corpus, ending on the date of
-- its latest article. "The week's events" are the events the week's articles report, whatever
-- day they fall on (a summit announced this week for September is news now), and the events
-- known to have happened on a day of the week, whichever article reports them.

local P = report.period
local first, last = P.since, P["until"]
if not first and not last then
  local latest = articles():where(function(a) return a.date and #a.date == 10 end):sort("date", "desc"):first()
  last = latest and latest.date
end
if last and not first then first = report.add_days(last, -6) end
if first and not last then last = report.add_days(first, 6) end
if first then report.set_period(first, last) end

local r = report.new{title = "Weekly brief"}
local week = articles(report.within{})
local n = #week

-- The week's events, each once, and the sources that carried the articles.
local happened, seen, outlets = {}, {}, {}
local function add(e)
  if not seen[e.id] then seen[e.id] = true; happened[#happened + 1] = e end
end
for a in week do
  if a.source then outlets[a.source] = true end
  for e in a:events() do add(e) end
end
-- A date known only to the month or year would put the event in every week of it: days only.
for e in events(report.within{}):where(function(e) return e.precision == "day" end) do add(e) end
if n == 0 and #happened == 0 then
  r:paragraph("No articles in the corpus for " .. report.period.label .. ", so there is nothing to report.")
  return r
end
local nsources = 0
for _ in pairs(outlets) do nsources = nsources + 1 end
r:paragraph(("%d article%s from %d source%s; %d event%s."):format(
  n, n == 1 and "" or "s", nsources, nsources == 1 and "" or "s", #happened, #happened == 1 and "" or "s"))

r:heading("Events by type")
if #happened == 0 then
  r:paragraph("The week's articles report no meetings, visits, invitations or speeches.")
else
  local by_type = {}
  for _, e in ipairs(happened) do by_type[e.type] = (by_type[e.type] or 0) + 1 end
  r:bars(by_type, {caption = "The week's events, by type"})
  r:table(happened, {
    caption = "The week's events",
    columns = {"date", "type", "participants", "place", "statuses", "sources"},
    sort = "date", limit = 100,
  })
end

-- A status change: the event's mentions, in the order the articles appeared, do not all say
-- the same thing (planned, then occurred; planned by one source, denied by another).
r:heading("Status changes")
local changes = {}
for _, e in ipairs(happened) do
  if #e.statuses > 1 then
    -- By article date, then article, then the order given: a total order, so the same every run.
    local ms = e.mentions
    for i, m in ipairs(ms) do m.order = i end
    table.sort(ms, function(x, y)
      local dx, dy = x.article.date or "", y.article.date or ""
      if dx ~= dy then return dx < dy end
      if x.article.id ~= y.article.id then return x.article.id < y.article.id end
      return x.order < y.order
    end)
    local steps, last_status = {}, nil
    for _, m in ipairs(ms) do
      if m.status ~= last_status then
        steps[#steps + 1] = ("%s (%s, %s)"):format(m.status, m.source or "?", m.article.date or "undated")
        last_status = m.status
      end
    end
    local who = {}
    for _, p in ipairs(e.participants) do who[#who + 1] = p.name end
    changes[#changes + 1] = {
      event = e.type .. ": " .. table.concat(who, ", ") .. (e.place and (" @ " .. e.place) or ""),
      date = e.date, change = table.concat(steps, " → "),
    }
  end
end
if #changes == 0 then
  r:paragraph("No event changed status in the sources this week.")
else
  r:table(changes, {columns = {{"Event", "event"}, {"Date", "date"}, {"Status, by source and day", "change"}},
                    sort = "date", limit = 50})
end

-- People only: a quote without a speaker, or put in the mouth of a ministry, says less.
r:heading("Most quoted")
local said = quotes(report.within{}):where(function(q) local e = q.entity; return e and e.kind == "person" end)
if #said == 0 then
  r:paragraph("No direct quotes by people this week.")
else
  r:bars(said:group("speaker"), {caption = "Quotes by speaker", limit = 10})
  r:quotes(said, {caption = "What they said", limit = 8})
end

r:heading("Timeline")
r:timeline(happened, {caption = "The week's events by the date they happen or are planned for", limit = 200})

r:heading("Who met whom")
if #happened == 0 then
  r:paragraph("No events, so no one to link.")
else
  r:network(happened, {caption = "Taking part in the same events (a line per shared event)", max = 25})
end

return r
