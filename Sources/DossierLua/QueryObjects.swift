import CLua
import DossierCore
import LuaShim
import Synchronization

/// A query as Lua sees it: the SQL part (filters, and sort/limit/skip while nothing runs in Lua)
/// and the Lua stages after it. Queries are immutable: every method returns a new one.
final class LuaQuery {
    enum Stage {
        case filter(Int32)
        case map(Int32)
        case sort(key: String?, function: Int32?, descending: Bool)
        case limit(Int)
        case skip(Int)

        var isSort: Bool { if case .sort = self { return true } else { return false } }
    }

    var base: Query
    var stages: [Stage] = []
    /// How the query was written, for display: "events{type='meet'}:limit(5)".
    var label: String
    /// Functions used by the stages live in the userdata's first user value, by index.
    var functionCount: Int32 = 0

    /// Queries alive now: tests check that Lua's collector releases them.
    static let live = Atomic<Int>(0)

    init(base: Query, label: String) {
        self.base = base
        self.label = label
        LuaQuery.live.add(1, ordering: .relaxed)
    }

    deinit {
        LuaQuery.live.subtract(1, ordering: .relaxed)
    }

    func copy() -> LuaQuery {
        let q = LuaQuery(base: base, label: label)
        q.stages = stages
        q.functionCount = functionCount
        return q
    }

    /// The rows of the last run and the store generation they were read at: a query run again
    /// on an unchanged corpus reuses them (as Django's QuerySet caches its results).
    var cachedRows: (generation: Int, rows: RowBlock)?
    /// The generation at which the query's user value 3 holds the row objects of a full run.
    var cachedObjectsGeneration: Int?

    var kind: RecordKind { base.kind }
    /// True while every row comes straight from SQL: no Lua function has run on them.
    var isPureSQL: Bool { stages.isEmpty }
}

enum QueryObjects {
    static let typeName = "dossier.Query"
    static let cursorTypeName = "dossier.Cursor"
    static let rowsTypeName = "dossier.Rows"

    static func install(_ rt: LuaRuntime) {
        let L = rt.L
        luaL_newmetatable(L, typeName)
        Lua.push(L, "Query")
        Lua.rawSetField(L, -2, "__name")
        Lua.push(L, "Query")
        Lua.rawSetField(L, -2, "__metatable")
        lua_createtable(L, 0, 16)
        for (name, fn) in methods { Lua.setFunction(L, name, fn) }
        lua_pushvalue(L, -1)
        Lua.rawSetField(L, -3, "__methods")
        Lua.rawSetField(L, -2, "__index")
        Lua.setFunction(L, "__gc", queryGC)
        Lua.setFunction(L, "__len", count)
        Lua.setFunction(L, "__call", call)
        Lua.setFunction(L, "__tostring", toString)
        Lua.setFunction(L, "__pairs", pairs)
        rt.metatables.append(luaL_ref(L, Lua.registryIndex))

        luaL_newmetatable(L, cursorTypeName)
        Lua.push(L, "Cursor")
        Lua.rawSetField(L, -2, "__name")
        Lua.setFunction(L, "__gc", cursorGC)
        rt.metatables.append(luaL_ref(L, Lua.registryIndex))

        luaL_newmetatable(L, rowsTypeName)
        Lua.push(L, "Rows")
        Lua.rawSetField(L, -2, "__name")
        Lua.setFunction(L, "__tostring", rowsToString)
        _ = Lua.getRegistry(L, Prelude.rowsCallKey)
        Lua.rawSetField(L, -2, "__call")
        rt.metatables.append(luaL_ref(L, Lua.registryIndex))
    }

    static let methods: [(String, LuaCallback)] = [
        ("count", count), ("list", list), ("first", first), ("where", whereMethod), ("map", map),
        ("sort", sort), ("limit", limit), ("skip", skip), ("group", group), ("each", each), ("show", show),
        ("sql", sql),
    ]

    static var methodNames: [String] { methods.map(\.0) }

    // MARK: making queries

    /// Pushes a new query of `kind` with the filter table at `filtersAt` (0 or a nil/none value:
    /// no filters), restricted by `relation` if given. Returns 1 or an error code.
    static func pushNew(
        _ L: OpaquePointer, _ kind: RecordKind, filtersAt idx: Int32, name: String, relation: Relation? = nil
    ) -> Int32 {
        let rt = LuaRuntime.from(L)
        var filters: [(key: String, value: FilterValue)] = []
        if idx != 0 && lua_type(L, idx) > LUA_TNIL {
            switch readFilters(L, idx, name) {
            case .success(let f): filters = f
            case .failure(let message): return Lua.error(L, message.message)
            }
        }
        do {
            var query = try rt.store.query(kind, filters: filters)
            if let relation { query.restrict(relation) }
            let shown = filters.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            let label = relation != nil && filters.isEmpty ? "\(name)()" : "\(name){\(shown)}"
            push(L, LuaQuery(base: query, label: label), functionsFrom: 0)
            return 1
        } catch {
            return Lua.error(L, userMessage(error))
        }
    }

