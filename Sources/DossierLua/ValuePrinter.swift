import CLua
import DossierCore
import LuaShim

/// How values look in the REPL and in `show`: a record as a card, a query or a list of records
/// as a table in the current format (`.mode`), other tables as Lua constructors, scalars as
/// `print` shows them. Never `userdata: 0x…`.
enum ValuePrinter {
    struct LuaErrorCode: Error {
        var code: Int32
    }

    /// The text for the value at `idx` (errors while rendering become part of the text).
    static func render(_ rt: LuaRuntime, at idx: Int32) -> String {
        let L = rt.L
        let i = lua_absindex(L, idx)
        do {
            if let r = RecordObjects.ref(L, i) {
                return try Summaries.card(rt, RecordObjects.kind(r.kind), r.id)
            }
            if QueryObjects.query(L, i) != nil {
                switch renderQuery(rt, at: i, limit: rt.previewRows) {
                case .success(let text): return text
                case .failure:
                    let message = Lua.describe(L, -1)
                    luashim_pop(L, 1)
                    return "error: \(message)\n"
                }
            }
            if lua_type(L, i) == LUA_TTABLE, let table = try tableData(rt, at: i) {
                return table.render(rt.format, width: rt.lineWidth)
            }
            if lua_type(L, i) == LUA_TTABLE {
                return inspect(L, i, depth: 0, seen: []) + "\n"
            }
        } catch {
            return "error: \(userMessage(error))\n"
        }
        if lua_type(L, i) == LUA_TSTRING { return (Lua.string(L, i) ?? "") + "\n" }
        return Lua.describe(L, i) + "\n"
    }

    /// A query as a table of its first `limit` rows (all when nil), with a footer in table mode.
    static func renderQuery(_ rt: LuaRuntime, at idx: Int32, limit: Int?) -> Result<String, LuaErrorCode> {
        let L = rt.L
        let qi = lua_absindex(L, idx)
        guard let q = QueryObjects.query(L, qi) else { return .success("") }
        let top = lua_gettop(L)
        let cur = QueryObjects.pushCursor(L, q, queryAt: qi)
        let c = QueryObjects.cursor(L, cur)!
        lua_createtable(L, 0, 0)
        let values = lua_gettop(L)
        var n: lua_Integer = 0
        var more = false
        while true {
            let r = c.next(L, cur)
            if r < 0 {
                lua_rotate(L, top + 1, 1)
                lua_settop(L, top + 1)
                return .failure(LuaErrorCode(code: r))
            }
            if r == 0 { break }
            if let limit, n >= limit {
                luashim_pop(L, 1)
                more = true
                break
            }
            n += 1
            lua_rawseti(L, values, n)
        }
        defer { lua_settop(L, top) }
        do {
            var table = try tableData(rt, at: values) ?? TableData(columns: ["value"], rows: [])
            if table.rows.isEmpty && table.columns == ["value"] {
                table = TableData(columns: Summaries.columns(q.kind), rows: [])
            }
            var text = table.render(rt.format, width: rt.lineWidth)
            if rt.format == .table {
                if more {
                    let total = q.isPureSQL ? (try? rt.store.count(q.base)) : nil
                    text +=
                        total.map { "(\(n) of \($0) rows; show(q) prints all)\n" }
                        ?? "(first \(n) rows; show(q) prints all)\n"
                } else {
                    text += "(\(n) row\(n == 1 ? "" : "s"))\n"
                }
            }
            return .success(text)
        } catch {
            Lua.push(L, userMessage(error))
            lua_rotate(L, top + 1, 1)
            lua_settop(L, top + 1)
            return .failure(LuaErrorCode(code: LUASHIM_ERROR))
        }
    }

