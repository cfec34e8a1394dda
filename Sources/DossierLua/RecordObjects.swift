import CLua
import DossierCore
import LuaShim

/// What a record userdata holds: its kind and id, and, when a query's iteration made it, the row
/// block it came from (kept alive by the cursor in the userdata's user value) and its index there.
/// Fields come from the block when it has them, else from the runtime's cache by id.
struct RowRef {
    var kind: Int32
    var index: Int32
    var id: Int64
    var block: UnsafeMutableRawPointer?
}

/// Lua objects for articles, entities, events and quotes: userdata of a kind and an id, one
/// metatable per kind with `__index` (fields, then methods), `__tostring`, `__eq`, `__name`,
/// `__pairs`, and `__fields`/`__methods` for completion and help.
enum RecordObjects {
    static let names = ["Article", "Entity", "Event", "Quote"]

    static let fields: [RecordKind: [String]] = [
        .article: ["id", "title", "source", "date", "file", "url", "authors", "language", "text", "duplicate_of"],
        .entity: ["id", "name", "kind", "aliases", "country", "title", "role", "media", "mentions"],
        .event: [
            "id", "type", "code", "participants", "place", "date", "precision", "statuses", "mentions", "sources",
        ],
        .quote: ["id", "speaker", "text", "sentence", "article", "entity", "date", "source"],
    ]

    static let methods: [RecordKind: [(String, LuaCallback)]] = [
        .article: [("events", articleEvents), ("entities", articleEntities), ("quotes", articleQuotes)],
        .entity: [
            ("events", entityEvents), ("quotes", entityQuotes), ("articles", entityArticles),
            ("related", entityRelated),
        ],
        .event: [("articles", eventArticles), ("entities", eventEntities)],
        .quote: [],
    ]

    // Switches, not allCases: these run for every row, and allCases builds an array each time.
    static func kind(_ i: Int32) -> RecordKind {
        switch i {
        case 0: return .article
        case 1: return .entity
        case 2: return .event
        default: return .quote
        }
    }

    static func index(_ k: RecordKind) -> Int32 {
        switch k {
        case .article: return 0
        case .entity: return 1
        case .event: return 2
        case .quote: return 3
        }
    }

    static func install(_ rt: LuaRuntime) {
        let L = rt.L
        for kind in RecordKind.allCases {
            let name = names[Int(index(kind))]
            luaL_newmetatable(L, "dossier.\(name)")
            Lua.push(L, name)
            Lua.rawSetField(L, -2, "__name")
            Lua.push(L, name)
            Lua.rawSetField(L, -2, "__metatable")
            Lua.push(L, fields[kind]!)
            Lua.rawSetField(L, -2, "__fields")
            lua_createtable(L, 0, 4)
            for (m, fn) in methods[kind]! { Lua.setFunction(L, m, fn) }
            lua_pushvalue(L, -1)
            Lua.rawSetField(L, -3, "__methods")
            Lua.pushFunction(L, recordIndex, upvalues: 1)
            Lua.rawSetField(L, -2, "__index")
            Lua.setFunction(L, "__newindex", recordNewIndex)
            Lua.setFunction(L, "__tostring", recordToString)
            Lua.setFunction(L, "__eq", recordEquals)
            Lua.setFunction(L, "__pairs", recordPairs)
            rt.metatables.append(luaL_ref(L, Lua.registryIndex))
        }
        // Field names as interned Lua strings, anchored in the registry: __index then knows a key
        // by its address, without making a Swift String.
        lua_createtable(L, 0, 0)
        for kind in RecordKind.allCases {
            var keys: [(UnsafeRawPointer, Int)] = []
            for (c, column) in RowBlock.columns(kind).enumerated() {
                Lua.push(L, column.field)
                keys.append((UnsafeRawPointer(lua_tolstring(L, -1, nil)!), c))
                lua_rawseti(L, -2, lua_Integer(lua_rawlen(L, -2)) + 1)
            }
            rt.blockKeys.append(keys)
        }
        Lua.push(L, "id")
        rt.idKey = UnsafeRawPointer(lua_tolstring(L, -1, nil)!)
        lua_rawseti(L, -2, lua_Integer(lua_rawlen(L, -2)) + 1)
        Lua.setRegistry(L, "dossier.fieldkeys")
    }