    /// Reads a filter table: string keys, values that are strings, numbers, booleans, entities or
    /// lists of them. Keys come back sorted so descriptions are stable.
    static func readFilters(_ L: OpaquePointer, _ idx: Int32, _ name: String) -> Result<
        [(key: String, value: FilterValue)], DossierError
    > {
        let t = lua_absindex(L, idx)
        guard lua_type(L, t) == LUA_TTABLE else {
            return .failure(
                DossierError("\(name): expected a table of filters such as {type=\"meet\"}, got \(Lua.typeName(L, t))"))
        }
        var out: [(key: String, value: FilterValue)] = []
        lua_pushnil(L)
        while lua_next(L, t) != 0 {
            guard let key = Lua.string(L, -2) else {
                let k = Lua.describe(L, -2)
                luashim_pop(L, 2)
                return .failure(DossierError("\(name){…}: filter keys are names such as type=…, got [\(k)]"))
            }
            guard let value = filterValue(L, -1) else {
                let tn = Lua.typeName(L, -1)
                luashim_pop(L, 2)
                return .failure(
                    DossierError("\(name){\(key)=…}: expected a string, number, boolean or list, got \(tn)"))
            }
            out.append((key, value))
            luashim_pop(L, 1)
        }
        return .success(out.sorted { $0.key < $1.key })
    }

    private static func filterValue(_ L: OpaquePointer, _ idx: Int32) -> FilterValue? {
        switch lua_type(L, idx) {
        case LUA_TSTRING: return Lua.string(L, idx).map(FilterValue.string)
        case LUA_TNUMBER: return Lua.number(L, idx).map(FilterValue.number)
        case LUA_TBOOLEAN: return .bool(lua_toboolean(L, idx) != 0)
        case LUA_TUSERDATA:
            // An entity stands for its name.
            guard let r = RecordObjects.ref(L, idx, .entity),
                let e = try? LuaRuntime.from(L).cache.entity(r.id)
            else { return nil }
            return .string(e.name)
        case LUA_TTABLE:
            let t = lua_absindex(L, idx)
            var items: [FilterValue] = []
            let n = lua_rawlen(L, t)
            guard n > 0 else { return nil }
            for i in 1...n {
                lua_rawgeti(L, t, lua_Integer(i))
                let v = filterValue(L, -1)
                luashim_pop(L, 1)
                // Lists hold plain values only.
                guard let v else { return nil }
                if case .list = v { return nil }
                items.append(v)
            }
            return .list(items)
        default: return nil
        }
    }

    /// Pushes a query userdata; its function table is a copy of the one at `functionsFrom` (a
    /// query userdata's index), or a new one.
    static func push(_ L: OpaquePointer, _ q: LuaQuery, functionsFrom source: Int32) {
        let rt = LuaRuntime.from(L)
        let src = source == 0 ? 0 : lua_absindex(L, source)
        // User values: 1 the stage functions, 2 the cursors of running for loops, 3 the row
        // objects of the last complete run.
        let p = lua_newuserdatauv(L, MemoryLayout<UnsafeMutableRawPointer>.size, 3)!
        p.storeBytes(of: Unmanaged.passRetained(q).toOpaque(), as: UnsafeMutableRawPointer.self)
        lua_rawgeti(L, Lua.registryIndex, lua_Integer(rt.metatables[4]))
        lua_setmetatable(L, -2)
        lua_createtable(L, q.functionCount, 0)
        if src != 0 {
            lua_getiuservalue(L, src, 1)
            for i in 0..<q.functionCount {
                lua_rawgeti(L, -1, lua_Integer(i + 1))
                lua_rawseti(L, -3, lua_Integer(i + 1))
            }
            luashim_pop(L, 1)
        }
        lua_setiuservalue(L, -2, 1)
    }

    /// The query at `idx`, or nil when it is not one.
    static func query(_ L: OpaquePointer, _ idx: Int32) -> LuaQuery? {
        boxed(L, idx, metatable: 4)
    }

    /// The Swift object boxed in the userdata at `idx` when its metatable is the one in slot
    /// `metatable` of the runtime's list. Compared by the registry slot, not by name as
    /// luaL_testudata does: no C string is made, and this runs for every row of a for loop.
    private static func boxed<T: AnyObject>(_ L: OpaquePointer, _ idx: Int32, metatable: Int) -> T? {
        let i = lua_absindex(L, idx)
        guard lua_type(L, i) == LUA_TUSERDATA, lua_getmetatable(L, i) != 0 else { return nil }
        lua_rawgeti(L, Lua.registryIndex, lua_Integer(LuaRuntime.from(L).metatables[metatable]))
        let same = lua_rawequal(L, -1, -2) != 0
        luashim_pop(L, 2)
        guard same, let raw = lua_touserdata(L, i)!.load(as: UnsafeMutableRawPointer?.self) else { return nil }
        return Unmanaged<T>.fromOpaque(raw).takeUnretainedValue()
    }