    /// A table of rows when the Lua table at `idx` looks like one: a Rows result, a list of
    /// records of one kind, or a list of tables with string keys. Nil otherwise.
    static func tableData(_ rt: LuaRuntime, at idx: Int32) throws -> TableData? {
        let L = rt.L
        let t = lua_absindex(L, idx)
        var columns: [String]?
        if lua_getmetatable(L, t) != 0 {
            if Lua.rawGetField(L, -1, "__columns") == LUA_TTABLE {
                columns = stringList(L, -1)
            }
            luashim_pop(L, 2)
        }
        let n = Int(lua_rawlen(L, t))
        if let columns {
            var rows: [[JSON]] = []
            for i in 0..<n {
                lua_rawgeti(L, t, lua_Integer(i + 1))
                rows.append(
                    columns.map { c in
                        Lua.rawGetField(L, -1, c)
                        defer { luashim_pop(L, 1) }
                        return cell(rt, at: -1)
                    })
                luashim_pop(L, 1)
            }
            return TableData(columns: columns, rows: rows)
        }
        guard n > 0 else { return nil }
        lua_rawgeti(L, t, 1)
        let firstRef = RecordObjects.ref(L, -1)
        let firstIsTable = lua_type(L, -1) == LUA_TTABLE
        luashim_pop(L, 1)
        if let firstRef {
            let kind = RecordObjects.kind(firstRef.kind)
            var rows: [[JSON]] = []
            for i in 0..<n {
                lua_rawgeti(L, t, lua_Integer(i + 1))
                defer { luashim_pop(L, 1) }
                guard let r = RecordObjects.ref(L, -1, kind) else { return nil }
                rows.append(try Summaries.row(rt, kind, r.id))
            }
            return TableData(columns: Summaries.columns(kind), rows: rows)
        }
        if firstIsTable {
            // Columns: the string keys of the rows, in order of first appearance by sorted key.
            var keys: [String] = []
            for i in 0..<n {
                lua_rawgeti(L, t, lua_Integer(i + 1))
                defer { luashim_pop(L, 1) }
                guard lua_type(L, -1) == LUA_TTABLE, lua_rawlen(L, -1) == 0 else { return nil }
                var rowKeys: [String] = []
                lua_pushnil(L)
                while lua_next(L, -2) != 0 {
                    luashim_pop(L, 1)
                    guard let k = Lua.string(L, -1) else {
                        luashim_pop(L, 1)
                        return nil
                    }
                    rowKeys.append(k)
                }
                for k in rowKeys.sorted() where !keys.contains(k) { keys.append(k) }
            }
            guard !keys.isEmpty else { return nil }
            var rows: [[JSON]] = []
            for i in 0..<n {
                lua_rawgeti(L, t, lua_Integer(i + 1))
                rows.append(
                    keys.map { k in
                        Lua.rawGetField(L, -1, k)
                        defer { luashim_pop(L, 1) }
                        return cell(rt, at: -1)
                    })
                luashim_pop(L, 1)
            }
            return TableData(columns: keys, rows: rows)
        }
        // A list of scalars: one column.
        var rows: [[JSON]] = []
        for i in 0..<n {
            lua_rawgeti(L, t, lua_Integer(i + 1))
            defer { luashim_pop(L, 1) }
            if lua_type(L, -1) == LUA_TTABLE { return nil }
            rows.append([cell(rt, at: -1)])
        }
        return TableData(columns: ["value"], rows: rows)
    }

    /// A Lua value as a table cell: records by their name or summary, lists as lists.
    static func cell(_ rt: LuaRuntime, at idx: Int32) -> JSON {
        let L = rt.L
        switch lua_type(L, idx) {
        case LUA_TNIL, LUA_TNONE: return .null
        case LUA_TBOOLEAN: return .bool(lua_toboolean(L, idx) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, idx) != 0 { return .int(Int64(Lua.integer(L, idx)!)) }
            return .double(Lua.number(L, idx)!)
        case LUA_TSTRING: return .string(Lua.string(L, idx) ?? "")
        case LUA_TTABLE:
            let t = lua_absindex(L, idx)
            let n = lua_rawlen(L, t)
            if n > 0 {
                var items: [JSON] = []
                for i in 1...n {
                    lua_rawgeti(L, t, lua_Integer(i))
                    items.append(cell(rt, at: -1))
                    luashim_pop(L, 1)
                }
                return .array(items)
            }
            return .string(inspect(L, t, depth: 1, seen: []))
        default:
            if let r = RecordObjects.ref(L, idx) {
                let kind = RecordObjects.kind(r.kind)
                if kind == .entity, let e = try? rt.cache.entity(r.id) { return .string(e.name) }
                if kind == .article, let a = try? rt.cache.article(r.id) { return .string(a.title ?? "#\(r.id)") }
                return .string((try? Summaries.line(rt, kind, r.id)) ?? "#\(r.id)")
            }
            return .string(Lua.describe(L, idx))
        }
    }

