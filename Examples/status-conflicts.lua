-- Events whose sources disagree: reported as happening, planned or rumoured by one source and
-- denied by another, with the sentences that say each.
--
--   dossier report --db news.db --out reports/ Examples/status-conflicts.lua
--
-- With --since/--until, an event counts when one of its reports appeared in that period.

local P = report.period
local first, last = P.since, P["until"]
local function in_period(date)
  if not first and not last then return true end
  if not date then return false end
  return (not first or date >= first:sub(1, #date)) and (not last or date:sub(1, #last) <= last)
end

local r = report.new{title = "Status conflicts", subtitle = "Events the sources report differently"}

local conflicts = {}
for ev in events{status = "denied"} do
  local denied, asserted, recent = {}, {}, false
  for _, m in ipairs(ev.mentions) do
    if m.status == "denied" then denied[#denied + 1] = m else asserted[#asserted + 1] = m end
    if in_period(m.article.date) then recent = true end
  end
  if #denied > 0 and #asserted > 0 and recent then
    conflicts[#conflicts + 1] = {event = ev, denied = denied, asserted = asserted}
  end
end

local function describe(ev)
  local who = {}
  for _, p in ipairs(ev.participants) do who[#who + 1] = p.name end
  return ev.type .. ": " .. table.concat(who, ", ") .. (ev.place and (" @ " .. ev.place) or "")
end

if #conflicts == 0 then
  r:paragraph("No event is reported as happening, planned or rumoured by one source and denied by another"
    .. (report.period.since and (" in " .. report.period.label) or "") .. ".")
  return r
end

r:paragraph(("%d event%s with conflicting reports."):format(#conflicts, #conflicts == 1 and "" or "s"))
local rows = {}
for _, c in ipairs(conflicts) do
  -- "speculated (Korea Times, Masao Okonogi)": each status once, with its sources once each.
  local order, by_status = {}, {}
  for _, m in ipairs(c.asserted) do
    local list = by_status[m.status]
    if not list then list = {seen = {}}; by_status[m.status] = list; order[#order + 1] = m.status end
    local s = m.source or "?"
    if not list.seen[s] then list.seen[s] = true; list[#list + 1] = s end
  end
  local claims = {}
  for _, status in ipairs(order) do claims[#claims + 1] = status .. " (" .. table.concat(by_status[status], ", ") .. ")" end
  local denials, seen = {}, {}
  for _, m in ipairs(c.denied) do
    local s = m.source or "?"
    if not seen[s] then seen[s] = true; denials[#denials + 1] = s end
  end
  rows[#rows + 1] = {event = describe(c.event), date = c.event.date, claimed = table.concat(claims, ", "),
                     denied = table.concat(denials, ", ")}
end
r:table(rows, {caption = "Conflicting reports", sort = "date",
               columns = {{"Event", "event"}, {"Date", "date"}, {"Reported as", "claimed"}, {"Denied by", "denied"}}})

-- One table of evidence for every conflict (one CSV file too): the claims before the denials,
-- each with the sentence that makes it, its source and the date of its article.
r:heading("Evidence")
local evidence = {}
for _, c in ipairs(conflicts) do
  local label = describe(c.event) .. (c.event.date and (", " .. c.event.date) or "")
  for _, list in ipairs{c.asserted, c.denied} do
    for _, m in ipairs(list) do
      evidence[#evidence + 1] = {event = label, status = m.status, source = m.source, date = m.article.date,
                                 sentence = m.sentence}
    end
  end
end
r:table(evidence, {caption = "What each source says", columns = {{"Event", "event"}, "status", "source", "date", "sentence"}})

local list = {}
for _, c in ipairs(conflicts) do list[#list + 1] = c.event end
r:heading("Timeline")
r:timeline(list)

return r
