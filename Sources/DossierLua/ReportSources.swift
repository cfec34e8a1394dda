import CLua
import DossierCore
import LuaShim

/// An error whose value is already on top of the Lua stack (a Lua function called under pcall
/// failed): the callback returns `LUASHIM_ERROR` and the value is raised unchanged.
struct LuaRaised: Error {}

/// Turns what a script hands the report module or the REPL charts (a query, a list of records,
/// a `group` result, a table of counts) into the values of the report model. Everything here
/// reads Lua values with raw accesses or under pcall, so it never raises.
enum ReportSources {
    /// Runs a callback body that throws `DossierError` (a message for the caller's position) or
    /// `LuaRaised`, turning either into the trampoline's return code.
    static func guarded(_ L: OpaquePointer, _ body: () throws -> Int32) -> Int32 {
        do {
            return try body()
        } catch is LuaRaised {
            return LUASHIM_ERROR
        } catch let e as DossierError {
            return Lua.error(L, e.message)
        } catch {
            return Lua.error(L, "\(error)")
        }
    }

    /// Runs `body` and restores the stack to its height before it; when `body` fails with a Lua
    /// error value, that value is kept on top for the trampoline to raise.
    static func balanced<T>(_ L: OpaquePointer, _ body: () throws -> T) throws -> T {
        let top = lua_gettop(L)
        do {
            let result = try body()
            lua_settop(L, top)
            return result
        } catch let e as LuaRaised {
            lua_rotate(L, top + 1, 1)
            lua_settop(L, top + 1)
            throw e
        } catch {
            lua_settop(L, top)
            throw error
        }
    }

    /// Pushes a plain list of the values `idx` stands for: a query's rows (run now), a list as it
    /// is, a single record as a list of one. Returns the list's absolute index.
    static func pushList(_ L: OpaquePointer, at idx: Int32, function: String) throws -> Int32 {
        let i = lua_absindex(L, idx)
        if let q = QueryObjects.query(L, i) {
            let cur = QueryObjects.pushCursor(L, q, queryAt: i)
            let c = QueryObjects.cursor(L, cur)!
            lua_createtable(L, 0, 0)
            let list = lua_gettop(L)
            var n: lua_Integer = 0
            while true {
                let r = c.next(L, cur)
                if r == LUASHIM_ERROR { throw LuaRaised() }
                if r < 0 {
                    // A message for the caller's position: make it a DossierError so it gets one.
                    let message = Lua.string(L, -1) ?? "error"
                    luashim_pop(L, 1)
                    throw DossierError(message)
                }
                if r == 0 { break }
                n += 1
                lua_rawseti(L, list, n)
            }
            lua_rotate(L, cur, -1)
            luashim_pop(L, 1)
            return lua_gettop(L)
        }
        if RecordObjects.ref(L, i) != nil {
            lua_createtable(L, 1, 0)
            lua_pushvalue(L, i)
            lua_rawseti(L, -2, 1)
            return lua_gettop(L)
        }
        if lua_type(L, i) == LUA_TTABLE {
            lua_pushvalue(L, i)
            return lua_gettop(L)
        }
        throw DossierError("bad argument #1 to '\(function)' (a query or a list expected, got \(Lua.typeName(L, i)))")
    }

    static func length(_ L: OpaquePointer, _ list: Int32) -> Int { Int(lua_rawlen(L, list)) }

    /// The records of `kind` in the list at `list`; anything else in it is an error naming `function`.
    static func records(_ L: OpaquePointer, list: Int32, kind: RecordKind, function: String) throws -> [Int64] {
        var ids: [Int64] = []
        let n = length(L, list)
        guard n > 0 else { return [] }
        for i in 1...n {
            lua_rawgeti(L, list, lua_Integer(i))
            defer { luashim_pop(L, 1) }
            guard let r = RecordObjects.ref(L, -1, kind) else {
                let what = kind == .entity ? "entities" : kind.plural
                throw DossierError("\(function): expected \(what), got \(Lua.typeName(L, -1)) at position \(i)")
            }
            ids.append(r.id)
        }
        return ids
    }

    /// The kind of the records in the list (from its first element), if they are records.
    static func recordKind(_ L: OpaquePointer, list: Int32) -> RecordKind? {
        guard length(L, list) > 0 else { return nil }
        lua_rawgeti(L, list, 1)
        defer { luashim_pop(L, 1) }
        return RecordObjects.ref(L, -1).map { RecordObjects.kind($0.kind) }
    }

