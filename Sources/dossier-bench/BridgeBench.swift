import DossierCore
import DossierLua
import Foundation

/// The cost of the Lua bridge: iterating N model rows from Lua (entities of a generated store)
/// against iterating a plain Lua table of N rows, bare and reading one field per row; a query's
/// first run (SQL included) apart from later runs (its rows cached while the corpus is
/// unchanged); and one error raised in Swift and caught by pcall.
enum BridgeBench {
    static func run(_ args: [String]) throws {
        let n = args.first.flatMap(Int.init) ?? 1_000_000
        let rounds = args.count > 1 ? Int(args[1]) ?? 3 : 3
        let started = Date()
        let store = try Store.inMemory()
        try store.write { db in
            // Rows as the ingest would leave them, written directly: the subject here is the bridge.
            let statement = try db.makeStatement(
                sql: "INSERT INTO entity(id, name, kind, country, mentions) VALUES (?,?,?,?,?)")
            let kinds = ["person", "country", "place", "organization"]
            for i in 1...n {
                try statement.execute(arguments: [i, "Entity \(i)", kinds[i % 4], i % 3 == 0 ? "Russia" : nil, i % 7])
            }
        }
        StandardStreams.writeError(
            String(format: "generated %d entities in %.1f s\n", n, Date().timeIntervalSince(started)))
        var lines: [String] = []
        let runtime = LuaRuntime(store: store) { lines.append($0) }
        let script = """
            local N, rounds = \(n), \(rounds)
            local clock = os.clock
            local function best(f) local b = math.huge for _ = 1, rounds do local t0 = clock() f() local dt = clock() - t0 if dt < b then b = dt end end return b end
            local function once(f) local t0 = clock() f() return clock() - t0 end
            local function ns(s) return string.format("%4.0f ns/row", s / N * 1e9) end
            local t = {}
            local kinds = {"person", "country", "place", "organization"}
            for i = 1, N do t[i] = {id = i, name = "Entity " .. i, kind = kinds[i % 4 + 1]} end
            local plain = best(function() local c = 0 for _, e in ipairs(t) do c = c + 1 end assert(c == N) end)
            local plainField = best(function() local c = 0 for _, e in ipairs(t) do c = c + #e.name end end)
            -- The plain table is dropped so that the model runs collect garbage in a heap of the same size.
            t = nil
            collectgarbage()
            local first = once(function() local c = 0 for e in entities():sort("id") do c = c + 1 end assert(c == N) end)
            local firstField = once(function() local c = 0 for e in entities():sort("id") do c = c + #e.name end end)
            local q = entities():sort("id")
            local model = best(function() local c = 0 for e in q do c = c + 1 end assert(c == N) end)
            local modelField = best(function() local c = 0 for e in q do c = c + #e.name end end)
            local modelEach = best(function() local c = 0 for e in q:each() do c = c + #e.name end end)
            local count = best(function() assert(#q == N) end)
            local errors = best(function() for i = 1, 100000 do pcall(entity, i) end end)
            print(string.format("rows=%d rounds=%d", N, rounds))
            print("plain Lua table: for _, e in ipairs(t)           " .. ns(plain))
            print("plain Lua table: ... + #e.name                   " .. ns(plainField))
            print("entities(), first run (SQL + bridge)             " .. ns(first) .. string.format("  %5.1fx", first / plain))
            print("entities(), first run + #e.name                  " .. ns(firstField) .. string.format("  %5.1fx", firstField / plainField))
            print("entities(), run again (rows cached): for e in q  " .. ns(model) .. string.format("  %5.1fx", model / plain))
            print("entities(), run again + #e.name                  " .. ns(modelField) .. string.format("  %5.1fx", modelField / plainField))
            print("entities(), run again, q:each() + #e.name        " .. ns(modelEach) .. string.format("  %5.1fx", modelEach / plainField))
            print(string.format("#q (SQL count)                                   %.1f ms", count * 1e3))
            print(string.format("pcall(entity, i), error raised in Swift          %.2f us/call", errors / 100000 * 1e6))
            """
        if let error = runtime.run(script, name: "=bridge-bench") {
            throw DossierError(error)
        }
        StandardStreams.writeOutput(lines.joined())
    }
}
