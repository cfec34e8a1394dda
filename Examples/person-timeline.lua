-- A timeline of one person's (or country's) events: meetings, visits, invitations, speeches,
-- in date order, with the status each source gives them.
-- Usage: dossier run Examples/person-timeline.lua NAME
local name = arg and arg[1]
if not name then
  io.stderr:write("usage: dossier run Examples/person-timeline.lua NAME\n")
  os.exit(2)
end
local who, why = entity(name)
if not who then
  io.stderr:write(why .. "\n")
  os.exit(1)
end

print(string.format("%s (%s%s): %d mentions", who.name, who.kind, who.country and (", " .. who.country) or "", who.mentions))
local dated, undated = {}, {}
for e in who:events():sort("date") do
  local others = {}
  for _, p in ipairs(e.participants) do
    if p.name ~= who.name then others[#others + 1] = p.name end
  end
  local line = string.format("%-10s %-6s %s%s  [%s]", e.date or "", e.type,
    #others > 0 and ("with " .. table.concat(others, ", ")) or "",
    e.place and (" in " .. e.place) or "", table.concat(e.statuses, ", "))
  if e.date then dated[#dated + 1] = line else undated[#undated + 1] = line end
end
for _, l in ipairs(dated) do print(l) end
if #undated > 0 then
  print("undated:")
  for _, l in ipairs(undated) do print("  " .. l) end
end
if #dated + #undated == 0 then print("no events") end