    /// Pushes the object for a record; `cursor`, when given (an absolute stack index), is kept with it so a
    /// generic `for` can continue from it.
    static func push(
        _ L: OpaquePointer, _ rt: LuaRuntime, _ kind: RecordKind, _ id: Int64, cursor: Int32 = 0,
        block: UnsafeMutableRawPointer? = nil, row: Int = 0
    ) {
        let p = lua_newuserdatauv(L, MemoryLayout<RowRef>.size, 1)!
        p.storeBytes(of: RowRef(kind: index(kind), index: Int32(row), id: id, block: block), as: RowRef.self)
        lua_rawgeti(L, Lua.registryIndex, lua_Integer(rt.metatables[Int(index(kind))]))
        lua_setmetatable(L, -2)
        if cursor != 0 {
            lua_pushvalue(L, cursor)
            lua_setiuservalue(L, -2, 1)
        }
    }

    /// The record at `idx` when it is one of ours (of `kind`, if given).
    static func ref(_ L: OpaquePointer, _ idx: Int32, _ kind: RecordKind? = nil) -> RowRef? {
        let idx = lua_absindex(L, idx)
        guard lua_type(L, idx) == LUA_TUSERDATA, lua_getmetatable(L, idx) != 0 else { return nil }
        let rt = LuaRuntime.from(L)
        var found: RowRef?
        for (i, mt) in rt.metatables.prefix(4).enumerated() where kind == nil || Int32(i) == index(kind!) {
            lua_rawgeti(L, Lua.registryIndex, lua_Integer(mt))
            let same = lua_rawequal(L, -1, -2) != 0
            luashim_pop(L, 1)
            if same {
                found = lua_touserdata(L, idx)!.load(as: RowRef.self)
                break
            }
        }
        luashim_pop(L, 1)
        return found
    }

    // MARK: metamethods

    /// __index(obj, key): the id, a field kept in the row's block, a method from the methods
    /// table (upvalue 1), else a field read by id.
    static let recordIndex: LuaCallback = { L in
        let L = L!
        let r = lua_touserdata(L, 1)!.load(as: RowRef.self)
        if lua_type(L, 2) == LUA_TSTRING, let key = lua_tolstring(L, 2, nil) {
            let k = UnsafeRawPointer(key)
            // The hot path of every loop: no reference counting on the runtime or its key lists.
            let column: Int? = LuaRuntime.withRuntime(L) { rt in
                if k == rt.idKey { return -1 }
                guard r.block != nil else { return nil }
                return rt.blockKeys[Int(r.kind)].withUnsafeBufferPointer { keys in
                    keys.first { $0.0 == k }?.1
                }
            }
            if column == -1 {
                lua_pushinteger(L, r.id)
                return 1
            }
            if let c = column, let blockPointer = r.block {
                Unmanaged<RowBlock>.fromOpaque(blockPointer)._withUnsafeGuaranteedRef {
                    if $0.types[c] == .text {
                        pushCachedText(L, $0, c, Int(r.index))
                    } else {
                        pushBlockValue(L, $0, c, Int(r.index))
                    }
                }
                return 1
            }
        }
        return methodOrField(L, r)
    }

    private static func methodOrField(_ L: OpaquePointer, _ r: RowRef) -> Int32 {
        lua_pushvalue(L, 2)
        if lua_rawget(L, luashim_upvalueindex(1)) != LUA_TNIL { return 1 }
        luashim_pop(L, 1)
        guard let key = Lua.string(L, 2) else {
            lua_pushnil(L)
            return 1
        }
        return pushField(L, kind(r.kind), r.id, key)
    }

    /// Pushes text column `c` of row `row` for the object at index 1, making the Lua string once:
    /// the strings are kept, a list per column, by the cursor that owns the block (user value 6),
    /// so reading a field again, or in a later run of the query, finds the same string.
    private static func pushCachedText(_ L: OpaquePointer, _ block: RowBlock, _ c: Int, _ row: Int) {
        let top = lua_gettop(L)
        guard lua_getiuservalue(L, 1, 1) == LUA_TUSERDATA else {
            lua_settop(L, top)
            pushBlockValue(L, block, c, row)
            return
        }
        let cursor = lua_gettop(L)
        if lua_getiuservalue(L, cursor, 6) != LUA_TTABLE {
            luashim_pop(L, 1)
            lua_createtable(L, Int32(block.types.count), 0)
            lua_pushvalue(L, -1)
            lua_setiuservalue(L, cursor, 6)
        }
        if lua_rawgeti(L, -1, lua_Integer(c + 1)) != LUA_TTABLE {
            luashim_pop(L, 1)
            lua_createtable(L, Int32(block.count), 0)
            lua_pushvalue(L, -1)
            lua_rawseti(L, -3, lua_Integer(c + 1))
        }
        let column = lua_gettop(L)
        if lua_rawgeti(L, column, lua_Integer(row + 1)) == LUA_TNIL {
            luashim_pop(L, 1)
            pushBlockValue(L, block, c, row)
            lua_pushvalue(L, -1)
            lua_rawseti(L, column, lua_Integer(row + 1))
        }
        // Leave only the value, in the place of what this function found on the stack.
        lua_rotate(L, top + 1, 1)
        lua_settop(L, top + 1)
    }