    static func stringList(_ L: OpaquePointer, _ idx: Int32) -> [String] {
        let t = lua_absindex(L, idx)
        let n = lua_rawlen(L, t)
        guard n > 0 else { return [] }
        return (1...n).compactMap { i in
            lua_rawgeti(L, t, lua_Integer(i))
            defer { luashim_pop(L, 1) }
            return Lua.string(L, -1)
        }
    }

    /// A Lua table written as a constructor, nested tables to a few levels.
    static func inspect(_ L: OpaquePointer, _ idx: Int32, depth: Int, seen: Set<UnsafeRawPointer>) -> String {
        let t = lua_absindex(L, idx)
        guard let p = lua_topointer(L, t) else { return "{}" }
        if seen.contains(p) { return "<cycle>" }
        if depth > 3 { return "{…}" }
        var seen = seen
        seen.insert(p)
        var parts: [String] = []
        let n = lua_rawlen(L, t)
        var count = 0
        if n > 0 {
            for i in 1...n {
                if count >= 50 {
                    parts.append("…")
                    break
                }
                lua_rawgeti(L, t, lua_Integer(i))
                parts.append(scalar(L, -1, depth: depth, seen: seen))
                luashim_pop(L, 1)
                count += 1
            }
        }
        var keyed: [(String, String)] = []
        lua_pushnil(L)
        while lua_next(L, t) != 0 {
            if lua_type(L, -2) == LUA_TNUMBER, lua_isinteger(L, -2) != 0, let k = Lua.integer(L, -2), k >= 1,
                k <= Int(n)
            {
                luashim_pop(L, 1)
                continue
            }
            let key: String
            if let s = Lua.string(L, -2), isIdentifier(s) {
                key = s
            } else {
                lua_pushvalue(L, -2)
                key = "[" + scalar(L, -1, depth: depth, seen: seen) + "]"
                luashim_pop(L, 1)
            }
            keyed.append((key, scalar(L, -1, depth: depth, seen: seen)))
            luashim_pop(L, 1)
        }
        for (k, v) in keyed.sorted(by: { $0.0 < $1.0 }).prefix(100) { parts.append("\(k) = \(v)") }
        return parts.isEmpty ? "{}" : "{ " + parts.joined(separator: ", ") + " }"
    }

    private static func scalar(_ L: OpaquePointer, _ idx: Int32, depth: Int, seen: Set<UnsafeRawPointer>) -> String {
        switch lua_type(L, idx) {
        case LUA_TSTRING:
            var out = ""
            JSON.quote(Lua.string(L, idx) ?? "", into: &out)
            return out
        case LUA_TTABLE:
            return inspect(L, idx, depth: depth + 1, seen: seen)
        default:
            return Lua.describe(L, idx)
        }
    }

    private static func isIdentifier(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || (f.isASCII && f.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }

    /// Pushes a JSON value as Lua: objects and arrays as tables, null as nil.
    static func pushJSON(_ L: OpaquePointer, _ value: JSON) {
        switch value {
        case .null: lua_pushnil(L)
        case .bool(let b): lua_pushboolean(L, b ? 1 : 0)
        case .int(let i): lua_pushinteger(L, i)
        case .double(let d): lua_pushnumber(L, d)
        case .string(let s): Lua.push(L, s)
        case .array(let items):
            lua_createtable(L, Int32(items.count), 0)
            for (i, item) in items.enumerated() {
                pushJSON(L, item)
                lua_rawseti(L, -2, lua_Integer(i + 1))
            }
        case .object(let members):
            lua_createtable(L, 0, Int32(members.count))
            for m in members {
                pushJSON(L, m.value)
                Lua.rawSetField(L, -2, m.key)
            }
        }
    }
}