    /// The kind a query at `idx` selects, if it is a query.
    static func queryKind(_ L: OpaquePointer, _ idx: Int32) -> RecordKind? {
        QueryObjects.query(L, idx)?.kind
    }

    // MARK: values as text

    /// A Lua value as label text: strings as they are, numbers as Lua prints them, records by name.
    static func text(_ rt: LuaRuntime, at idx: Int32) -> String {
        Report.cellText(ValuePrinter.cell(rt, at: idx))
    }

    /// Text argument `n` of `function`: a string or a number.
    static func textArgument(_ L: OpaquePointer, _ n: Int32, _ function: String) throws -> String {
        switch lua_type(L, n) {
        case LUA_TSTRING: return Lua.string(L, n) ?? ""
        case LUA_TNUMBER: return Lua.describe(L, n)
        default:
            throw DossierError("bad argument #\(n - 1) to '\(function)' (string expected, got \(Lua.typeName(L, n)))")
        }
    }

    // MARK: options

    /// The options table at `idx` (none: empty), checked against `known`: an unknown key is an
    /// error that suggests the nearest one, as filters do.
    static func options(_ L: OpaquePointer, at idx: Int32, known: [String], function: String) throws -> Int32? {
        let i = lua_absindex(L, idx)
        if lua_type(L, i) <= LUA_TNIL { return nil }
        guard lua_type(L, i) == LUA_TTABLE else {
            throw DossierError(
                "\(function): options must be a table such as {caption=\"…\"}, got \(Lua.typeName(L, i))")
        }
        lua_pushnil(L)
        while lua_next(L, i) != 0 {
            luashim_pop(L, 1)
            guard let key = Lua.string(L, -1) else {
                let k = Lua.describe(L, -1)
                luashim_pop(L, 1)
                throw DossierError("\(function): option names are strings, got [\(k)]")
            }
            if !known.contains(key) {
                luashim_pop(L, 1)
                throw DossierError(
                    "\(function){\(key)=…}: unknown option '\(key)'\(Suggestion.hint(key, in: known)) (options: \(known.joined(separator: ", ")))"
                )
            }
        }
        return i
    }

    static func stringOption(_ L: OpaquePointer, _ opts: Int32?, _ key: String, function: String) throws -> String? {
        guard let opts else { return nil }
        defer { luashim_pop(L, 1) }
        switch Lua.rawGetField(L, opts, key) {
        case LUA_TNIL: return nil
        case LUA_TSTRING: return Lua.string(L, -1)
        case LUA_TNUMBER: return Lua.describe(L, -1)
        default: throw DossierError("\(function){\(key)=…}: expected a string, got \(Lua.typeName(L, -1))")
        }
    }

    static func intOption(_ L: OpaquePointer, _ opts: Int32?, _ key: String, function: String, minimum: Int = 0) throws
        -> Int?
    {
        guard let opts else { return nil }
        defer { luashim_pop(L, 1) }
        if Lua.rawGetField(L, opts, key) == LUA_TNIL { return nil }
        guard lua_type(L, -1) == LUA_TNUMBER, let v = Lua.integer(L, -1), v >= minimum else {
            throw DossierError(
                "\(function){\(key)=…}: expected an integer of at least \(minimum), got \(Lua.describe(L, -1))")
        }
        return v
    }

    static func boolOption(_ L: OpaquePointer, _ opts: Int32?, _ key: String, function: String) throws -> Bool? {
        guard let opts else { return nil }
        defer { luashim_pop(L, 1) }
        switch Lua.rawGetField(L, opts, key) {
        case LUA_TNIL: return nil
        case LUA_TBOOLEAN: return lua_toboolean(L, -1) != 0
        default: throw DossierError("\(function){\(key)=…}: expected true or false, got \(Lua.describe(L, -1))")
        }
    }

    /// The caption: `caption=` or its synonym `title=`.
    static func caption(_ L: OpaquePointer, _ opts: Int32?, function: String) throws -> String? {
        try stringOption(L, opts, "caption", function: function) ?? stringOption(L, opts, "title", function: function)
    }

