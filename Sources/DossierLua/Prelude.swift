import CLua
import LuaShim

/// The parts of the API that are most natural in Lua itself.
enum Prelude {
    /// Registry key of the sort helper used by q:sort stages.
    static let sortKey = "dossier.sort"

    /// sort(t, key, descending): sorts a list in place by a field name, by a key function (one
    /// parameter) or with a comparator (two parameters). Nil keys go last; ties keep their order.
    static let sortSource = """
        local type, tostring, sort, getinfo = type, tostring, table.sort, debug.getinfo
        return function(t, key, desc)
          if type(key) == "function" and getinfo(key, "u").nparams >= 2 then
            if desc then sort(t, function(a, b) return key(b, a) end) else sort(t, key) end
            return
          end
          local get = type(key) == "function" and key or function(v) return v[key] end
          local items = {}
          for i = 1, #t do items[i] = { get(t[i]), i, t[i] } end
          sort(items, function(a, b)
            local x, y = a[1], b[1]
            if x == nil or y == nil then
              if x == nil and y == nil then return a[2] < b[2] end
              return y == nil
            end
            local tx, ty = type(x), type(y)
            if tx ~= ty then return tx < ty end
            if tx ~= "number" and tx ~= "string" then x, y = tostring(x), tostring(y) end
            if x == y then return a[2] < b[2] end
            if desc then return x > y end
            return x < y
          end)
          for i = 1, #items do t[i] = items[i][3] end
        end
        """

    /// Registry key of the __call of result tables (search(), q:group()).
    static let rowsCallKey = "dossier.rowsCall"

    /// __call(rows, _, previous): `for r in search("…") do` walks a result table as `for e in q`
    /// walks a query. The place of the row last given is looked up (an index per table, made
    /// on the first step), so nested loops over one table keep theirs.
    static let rowsCallSource = """
        local rawget, rawlen, setmetatable = rawget, rawlen, setmetatable
        local positions = setmetatable({}, {__mode = "k"})
        return function(t, _, previous)
          if previous == nil then return rawget(t, 1) end
          local at = positions[t]
          if at == nil then
            at = {}
            for i = 1, rawlen(t) do at[rawget(t, i)] = i end
            positions[t] = at
          end
          local i = at[previous]
          return i and rawget(t, i + 1)
        end
        """

    static func install(_ rt: LuaRuntime) {
        let L = rt.L
        for (source, key) in [(sortSource, sortKey), (rowsCallSource, rowsCallKey)] {
            guard rt.load(source, name: "=" + key) == nil, luashim_pcall(L, 0, 1) == LUA_OK else {
                fatalError("dossier: the Lua prelude does not compile")
            }
            Lua.setRegistry(L, key)
        }
    }
}
