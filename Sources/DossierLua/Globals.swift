import CLua
import DossierCore
import LuaShim

/// The global functions of the API: the four queries, lookups, search, show, help, print, and
/// the `dossier` table.
enum Globals {
    static let queryFunctions: [(RecordKind, LuaCallback)] = [
        (.article, { QueryObjects.pushNew($0!, .article, filtersAt: 1, name: "articles") }),
        (.entity, { QueryObjects.pushNew($0!, .entity, filtersAt: 1, name: "entities") }),
        (.event, { QueryObjects.pushNew($0!, .event, filtersAt: 1, name: "events") }),
        (.quote, { QueryObjects.pushNew($0!, .quote, filtersAt: 1, name: "quotes") }),
    ]

    static let names = [
        "articles", "entities", "events", "quotes", "entity", "article", "event", "search", "show", "help",
    ]

    static func install(_ rt: LuaRuntime) {
        let L = rt.L
        for (kind, fn) in queryFunctions {
            Lua.pushFunction(L, fn)
            Lua.setGlobal(L, kind.plural)
        }
        let globals: [(String, LuaCallback)] = [
            ("entity", entity), ("article", articleByID), ("event", eventByID),
            ("search", search), ("show", show), ("help", help), ("print", print),
        ]
        for (name, fn) in globals {
            Lua.pushFunction(L, fn)
            Lua.setGlobal(L, name)
        }
        lua_createtable(L, 0, 8)
        Lua.push(L, DossierVersion.string)
        Lua.rawSetField(L, -2, "version")
        Lua.push(L, rt.store.path ?? ":memory:")
        Lua.rawSetField(L, -2, "database")
        Lua.setFunction(L, "format", format)
        Lua.setFunction(L, "render", render)
        Lua.setFunction(L, "stats", stats)
        Lua.setFunction(L, "reader", LuaReaders.register)
        Lua.setGlobal(L, "dossier")
    }

    /// print(...): as Lua's, to the runtime's output.
    static let print: LuaCallback = { L in
        let L = L!
        let n = lua_gettop(L)
        var parts: [String] = []
        if n > 0 { for i in 1...n { parts.append(Lua.describe(L, i)) } }
        LuaRuntime.from(L).emit(parts.joined(separator: "\t") + "\n")
        return 0
    }