    /// Sorts the list at `list` in place by the options' `sort=` (a field name or a function) and
    /// `desc=`, with the same helper as q:sort (nil last, ties in their order).
    static func sortList(_ L: OpaquePointer, list: Int32, opts: Int32?, function: String) throws {
        guard let opts else { return }
        let t = Lua.rawGetField(L, opts, "sort")
        if t == LUA_TNIL {
            luashim_pop(L, 1)
            return
        }
        guard t == LUA_TSTRING || t == LUA_TFUNCTION else {
            let tn = Lua.typeName(L, -1)
            luashim_pop(L, 1)
            throw DossierError("\(function){sort=…}: expected a field name or a function, got \(tn)")
        }
        let key = lua_gettop(L)
        let desc = try boolOption(L, opts, "desc", function: function) ?? false
        Lua.getRegistry(L, Prelude.sortKey)
        lua_pushvalue(L, list)
        lua_pushvalue(L, key)
        lua_pushboolean(L, desc ? 1 : 0)
        if luashim_pcall(L, 3, 0) != LUA_OK { throw LuaRaised() }
        luashim_pop(L, 1)
    }

    // MARK: events

    /// The events for a timeline, from a query or a list of events.
    static func events(_ rt: LuaRuntime, at idx: Int32, function: String) throws -> [EventRecord] {
        let L = rt.L
        if let k = queryKind(L, idx), k != .event {
            throw DossierError(
                "\(function): expected events, got a query of \(k.plural) (try \(k == .entity ? "e:events()" : "events{…}"))"
            )
        }
        let list = try pushList(L, at: idx, function: function)
        defer { lua_settop(L, list - 1) }
        let ids = try records(L, list: list, kind: .event, function: function)
        try rt.cache.prefetch(.event, ids[...])
        return try ids.compactMap { try rt.cache.event($0) }
    }

    // MARK: counts

    /// Bars from a `group` result (rows of key and count), a table of label = count, or a list of
    /// {label, value} pairs. A table of counts has no order, so it is sorted: largest first, then
    /// by label.
    static func bars(_ rt: LuaRuntime, at idx: Int32, function: String) throws -> [ReportBars.Bar] {
        let L = rt.L
        let t = lua_absindex(L, idx)
        if QueryObjects.query(L, t) != nil {
            throw DossierError("\(function): expected counts, got a query; count it first, e.g. q:group(\"type\")")
        }
        guard lua_type(L, t) == LUA_TTABLE else {
            throw DossierError("\(function): expected counts (q:group(…) or {label=count}), got \(Lua.typeName(L, t))")
        }
        let n = length(L, t)
        var bars: [ReportBars.Bar] = []
        if n > 0 {
            for i in 1...n {
                lua_rawgeti(L, t, lua_Integer(i))
                defer { luashim_pop(L, 1) }
                guard lua_type(L, -1) == LUA_TTABLE else {
                    throw DossierError(
                        "\(function): expected rows such as {key=…, count=…} or {label, value}, got \(Lua.typeName(L, -1)) at position \(i)"
                    )
                }
                let row = lua_gettop(L)
                // {key=, count=} from group; {label=, value=}; or {label, value}.
                var label: String?
                var value: Double?
                for (lk, vk) in [("key", "count"), ("label", "value"), ("label", "count"), ("name", "count")] {
                    if Lua.rawGetField(L, row, vk) == LUA_TNUMBER {
                        value = Lua.number(L, -1)
                        luashim_pop(L, 1)
                        Lua.rawGetField(L, row, lk)
                        label = lua_type(L, -1) == LUA_TNIL ? "(none)" : text(rt, at: -1)
                        luashim_pop(L, 1)
                        break
                    }
                    luashim_pop(L, 1)
                }
                if value == nil {
                    lua_rawgeti(L, row, 2)
                    value = lua_type(L, -1) == LUA_TNUMBER ? Lua.number(L, -1) : nil
                    luashim_pop(L, 1)
                    lua_rawgeti(L, row, 1)
                    label = lua_type(L, -1) == LUA_TNIL ? "(none)" : text(rt, at: -1)
                    luashim_pop(L, 1)
                }
                guard let label, let value else {
                    throw DossierError(
                        "\(function): row \(i) has no count (expected {key=…, count=…} or {label, value})")
                }
                bars.append(.init(label: label, value: value))
            }
            return bars
        }
        lua_pushnil(L)
        while lua_next(L, t) != 0 {
            guard lua_type(L, -1) == LUA_TNUMBER, let v = Lua.number(L, -1) else {
                let k = Lua.describe(L, -2)
                luashim_pop(L, 2)
                throw DossierError("\(function): the count for '\(k)' is not a number")
            }
            luashim_pop(L, 1)
            bars.append(.init(label: text(rt, at: -1), value: v))
        }
        return bars.sorted { $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label }
    }
}
