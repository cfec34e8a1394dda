-- Who met whom: every meeting the corpus reports, with its date, place and what the sources say.
-- Usage: dossier run Examples/who-met-whom.lua [NAME]
--   NAME (optional) keeps the meetings of one person or country, e.g. "Putin".
local name = arg and arg[1]
if name and not entity(name) then
  print(select(2, entity(name)))
  return
end
local q = name and events{type = "meet", with = name} or events{type = "meet"}

local rows = {}
for e in q:sort("date") do
  local names = {}
  for _, p in ipairs(e.participants) do names[#names + 1] = p.name end
  -- One entry per status and source, however many sentences repeat it.
  local sources, seen = {}, {}
  for _, m in ipairs(e.mentions) do
    local s = m.status .. (m.source and (" (" .. m.source .. ")") or "")
    if not seen[s] then seen[s] = true; sources[#sources + 1] = s end
  end
  rows[#rows + 1] = {
    date = e.date or "undated",
    who = table.concat(names, " – "),
    place = e.place or "",
    reported = table.concat(sources, "; "),
  }
end

if #rows == 0 then
  print(name and ("No meetings with " .. name .. ".") or "No meetings in this corpus.")
  return
end
setmetatable(rows, {__columns = {"date", "who", "place", "reported"}})
print(dossier.render(rows))
print(#rows .. " meeting" .. (#rows == 1 and "" or "s"))