    @inline(__always)
    static func pushBlockValue(_ L: OpaquePointer, _ block: RowBlock, _ c: Int, _ row: Int) {
        switch block.types[c] {
        case .text:
            block.withText(c, row) { bytes in
                if let bytes {
                    bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
                } else {
                    lua_pushnil(L)
                }
            }
        case .integer:
            if let v = block.integer(c, row) { lua_pushinteger(L, v) } else { lua_pushnil(L) }
        case .flag:
            lua_pushboolean(L, (block.integer(c, row) ?? 0) != 0 ? 1 : 0)
        }
    }

    static let recordNewIndex: LuaCallback = { L in
        let L = L!
        let name = Lua.typeName(L, 1)
        return Lua.error(L, "\(name) objects are read-only (cannot set '\(Lua.describe(L, 2))')")
    }

    static let recordEquals: LuaCallback = { L in
        let L = L!
        guard let a = ref(L, 1), let b = ref(L, 2) else {
            lua_pushboolean(L, 0)
            return 1
        }
        lua_pushboolean(L, a.kind == b.kind && a.id == b.id ? 1 : 0)
        return 1
    }

    static let recordToString: LuaCallback = { L in
        let L = L!
        let r = lua_touserdata(L, 1)!.load(as: RowRef.self)
        do {
            Lua.push(L, try Summaries.line(LuaRuntime.from(L), kind(r.kind), r.id))
            return 1
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    /// __pairs(obj): iterates (field, value) over the kind's fields.
    static let recordPairs: LuaCallback = { L in
        let L = L!
        Lua.pushFunction(L, recordNext)
        lua_pushvalue(L, 1)
        lua_pushnil(L)
        return 3
    }

    static let recordNext: LuaCallback = { L in
        let L = L!
        let r = lua_touserdata(L, 1)!.load(as: RowRef.self)
        let names = fields[kind(r.kind)]!
        var i = 0
        if let key = Lua.string(L, 2), let k = names.firstIndex(of: key) { i = k + 1 }
        while i < names.count {
            Lua.push(L, names[i])
            let n = pushField(L, kind(r.kind), r.id, names[i])
            if n < 0 { return n }
            return 2
        }
        return 0
    }

    // MARK: fields

    /// Pushes field `key` of a record; returns 1, or an error code.
    static func pushField(_ L: OpaquePointer, _ kind: RecordKind, _ id: Int64, _ key: String) -> Int32 {
        let rt = LuaRuntime.from(L)
        do {
            switch kind {
            case .article:
                guard let a = try rt.cache.article(id) else { return gone(L, kind, id) }
                switch key {
                case "id": lua_pushinteger(L, a.id)
                case "title": Lua.push(L, a.title)
                case "source": Lua.push(L, a.source)
                case "date": Lua.push(L, a.date?.iso)
                case "file": Lua.push(L, a.file)
                case "url": Lua.push(L, a.url)
                case "authors": Lua.push(L, a.authors)
                case "language": Lua.push(L, a.language)
                case "text": Lua.push(L, try rt.store.articleText(id: id))
                case "duplicate_of":
                    if let d = a.duplicateOf { push(L, rt, .article, d) } else { lua_pushnil(L) }
                default: return unknownField(L, kind, key)
                }
            case .entity:
                guard let e = try rt.cache.entity(id) else { return gone(L, kind, id) }
                switch key {
                case "id": lua_pushinteger(L, e.id)
                case "name": Lua.push(L, e.name)
                case "kind": Lua.push(L, e.kind.rawValue)
                case "aliases": Lua.push(L, e.aliases)
                case "country": Lua.push(L, e.country)
                case "title": Lua.push(L, e.title)
                case "role": Lua.push(L, e.role)
                case "media": lua_pushboolean(L, e.isMedia ? 1 : 0)
                case "mentions": lua_pushinteger(L, lua_Integer(e.mentionCount))
                default: return unknownField(L, kind, key)
                }
            case .event:
                guard let e = try rt.cache.event(id) else { return gone(L, kind, id) }
                switch key {
                case "id": lua_pushinteger(L, e.id)
                case "type": Lua.push(L, e.type.rawValue)
                case "code": Lua.push(L, e.code)
                case "place": Lua.push(L, e.place)
                case "date": Lua.push(L, e.date?.iso)
                case "precision": Lua.push(L, e.date?.precision.rawValue)
                case "statuses": Lua.push(L, e.statuses.map(\.rawValue))
                case "sources": Lua.push(L, orderedUnique(e.mentions.compactMap(\.source)))
                case "participants":
                    lua_createtable(L, Int32(e.participants.count), 0)
                    for (i, p) in e.participants.enumerated() {
                        lua_createtable(L, 0, 3)
                        Lua.push(L, p.name)
                        Lua.rawSetField(L, -2, "name")
                        Lua.push(L, p.role)
                        Lua.rawSetField(L, -2, "role")
                        push(L, rt, .entity, p.entityID)
                        Lua.rawSetField(L, -2, "entity")
                        lua_rawseti(L, -2, lua_Integer(i + 1))
                    }
                case "mentions":
                    lua_createtable(L, Int32(e.mentions.count), 0)
                    for (i, m) in e.mentions.enumerated() {
                        lua_createtable(L, 0, 7)
                        Lua.push(L, m.status.rawValue)
                        Lua.rawSetField(L, -2, "status")
                        Lua.push(L, m.sentence)
                        Lua.rawSetField(L, -2, "sentence")
                        Lua.push(L, m.source)
                        Lua.rawSetField(L, -2, "source")
                        Lua.push(L, m.claimedBy)
                        Lua.rawSetField(L, -2, "claimed_by")
                        Lua.push(L, m.outlet)
                        Lua.rawSetField(L, -2, "outlet")
                        Lua.push(L, m.date?.iso)
                        Lua.rawSetField(L, -2, "date")
                        push(L, rt, .article, m.articleID)
                        Lua.rawSetField(L, -2, "article")
                        lua_rawseti(L, -2, lua_Integer(i + 1))
                    }
                default: return unknownField(L, kind, key)
                }
            case .quote:
                guard let q = try rt.cache.quote(id) else { return gone(L, kind, id) }
                switch key {
                case "id": lua_pushinteger(L, q.id)
                case "speaker": Lua.push(L, q.speaker)
                case "text": Lua.push(L, q.text)
                case "sentence": Lua.push(L, q.sentence)
                case "article": push(L, rt, .article, q.articleID)
                case "entity":
                    if let s = q.speakerID { push(L, rt, .entity, s) } else { lua_pushnil(L) }
                case "date": Lua.push(L, try rt.cache.article(q.articleID)?.date?.iso)
                case "source": Lua.push(L, try rt.cache.article(q.articleID)?.source)
                default: return unknownField(L, kind, key)
                }
            }
            return 1
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    /// An unknown field reads as nil, as in a Lua table; `help(obj)` lists the fields.
    private static func unknownField(_ L: OpaquePointer, _ kind: RecordKind, _ key: String) -> Int32 {
        lua_pushnil(L)
        return 1
    }

    private static func gone(_ L: OpaquePointer, _ kind: RecordKind, _ id: Int64) -> Int32 {
        Lua.error(L, "\(names[Int(index(kind))]) #\(id) is no longer in the corpus")
    }

    private static func orderedUnique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    // MARK: navigation methods

    /// Checks `self` (argument 1) and pushes a query of `relation`, with optional filters (arg 2).
    private static func navigate(
        _ L: OpaquePointer, _ kind: RecordKind, _ method: String, _ relation: (Int64) -> Relation
    ) -> Int32 {
        guard let r = ref(L, 1, kind) else {
            return Lua.argError(
                L, 1, method,
                "\(names[Int(index(kind))]) expected, got \(Lua.typeName(L, 1)); call it as obj:\(method)()")
        }
        let rel = relation(r.id)
        return QueryObjects.pushNew(
            L, rel.kind, filtersAt: 2, name: "\(names[Int(index(kind))].lowercased()):\(method)", relation: rel)
    }

    static let articleEvents: LuaCallback = { navigate($0!, .article, "events") { .eventsIn(article: $0) } }
    static let articleEntities: LuaCallback = { navigate($0!, .article, "entities") { .entitiesIn(article: $0) } }
    static let articleQuotes: LuaCallback = { navigate($0!, .article, "quotes") { .quotesIn(article: $0) } }
    static let entityEvents: LuaCallback = { navigate($0!, .entity, "events") { .eventsWith(entity: $0) } }
    static let entityQuotes: LuaCallback = { navigate($0!, .entity, "quotes") { .quotesBy(entity: $0) } }
    static let entityArticles: LuaCallback = { navigate($0!, .entity, "articles") { .articlesMentioning(entity: $0) } }
    static let entityRelated: LuaCallback = { navigate($0!, .entity, "related") { .entitiesNamedWith(entity: $0) } }
    static let eventArticles: LuaCallback = { navigate($0!, .event, "articles") { .articlesReporting(event: $0) } }
    static let eventEntities: LuaCallback = { navigate($0!, .event, "entities") { .participantsOf(event: $0) } }
}