    private static func selfQuery(_ L: OpaquePointer, _ method: String) -> LuaQuery? {
        query(L, 1)
    }

    private static func notAQuery(_ L: OpaquePointer, _ method: String) -> Int32 {
        Lua.argError(L, 1, method, "query expected, got \(Lua.typeName(L, 1)); call it as q:\(method)(…)")
    }

    static let queryGC: LuaCallback = { L in
        let L = L!
        if let p = luaL_testudata(L, 1, typeName), let raw = p.load(as: UnsafeMutableRawPointer?.self) {
            Unmanaged<LuaQuery>.fromOpaque(raw).release()
            p.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
        }
        return 0
    }

    // MARK: chaining

    /// A new query with `stage` added; `functionAt` is the index of the stage's function, if any.
    private static func chain(
        _ L: OpaquePointer, _ q: LuaQuery, _ suffix: String, functionAt: Int32 = 0,
        _ make: (Int32) -> LuaQuery.Stage
    ) -> Int32 {
        let n = q.copy()
        var index: Int32 = 0
        if functionAt != 0 {
            n.functionCount += 1
            index = n.functionCount
        }
        n.stages.append(make(index))
        n.label += suffix
        push(L, n, functionsFrom: 1)
        if functionAt != 0 {
            lua_getiuservalue(L, -1, 1)
            lua_pushvalue(L, functionAt)
            lua_rawseti(L, -2, lua_Integer(index))
            luashim_pop(L, 1)
        }
        return 1
    }

