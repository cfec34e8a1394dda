-- Quotes grouped by speaker, most quoted first, with the outlet and date of each.
-- Usage: dossier run Examples/quotes-by-speaker.lua [SPEAKER]
local speaker = arg and arg[1]
if speaker and not entity(speaker) then
  print(select(2, entity(speaker)))
  return
end
local q = speaker and quotes{speaker = speaker} or quotes()

local counts = q:group("speaker")
if #counts == 0 then
  print(speaker and ("No quotes by " .. speaker .. ".") or "No quotes in this corpus.")
  return
end
for _, row in ipairs(counts) do
  local who = row.key or "(unattributed)"
  print(string.format("%s — %d quote%s", who, row.count, row.count == 1 and "" or "s"))
  local byWho = row.key and quotes{speaker = row.key} or q:where(function(x) return x.speaker == nil end)
  for x in byWho do
    local origin = table.concat({x.source or "?", x.date or "undated"}, ", ")
    print(string.format("  “%s” (%s)", x.text, origin))
  end
end
