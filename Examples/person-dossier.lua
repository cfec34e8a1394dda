-- Everything about one person (or any entity): events, quotes, who they appear with, sources.
--
--   dossier report --db news.db --name putin --out dossiers/ Examples/person-dossier.lua "Vladimir Putin"
--
-- The name may be any alias ("Putin"). With --since/--until only that period is covered.

local name = arg and arg[1]
if not name then error("usage: dossier report Examples/person-dossier.lua NAME", 0) end
local e, why = entity(name)
if not e then error(why, 0) end

local about = {e.kind}
if e.title then about[#about + 1] = e.title end
if e.country then about[#about + 1] = e.country end
local r = report.new{title = e.name, subtitle = table.concat(about, " · ")}

local F = report.within{}
local evs, qs, arts = e:events(F), e:quotes(F), e:articles(F)
local nevents, nquotes, narticles = #evs, #qs, #arts
if #e.aliases > 0 then r:paragraph("Also named: " .. table.concat(e.aliases, ", ") .. ".") end
r:paragraph(("Named in %d article%s; takes part in %d event%s; %d quote%s."):format(
  narticles, narticles == 1 and "" or "s", nevents, nevents == 1 and "" or "s", nquotes, nquotes == 1 and "" or "s"))
if narticles == 0 then
  r:paragraph("Nothing about " .. e.name .. " for " .. report.period.label .. ".")
  return r
end

r:heading("Events")
if nevents == 0 then
  r:paragraph("No events with " .. e.name .. ".")
else
  r:timeline(evs, {caption = "Events with " .. e.name, limit = 200})
  r:table(evs, {
    columns = {"date", "type", {"with", function(ev)
      local others = {}
      for _, p in ipairs(ev.participants) do if p.entity ~= e then others[#others + 1] = p.name end end
      return table.concat(others, ", ")
    end}, "place", "statuses", "sources"},
    sort = "date", limit = 100,
  })
end

r:heading("Quotes")
if nquotes == 0 then r:paragraph("No direct quotes.") else r:quotes(qs:sort("date"), {limit = 30}) end

-- Co-mentions: how many of the person's articles also name each other entity.
r:heading("Named with")
local shared = {}
for a in arts do
  for other in a:entities() do
    if other ~= e and not other.media then shared[other.name] = (shared[other.name] or 0) + 1 end
  end
end
if next(shared) == nil then
  r:paragraph("No other entity is named in the same articles.")
else
  r:network(e, {caption = "Entities named in the same articles as " .. e.name, max = 25})
  r:bars(shared, {caption = "Articles shared with " .. e.name, limit = 15})
end

r:heading("Sources")
r:bars(arts:group("source"), {caption = "Articles by source", limit = 15})
r:table(arts, {columns = {"date", "source", "title"}, sort = "date", desc = true, limit = 50,
               caption = "Articles naming " .. e.name .. ", latest first"})

return r