    static let whereMethod: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "where") else { return notAQuery(L, "where") }
        switch lua_type(L, 2) {
        case LUA_TFUNCTION:
            return chain(L, q, ":where(fn)", functionAt: 2) { .filter($0) }
        case LUA_TTABLE:
            // Filters run in SQL, so they must come before any Lua stage.
            guard q.isPureSQL else {
                return Lua.error(
                    L, "where{…}: filters must come before where(fn), map, sort, limit and skip; use where(fn) here")
            }
            let rt = LuaRuntime.from(L)
            switch readFilters(L, 2, q.kind.plural) {
            case .failure(let e): return Lua.error(L, e.message)
            case .success(let filters):
                do {
                    let extra = try rt.store.query(q.kind, filters: filters)
                    let n = q.copy()
                    n.base = try n.base.merging(extra)
                    n.label += ":where{" + filters.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}"
                    push(L, n, functionsFrom: 1)
                    return 1
                } catch {
                    return Lua.error(L, userMessage(error))
                }
            }
        default:
            return Lua.argError(L, 2, "where", "function or table of filters expected, got \(Lua.typeName(L, 2))")
        }
    }

    static let map: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "map") else { return notAQuery(L, "map") }
        guard lua_type(L, 2) == LUA_TFUNCTION else {
            return Lua.argError(L, 2, "map", "function expected, got \(Lua.typeName(L, 2))")
        }
        return chain(L, q, ":map(fn)", functionAt: 2) { .map($0) }
    }

    static let sort: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "sort") else { return notAQuery(L, "sort") }
        var descending = false
        if lua_type(L, 3) > LUA_TNIL {
            switch Lua.string(L, 3)?.lowercased() {
            case "desc": descending = true
            case "asc": descending = false
            default: return Lua.argError(L, 3, "sort", "\"asc\" or \"desc\" expected, got \(Lua.describe(L, 3))")
            }
        }
        let order = descending ? ", \"desc\"" : ""
        switch lua_type(L, 2) {
        case LUA_TSTRING:
            let key = Lua.string(L, 2)!
            if q.isPureSQL && q.base.limit == nil && q.base.offset == 0 && Query.sortFields(q.kind).contains(key) {
                let n = q.copy()
                do { try n.base.sort(by: key, descending: descending) } catch {
                    return Lua.error(L, userMessage(error))
                }
                n.label += ":sort(\"\(key)\"\(order))"
                push(L, n, functionsFrom: 1)
                return 1
            }
            if q.isPureSQL, !(RecordObjects.fields[q.kind] ?? []).contains(key) {
                let valid = RecordObjects.fields[q.kind] ?? []
                return Lua.error(L, "sort: \(q.kind.plural) have no field '\(key)'\(Suggestion.hint(key, in: valid))")
            }
            return chain(L, q, ":sort(\"\(key)\"\(order))") { _ in
                .sort(key: key, function: nil, descending: descending)
            }
        case LUA_TFUNCTION:
            return chain(L, q, ":sort(fn\(order))", functionAt: 2) {
                .sort(key: nil, function: $0, descending: descending)
            }
        default:
            return Lua.argError(L, 2, "sort", "field name or function expected, got \(Lua.typeName(L, 2))")
        }
    }

    private static func countArgument(_ L: OpaquePointer, _ method: String) -> Int? {
        guard let n = Lua.integer(L, 2), n >= 0 else { return nil }
        return n
    }

    static let limit: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "limit") else { return notAQuery(L, "limit") }
        guard let n = countArgument(L, "limit") else {
            return Lua.argError(L, 2, "limit", "non-negative integer expected, got \(Lua.describe(L, 2))")
        }
        if q.isPureSQL {
            let c = q.copy()
            c.base.limit = min(c.base.limit ?? n, n)
            c.label += ":limit(\(n))"
            push(L, c, functionsFrom: 1)
            return 1
        }
        return chain(L, q, ":limit(\(n))") { _ in .limit(n) }
    }

    static let skip: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "skip") else { return notAQuery(L, "skip") }
        guard let n = countArgument(L, "skip") else {
            return Lua.argError(L, 2, "skip", "non-negative integer expected, got \(Lua.describe(L, 2))")
        }
        if q.isPureSQL {
            let c = q.copy()
            c.base.offset += n
            if let l = c.base.limit { c.base.limit = max(0, l - n) }
            c.label += ":skip(\(n))"
            push(L, c, functionsFrom: 1)
            return 1
        }
        return chain(L, q, ":skip(\(n))") { _ in .skip(n) }
    }

    // MARK: running

    /// Pushes a new cursor over the query at `idx`; returns its absolute index.
    static func pushCursor(_ L: OpaquePointer, _ q: LuaQuery, queryAt idx: Int32) -> Int32 {
        let rt = LuaRuntime.from(L)
        let qi = lua_absindex(L, idx)
        // User values: 1 the stage functions, 2 the sorted buffer, 3 the last value yielded,
        // 4 the query, 5 the row objects (read from, or collected for the query), 6 the text
        // fields of its rows made into Lua strings so far, a list per column.
        let p = lua_newuserdatauv(L, MemoryLayout<UnsafeMutableRawPointer>.size, 6)!
        p.storeBytes(
            of: Unmanaged.passRetained(Cursor(query: q, runtime: rt)).toOpaque(), as: UnsafeMutableRawPointer.self)
        lua_rawgeti(L, Lua.registryIndex, lua_Integer(rt.metatables[5]))
        lua_setmetatable(L, -2)
        lua_getiuservalue(L, qi, 1)
        lua_setiuservalue(L, -2, 1)
        lua_pushvalue(L, qi)
        lua_setiuservalue(L, -2, 4)
        return lua_gettop(L)
    }

    static func cursor(_ L: OpaquePointer, _ idx: Int32) -> Cursor? {
        boxed(L, idx, metatable: 5)
    }

    static let cursorGC: LuaCallback = { L in
        let L = L!
        if let p = luaL_testudata(L, 1, cursorTypeName), let raw = p.load(as: UnsafeMutableRawPointer?.self) {
            Unmanaged<Cursor>.fromOpaque(raw).release()
            p.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
        }
        return 0
    }

    /// Runs `next` on a cursor known to be one (from a query's own list): no metatable check, and
    /// the object is borrowed, not retained.
    private static func nextOfKnownCursor(_ L: OpaquePointer, _ idx: Int32) -> Int32 {
        Unmanaged<Cursor>.fromOpaque(lua_touserdata(L, idx)!.load(as: UnsafeMutableRawPointer.self))
            ._withUnsafeGuaranteedRef { $0.next(L, idx) }
    }

    /// Loops over one query that may run at once (nested loops); older ones are forgotten.
    private static let maximumLoops = 8

    /// __call(q, _, previous): the generic-for protocol. A new loop (previous == nil) starts a
    /// cursor in the query's list; later calls find their cursor by the value it yielded last, so
    /// nested loops over one query each keep their place.
    static let call: LuaCallback = { L in
        let L = L!
        // __call is reached only through the query metatable, which Lua code cannot get at
        // (__metatable hides it): argument 1 is a query.
        lua_settop(L, 3)
        if lua_getiuservalue(L, 1, 2) != LUA_TTABLE {
            luashim_pop(L, 1)
            lua_createtable(L, Int32(maximumLoops), 0)
            lua_pushvalue(L, -1)
            lua_setiuservalue(L, 1, 2)
        }
        let list: Int32 = 4
        let n = Int(lua_rawlen(L, list))
        var slot = 0
        var cur: Int32 = 0
        if lua_type(L, 3) == LUA_TNIL {
            guard let q = query(L, 1) else { return notAQuery(L, "__call") }
            cur = pushCursor(L, q, queryAt: 1)
            if n >= maximumLoops {
                for i in 1..<n {
                    lua_rawgeti(L, list, lua_Integer(i + 1))
                    lua_rawseti(L, list, lua_Integer(i))
                }
                slot = n
            } else {
                slot = n + 1
            }
            lua_pushvalue(L, cur)
            lua_rawseti(L, list, lua_Integer(slot))
        } else {
            var i = n
            while i >= 1 {
                lua_rawgeti(L, list, lua_Integer(i))
                lua_getiuservalue(L, -1, 3)
                let same = lua_rawequal(L, -1, 3) != 0
                luashim_pop(L, 1)
                if same {
                    cur = lua_gettop(L)
                    slot = i
                    break
                }
                luashim_pop(L, 1)
                i -= 1
            }
            guard cur != 0 else {
                return Lua.error(
                    L,
                    "for … in \(query(L, 1)?.label ?? "a query"): this loop lost its place (more than \(maximumLoops) loops over one query at once?); use q:each()"
                )
            }
        }
        let r = nextOfKnownCursor(L, cur)
        if r == 1 {
            lua_pushvalue(L, -1)
            lua_setiuservalue(L, cur, 3)
        } else if r == 0 {
            // The loop is over: take its cursor off the list.
            let count = Int(lua_rawlen(L, list))
            if slot <= count {
                for i in slot..<count {
                    lua_rawgeti(L, list, lua_Integer(i + 1))
                    lua_rawseti(L, list, lua_Integer(i))
                }
                lua_pushnil(L)
                lua_rawseti(L, list, lua_Integer(count))
            }
        }
        return r
    }

    /// q:each(): an iterator function over a fresh cursor.
    static let each: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "each") else { return notAQuery(L, "each") }
        _ = pushCursor(L, q, queryAt: 1)
        Lua.pushFunction(L, eachNext, upvalues: 1)
        return 1
    }

    static let eachNext: LuaCallback = { L in
        let L = L!
        lua_pushvalue(L, luashim_upvalueindex(1))
        let cur = lua_gettop(L)
        return cursor(L, cur)!.next(L, cur)
    }

    /// __pairs(q): (index, value) pairs.
    static let pairs: LuaCallback = { L in
        let L = L!
        guard let q = query(L, 1) else { return notAQuery(L, "pairs") }
        _ = pushCursor(L, q, queryAt: 1)
        Lua.pushFunction(L, pairsNext, upvalues: 1)
        return 1
    }

    static let pairsNext: LuaCallback = { L in
        let L = L!
        lua_pushvalue(L, luashim_upvalueindex(1))
        let cur = lua_gettop(L)
        let c = cursor(L, cur)!
        let r = c.next(L, cur)
        guard r == 1 else { return r }
        lua_pushinteger(L, lua_Integer(c.yielded))
        lua_rotate(L, -2, 1)
        return 2
    }

    static let count: LuaCallback = { L in
        let L = L!
        guard let q = query(L, 1) else { return notAQuery(L, "count") }
        if q.isPureSQL {
            do {
                lua_pushinteger(L, lua_Integer(try LuaRuntime.from(L).store.count(q.base)))
                return 1
            } catch {
                return Lua.error(L, userMessage(error))
            }
        }
        let cur = pushCursor(L, q, queryAt: 1)
        let c = cursor(L, cur)!
        var n = 0
        while true {
            let r = c.next(L, cur)
            if r < 0 { return r }
            if r == 0 { break }
            luashim_pop(L, 1)
            n += 1
        }
        lua_pushinteger(L, lua_Integer(n))
        return 1
    }

    static let list: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "list") else { return notAQuery(L, "list") }
        let cur = pushCursor(L, q, queryAt: 1)
        let c = cursor(L, cur)!
        lua_createtable(L, 0, 0)
        let t = lua_gettop(L)
        var n: lua_Integer = 0
        while true {
            let r = c.next(L, cur)
            if r < 0 { return r }
            if r == 0 { break }
            n += 1
            lua_rawseti(L, t, n)
        }
        lua_pushvalue(L, t)
        return 1
    }

    static let first: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "first") else { return notAQuery(L, "first") }
        let cur = pushCursor(L, q, queryAt: 1)
        let r = cursor(L, cur)!.next(L, cur)
        if r == 0 {
            lua_pushnil(L)
            return 1
        }
        return r
    }

    static let toString: LuaCallback = { L in
        let L = L!
        guard let q = query(L, 1) else { return notAQuery(L, "tostring") }
        Lua.push(L, q.label)
        return 1
    }

    /// q:group(key or fn): counts per value, most frequent first, as rows {key=…, count=…}.
    static let group: LuaCallback = { L in
        let L = L!
        guard let q = selfQuery(L, "group") else { return notAQuery(L, "group") }
        let rt = LuaRuntime.from(L)
        let keyIsFunction = lua_type(L, 2) == LUA_TFUNCTION
        guard keyIsFunction || lua_type(L, 2) == LUA_TSTRING else {
            return Lua.argError(L, 2, "group", "field name or function expected, got \(Lua.typeName(L, 2))")
        }
        let key = Lua.string(L, 2)
        if let key, q.isPureSQL, Query.groupKeys(q.kind).contains(key) {
            do {
                let counts = try rt.store.group(q.base, by: key)
                pushRows(
                    L, columns: ["key", "count"],
                    rows: counts.map { [$0.key.map(JSON.string) ?? .null, .int(Int64($0.count))] })
                return 1
            } catch {
                return Lua.error(L, userMessage(error))
            }
        }
        if let key, q.isPureSQL, !(RecordObjects.fields[q.kind] ?? []).contains(key) {
            let valid = Query.groupKeys(q.kind) + (RecordObjects.fields[q.kind] ?? [])
            return Lua.error(L, "group: \(q.kind.plural) have no field '\(key)'\(Suggestion.hint(key, in: valid))")
        }
        // Group in Lua: keys are field values or function results; a list counts each element.
        let cur = pushCursor(L, q, queryAt: 1)
        let c = cursor(L, cur)!
        lua_createtable(L, 0, 0)
        let firstSeen = lua_gettop(L)
        var counts: [String: Int] = [:]
        var order: [String] = []
        func tally(_ idx: Int32) {
            let k = lua_type(L, idx) == LUA_TNIL ? "\u{0}nil" : Lua.describe(L, idx)
            if counts[k] == nil {
                order.append(k)
                lua_pushvalue(L, idx)
                Lua.rawSetField(L, firstSeen, k)
            }
            counts[k, default: 0] += 1
        }
        while true {
            let r = c.next(L, cur)
            if r < 0 { return r }
            if r == 0 { break }
            if keyIsFunction {
                lua_pushvalue(L, 2)
                lua_rotate(L, -2, 1)
                if luashim_pcall(L, 1, 1) != LUA_OK { return LUASHIM_ERROR }
            } else if luashim_pgetfield(L, -1, key!) < 0 {
                return LUASHIM_ERROR
            } else {
                lua_rotate(L, -2, -1)
                luashim_pop(L, 1)
            }
            if lua_type(L, -1) == LUA_TTABLE {
                let t = lua_absindex(L, -1)
                let n = lua_rawlen(L, t)
                if n > 0 {
                    for i in 1...n {
                        lua_rawgeti(L, t, lua_Integer(i))
                        tally(-1)
                        luashim_pop(L, 1)
                    }
                }
            } else {
                tally(-1)
            }
            luashim_pop(L, 1)
        }
        let sorted = order.enumerated().sorted { a, b in
            let (ca, cb) = (counts[a.element]!, counts[b.element]!)
            return ca != cb ? ca > cb : a.offset < b.offset
        }
        lua_createtable(L, Int32(sorted.count), 0)
        for (i, entry) in sorted.enumerated() {
            lua_createtable(L, 0, 2)
            if entry.element == "\u{0}nil" { lua_pushnil(L) } else { Lua.rawGetField(L, firstSeen, entry.element) }
            Lua.rawSetField(L, -2, "key")
            lua_pushinteger(L, lua_Integer(counts[entry.element]!))
            Lua.rawSetField(L, -2, "count")
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        setRowsMetatable(L, columns: ["key", "count"])
        return 1
    }

    /// q:show([n]): prints the query as a table in the current format.
    /// q:sql(): the SQL that reads the query's rows, its arguments written in, ready for the
    /// sqlite3 shell. When Lua stages follow (where(fn), map, a sort by function), a second value
    /// says so: the SQL then reads the rows they start from.
    static let sql: LuaCallback = { L in
        let L = L!
        guard let q = query(L, 1) else { return notAQuery(L, "sql") }
        Lua.push(L, q.base.withArguments(q.base.rowsSQL))
        if q.isPureSQL { return 1 }
        Lua.push(L, "then \(q.stages.count) step\(q.stages.count == 1 ? "" : "s") in Lua")
        return 2
    }

    static let show: LuaCallback = { L in
        let L = L!
        guard query(L, 1) != nil else { return notAQuery(L, "show") }
        let limit = Lua.integer(L, 2)
        let rt = LuaRuntime.from(L)
        switch ValuePrinter.renderQuery(rt, at: 1, limit: limit) {
        case .success(let text): rt.emit(text)
        case .failure(let code): return code.code
        }
        return 0
    }

    // MARK: rows

    /// Pushes a table of rows (each a table of column → value) marked for display as a table.
    static func pushRows(_ L: OpaquePointer, columns: [String], rows: [[JSON]]) {
        lua_createtable(L, Int32(rows.count), 0)
        for (i, row) in rows.enumerated() {
            lua_createtable(L, 0, Int32(columns.count))
            for (c, cell) in zip(columns, row) {
                ValuePrinter.pushJSON(L, cell)
                Lua.rawSetField(L, -2, c)
            }
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        setRowsMetatable(L, columns: columns)
    }

    static func setRowsMetatable(_ L: OpaquePointer, columns: [String]) {
        // One metatable per column set would be cheaper, but results are small; a fresh table
        // keeps the column order with the rows.
        lua_createtable(L, 0, 3)
        lua_getfield(L, Lua.registryIndex, rowsTypeName)
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            lua_pushvalue(L, -2)
            lua_rotate(L, -2, 1)
            lua_rawset(L, -5)
        }
        luashim_pop(L, 1)
        Lua.push(L, columns)
        Lua.rawSetField(L, -2, "__columns")
        lua_setmetatable(L, -2)
    }

    static let rowsToString: LuaCallback = { L in
        let L = L!
        let rt = LuaRuntime.from(L)
        Lua.push(L, ValuePrinter.render(rt, at: 1))
        return 1
    }
}

