import CLua
import LuaShim

/// A Swift function callable from Lua through the C trampoline: it returns the number of results,
/// or LUASHIM_ERROR / LUASHIM_ERROR_WHERE with an error value on top. It never raises itself.
public typealias LuaCallback = @convention(c) (OpaquePointer?) -> Int32

/// Small, allocation-light helpers over the C API. None of them can raise a Lua error.
enum Lua {
    static let registryIndex = luashim_registryindex()

    @inline(__always)
    static func push(_ L: OpaquePointer, _ s: String) {
        var s = s
        s.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }

    @inline(__always)
    static func push(_ L: OpaquePointer, _ s: String?) {
        if let s { push(L, s) } else { lua_pushnil(L) }
    }

    static func push(_ L: OpaquePointer, _ strings: [String]) {
        lua_createtable(L, Int32(strings.count), 0)
        for (i, s) in strings.enumerated() {
            push(L, s)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
    }

    /// The string at `idx` when it is a string (numbers are not converted).
    static func string(_ L: OpaquePointer, _ idx: Int32) -> String? {
        guard lua_type(L, idx) == LUA_TSTRING else { return nil }
        var len = 0
        guard let p = lua_tolstring(L, idx, &len) else { return nil }
        return p.withMemoryRebound(to: UInt8.self, capacity: len) {
            String(decoding: UnsafeBufferPointer(start: $0, count: len), as: UTF8.self)
        }
    }

    static func integer(_ L: OpaquePointer, _ idx: Int32) -> Int? {
        var ok: Int32 = 0
        let v = lua_tointegerx(L, idx, &ok)
        return ok != 0 ? Int(v) : nil
    }

    static func number(_ L: OpaquePointer, _ idx: Int32) -> Double? {
        var ok: Int32 = 0
        let v = lua_tonumberx(L, idx, &ok)
        return ok != 0 ? v : nil
    }

    static func typeName(_ L: OpaquePointer, _ idx: Int32) -> String {
        // The __name of a userdata's metatable says what it is ("Entity"), like luaL_typeerror.
        if lua_type(L, idx) == LUA_TUSERDATA, lua_getmetatable(L, idx) != 0 {
            lua_pushstring(L, "__name")
            let t = lua_rawget(L, -2)
            let name = t == LUA_TSTRING ? string(L, -1) : nil
            luashim_pop(L, 2)
            if let name { return name }
        }
        return String(cString: lua_typename(L, lua_type(L, idx)))
    }

    /// Pushes "bad argument #n to 'fname' (message)" and returns the code that raises it.
    static func argError(_ L: OpaquePointer, _ n: Int, _ fname: String, _ message: String) -> Int32 {
        push(L, "bad argument #\(n) to '\(fname)' (\(message))")
        return LUASHIM_ERROR_WHERE
    }

    /// Pushes `message` and returns the code that raises it with the caller's position.
    static func error(_ L: OpaquePointer, _ message: String) -> Int32 {
        push(L, message)
        return LUASHIM_ERROR_WHERE
    }

    /// Pushes a Swift function as a Lua function.
    static func pushFunction(_ L: OpaquePointer, _ fn: LuaCallback, upvalues: Int32 = 0) {
        luashim_pushswiftclosure(L, fn, upvalues)
    }

    /// t[name] = fn for the table on top of the stack (raw set: no metamethods).
    static func setFunction(_ L: OpaquePointer, _ name: String, _ fn: LuaCallback) {
        push(L, name)
        pushFunction(L, fn)
        lua_rawset(L, -3)
    }

    /// t[name] = value-on-top, raw, for the table at `table` (value popped).
    static func rawSetField(_ L: OpaquePointer, _ table: Int32, _ name: String) {
        let t = lua_absindex(L, table)
        push(L, name)
        lua_rotate(L, -2, 1)
        lua_rawset(L, t)
    }

    /// Pushes t[name] for the table at `table` without metamethods; returns its type.
    @discardableResult
    static func rawGetField(_ L: OpaquePointer, _ table: Int32, _ name: String) -> Int32 {
        let t = lua_absindex(L, table)
        push(L, name)
        return lua_rawget(L, t)
    }

    static func setGlobal(_ L: OpaquePointer, _ name: String) {
        luashim_pushglobaltable(L)
        lua_rotate(L, -2, 1)
        rawSetField(L, -2, name)
        luashim_pop(L, 1)
    }

    static func getGlobal(_ L: OpaquePointer, _ name: String) -> Int32 {
        luashim_pushglobaltable(L)
        let t = rawGetField(L, -1, name)
        lua_rotate(L, -2, -1)
        luashim_pop(L, 1)
        return t
    }

    /// tostring(v) as Lua's print would show it, under a protected call.
    static func describe(_ L: OpaquePointer, _ idx: Int32) -> String {
        var len = 0
        guard let p = luashim_ptolstring(L, idx, &len) else { return "?" }
        let s = p.withMemoryRebound(to: UInt8.self, capacity: len) {
            String(decoding: UnsafeBufferPointer(start: $0, count: len), as: UTF8.self)
        }
        luashim_pop(L, 1)
        return s
    }

    /// Registry-anchored value storage keyed by a string (lightweight, no luaL_ref bookkeeping).
    static func setRegistry(_ L: OpaquePointer, _ key: String) {
        rawSetField(L, registryIndex, key)
    }

    @discardableResult
    static func getRegistry(_ L: OpaquePointer, _ key: String) -> Int32 {
        rawGetField(L, registryIndex, key)
    }
}