    /// entity(name): the entity with that name or alias (the most mentioned), or nil and a message.
    static let entity: LuaCallback = { L in
        let L = L!
        guard let name = Lua.string(L, 1) else {
            return Lua.argError(L, 1, "entity", "name expected, got \(Lua.typeName(L, 1))")
        }
        let rt = LuaRuntime.from(L)
        do {
            if let id = try rt.store.entityID(named: name) {
                RecordObjects.push(L, rt, .entity, id)
                return 1
            }
            lua_pushnil(L)
            let near = try rt.store.nearestEntityName(to: name)
            Lua.push(L, "no entity named '\(name)'" + (near.map { " (did you mean '\($0)'?)" } ?? ""))
            return 2
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    static let articleByID: LuaCallback = { Globals.byID($0!, .article, "article") }
    static let eventByID: LuaCallback = { Globals.byID($0!, .event, "event") }

    static func byID(_ L: OpaquePointer, _ kind: RecordKind, _ name: String) -> Int32 {
        guard let id = Lua.integer(L, 1) else {
            return Lua.argError(L, 1, name, "id expected, got \(Lua.typeName(L, 1))")
        }
        let rt = LuaRuntime.from(L)
        do {
            let exists: Bool
            switch kind {
            case .article: exists = try rt.cache.article(Int64(id)) != nil
            case .entity: exists = try rt.cache.entity(Int64(id)) != nil
            case .event: exists = try rt.cache.event(Int64(id)) != nil
            case .quote: exists = try rt.cache.quote(Int64(id)) != nil
            }
            if exists { RecordObjects.push(L, rt, kind, Int64(id)) } else { lua_pushnil(L) }
            return 1
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    /// search(text [, limit]): ranked full-text matches with the matched words in [brackets].
    static let search: LuaCallback = { L in
        let L = L!
        guard let text = Lua.string(L, 1) else {
            return Lua.argError(L, 1, "search", "text expected, got \(Lua.typeName(L, 1))")
        }
        let limit = lua_type(L, 2) > LUA_TNIL ? Lua.integer(L, 2) : 20
        guard let limit, limit > 0 else { return Lua.argError(L, 2, "search", "positive integer expected") }
        let rt = LuaRuntime.from(L)
        do {
            let hits = try rt.store.search(text, limit: limit)
            QueryObjects.pushRows(
                L, columns: ["id", "title", "snippet"],
                rows: hits.map {
                    [.int($0.articleID), .str($0.title), .string($0.snippet)]
                })
            for (i, hit) in hits.enumerated() {
                lua_rawgeti(L, -1, lua_Integer(i + 1))
                RecordObjects.push(L, rt, .article, hit.articleID)
                Lua.rawSetField(L, -2, "article")
                lua_pushnumber(L, hit.score)
                Lua.rawSetField(L, -2, "score")
                luashim_pop(L, 1)
            }
            return 1
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    /// show(x [, n]): a query or list as a table (all rows, or the first n), a record as a card.
    static let show: LuaCallback = { L in
        let L = L!
        let rt = LuaRuntime.from(L)
        if QueryObjects.query(L, 1) != nil {
            let limit = lua_type(L, 2) > LUA_TNIL ? Lua.integer(L, 2) : nil
            switch ValuePrinter.renderQuery(rt, at: 1, limit: limit) {
            case .success(let text): rt.emit(text)
            case .failure(let e): return e.code
            }
            return 0
        }
        rt.emit(ValuePrinter.render(rt, at: 1))
        return 0
    }

    /// dossier.format([name]): the table format of show and the REPL; sets it when given.
    static let format: LuaCallback = { L in
        let L = L!
        let rt = LuaRuntime.from(L)
        if lua_type(L, 1) > LUA_TNIL {
            let names = TableFormat.allCases.map(\.rawValue)
            guard let s = Lua.string(L, 1), let f = TableFormat(rawValue: s) else {
                let given = Lua.describe(L, 1)
                return Lua.argError(
                    L, 1, "format",
                    "unknown format '\(given)'\(Suggestion.hint(given, in: names)) (one of: \(names.joined(separator: ", ")))"
                )
            }
            rt.format = f
        }
        Lua.push(L, rt.format.rawValue)
        return 1
    }

    /// dossier.render(x [, format]): what show would print, as a string.
    static let render: LuaCallback = { L in
        let L = L!
        let rt = LuaRuntime.from(L)
        let saved = rt.format
        defer { rt.format = saved }
        if lua_type(L, 2) > LUA_TNIL {
            guard let s = Lua.string(L, 2), let f = TableFormat(rawValue: s) else {
                return Lua.argError(L, 2, "render", "format expected (table, csv, json or markdown)")
            }
            rt.format = f
        }
        if QueryObjects.query(L, 1) != nil {
            switch ValuePrinter.renderQuery(rt, at: 1, limit: nil) {
            case .success(let text):
                Lua.push(L, text)
                return 1
            case .failure(let e): return e.code
            }
        }
        Lua.push(L, ValuePrinter.render(rt, at: 1))
        return 1
    }

    /// dossier.stats(): how many articles, entities, events and quotes the corpus holds.
    static let stats: LuaCallback = { L in
        let L = L!
        do {
            let c = try LuaRuntime.from(L).store.counts()
            lua_createtable(L, 0, 4)
            for (k, v) in [
                ("articles", c.articles), ("entities", c.entities), ("events", c.events), ("quotes", c.quotes),
            ] {
                lua_pushinteger(L, lua_Integer(v))
                Lua.rawSetField(L, -2, k)
            }
            return 1
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    static let help: LuaCallback = { L in
        let L = L!
        let rt = LuaRuntime.from(L)
        rt.emit(Help.text(for: L, at: 1))
        return 0
    }
}