/// Where a query's iteration stands: the ids SQL selected, the position, and the Lua stages'
/// counters. A sort stage drains everything before it into a table (the cursor's second user
/// value), sorts it, and iteration continues from there.
final class Cursor {
    let query: LuaQuery
    unowned let runtime: LuaRuntime
    private var block: RowBlock?
    private var blockPointer: UnsafeMutableRawPointer?
    /// Reading the row objects of an earlier run (user value 5) instead of the block.
    private var objects = 0
    /// Collecting this run's row objects (into user value 5) for the query to keep.
    private var collecting = false
    private var generation = 0
    private var pos = 0
    private var started = false
    private var done = false
    private var buffered = false
    private var bufferPos = 0
    private var bufferCount = 0
    private var firstStage = 0
    private var counters: [Int]
    /// Values yielded so far (for pairs).
    private(set) var yielded = 0
    /// Runs of at most this many rows keep their objects with the query for the next run.
    static let maximumCachedObjects = 2_000_000

    /// A run that read every row hands its objects to the query.
    private func finishCollecting(_ L: OpaquePointer, _ cur: Int32) {
        guard collecting else { return }
        collecting = false
        guard lua_getiuservalue(L, cur, 4) == LUA_TUSERDATA else {
            luashim_pop(L, 1)
            return
        }
        lua_getiuservalue(L, cur, 5)
        lua_setiuservalue(L, -2, 3)
        luashim_pop(L, 1)
        query.cachedObjectsGeneration = generation
    }

    init(query: LuaQuery, runtime: LuaRuntime) {
        self.query = query
        self.runtime = runtime
        self.counters = Array(repeating: 0, count: query.stages.count)
    }

    /// Pushes the next value and returns 1, returns 0 at the end, or an error code with the error
    /// on the stack. `cur` is the cursor userdata's absolute stack index.
    func next(_ L: OpaquePointer, _ cur: Int32) -> Int32 {
        if !started {
            started = true
            let r = start(L, cur)
            if r < 0 { return r }
        }
        let r = pull(L, cur, upTo: query.stages.count)
        if r == 1 { yielded += 1 }
        return r
    }

    private func start(_ L: OpaquePointer, _ cur: Int32) -> Int32 {
        do {
            // The generation says whether what the query kept still holds; with nothing kept, it
            // is read below with the rows, in one visit to the pool.
            let kept = query.cachedRows != nil || query.cachedObjectsGeneration != nil
            generation = kept ? try runtime.store.generation() : -1
            // The stack may hold the caller's values above the cursor: push and pop exactly.
            var cachedObjects = false
            if query.cachedObjectsGeneration == generation {
                if lua_getiuservalue(L, cur, 4) == LUA_TUSERDATA {
                    if lua_getiuservalue(L, -1, 3) == LUA_TTABLE {
                        objects = Int(lua_rawlen(L, -1))
                        lua_setiuservalue(L, cur, 5)
                        cachedObjects = true
                    } else {
                        luashim_pop(L, 1)
                    }
                }
                luashim_pop(L, 1)
            }
            if cachedObjects {
                // Rows come from the objects of the earlier run.
            } else if let cached = query.cachedRows, cached.generation == generation {
                block = cached.rows
            } else {
                let (g, rows) = try runtime.store.generationAndRows(query.base) { luashim_interrupt_pending() != 0 }
                if luashim_interrupt_pending() != 0 { return Lua.error(L, "interrupted!") }
                generation = g
                query.cachedRows = (g, rows)
                block = rows
            }
            if let block {
                blockPointer = Unmanaged.passUnretained(block).toOpaque()
                if block.count <= Cursor.maximumCachedObjects {
                    collecting = true
                    lua_createtable(L, Int32(block.count), 0)
                    lua_setiuservalue(L, cur, 5)
                }
            }
        } catch {
            return Lua.error(L, userMessage(error))
        }
        while let k = query.stages[firstStage...].firstIndex(where: \.isSort) {
            lua_createtable(L, 0, 0)
            let table = lua_gettop(L)
            var n: lua_Integer = 0
            while true {
                let r = pull(L, cur, upTo: k)
                if r < 0 { return r }
                if r == 0 { break }
                n += 1
                lua_rawseti(L, table, n)
            }
            guard case .sort(let key, let function, let descending) = query.stages[k] else { break }
            Lua.getRegistry(L, Prelude.sortKey)
            lua_pushvalue(L, table)
            if let key {
                Lua.push(L, key)
            } else {
                lua_getiuservalue(L, cur, 1)
                lua_rawgeti(L, -1, lua_Integer(function!))
                lua_rotate(L, -2, -1)
                luashim_pop(L, 1)
            }
            lua_pushboolean(L, descending ? 1 : 0)
            if luashim_pcall(L, 3, 0) != LUA_OK { return LUASHIM_ERROR }
            lua_setiuservalue(L, cur, 2)
            buffered = true
            bufferPos = 0
            bufferCount = Int(n)
            done = false
            firstStage = k + 1
        }
        return 1
    }

    /// The next row before any stage: from the buffer of a sort, the block, or the objects of an
    /// earlier run. Returns 1 with it pushed, 0 at the end, or an error code.
    @inline(__always)
    private func pullRow(_ L: OpaquePointer, _ cur: Int32) -> Int32 {
        if done { return 0 }
        if buffered {
            if bufferPos >= bufferCount {
                done = true
                return 0
            }
            bufferPos += 1
            pushElement(L, cur, userValue: 2, bufferPos)
        } else {
            if pos & 4095 == 0 && luashim_interrupt_pending() != 0 {
                return Lua.error(L, "interrupted!")
            }
            if let block {
                if pos >= block.count {
                    finishCollecting(L, cur)
                    done = true
                    return 0
                }
                RecordObjects.push(L, runtime, query.kind, block.ids[pos], cursor: cur, block: blockPointer, row: pos)
                pos += 1
                if collecting {
                    lua_getiuservalue(L, cur, 5)
                    lua_pushvalue(L, -2)
                    lua_rawseti(L, -2, lua_Integer(pos))
                    luashim_pop(L, 1)
                }
            } else {
                if pos >= objects {
                    done = true
                    return 0
                }
                pos += 1
                pushElement(L, cur, userValue: 5, pos)
            }
        }
        return 1
    }

    /// Pushes element `i` of the list the cursor keeps as user value `userValue`.
    @inline(__always)
    private func pushElement(_ L: OpaquePointer, _ cur: Int32, userValue: Int32, _ i: Int) {
        lua_getiuservalue(L, cur, userValue)
        lua_rawgeti(L, -1, lua_Integer(i))
        lua_rotate(L, -2, -1)
        luashim_pop(L, 1)
    }

    private func pull(_ L: OpaquePointer, _ cur: Int32, upTo end: Int) -> Int32 {
        // A run without Lua stages (the common loop) never touches the stage list.
        if firstStage >= end { return pullRow(L, cur) }
        let stages = query.stages
        while true {
            let got = pullRow(L, cur)
            if got != 1 { return got }
            var keep = true
            stageLoop: for i in firstStage..<end {
                switch stages[i] {
                case .filter(let f), .map(let f):
                    lua_getiuservalue(L, cur, 1)
                    lua_rawgeti(L, -1, lua_Integer(f))
                    lua_rotate(L, -2, -1)
                    luashim_pop(L, 1)
                    lua_pushvalue(L, -2)
                    if luashim_pcall(L, 1, 1) != LUA_OK {
                        lua_rotate(L, -2, -1)
                        luashim_pop(L, 1)
                        return LUASHIM_ERROR
                    }
                    if case .filter = stages[i] {
                        let pass = lua_toboolean(L, -1) != 0
                        luashim_pop(L, 1)
                        if !pass {
                            luashim_pop(L, 1)
                            keep = false
                            break stageLoop
                        }
                    } else {
                        lua_rotate(L, -2, -1)
                        luashim_pop(L, 1)
                        // A map to nil drops the value, as vim.iter does.
                        if lua_type(L, -1) == LUA_TNIL {
                            luashim_pop(L, 1)
                            keep = false
                            break stageLoop
                        }
                    }
                case .skip(let n):
                    if counters[i] < n {
                        counters[i] += 1
                        luashim_pop(L, 1)
                        keep = false
                        break stageLoop
                    }
                case .limit(let n):
                    if counters[i] >= n {
                        luashim_pop(L, 1)
                        done = true
                        return 0
                    }
                    counters[i] += 1
                case .sort:
                    break
                }
            }
            if keep { return 1 }
        }
    }
}
