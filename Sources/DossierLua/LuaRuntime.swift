import CLua
import DossierCore
import LuaShim

/// One Lua state with Dossier's API over one store: the same for the REPL, `dossier run`,
/// `-e` and reports. Swift functions reach their runtime through the state's extra space.
public final class LuaRuntime {
    public let L: OpaquePointer
    public let store: Store
    /// Where `print`, auto-printed values and `show` write.
    public var output: (String) -> Void
    /// How tables of records are shown (`.mode`).
    public var format: TableFormat = .table
    /// Rows an auto-printed query shows before it says how many more there are.
    public var previewRows = 20
    /// Whether output is a terminal (colour and widths may differ).
    public var isTerminal = false {
        didSet { if isTerminal { lineWidth = StandardStreams.terminalColumns(1) ?? lineWidth } }
    }
    /// The line width tables may fill: the terminal's, or 120.
    public var lineWidth = 120
    /// The period `dossier report --since/--until` gives, seen by scripts as `report.period`.
    public var reportPeriod: ReportPeriod?

    let cache: RecordCache
    private lazy var watchdog = InterruptWatchdog(store: store)
    /// Registry slots of the metatables, by RecordKind (then Query, Cursor, Rows).
    var metatables: [Int32] = []
    /// Per kind: the interned Lua strings of the block fields and their column numbers.
    var blockKeys: [[(UnsafeRawPointer, Int)]] = []
    /// The interned Lua string "id".
    var idKey: UnsafeRawPointer?

    public init(store: Store, output: @escaping (String) -> Void = StandardStreams.writeOutput) {
        guard let L = luaL_newstate() else { fatalError("lua: cannot create a state (out of memory)") }
        self.L = L
        self.store = store
        self.output = output
        self.cache = RecordCache(store: store)
        luashim_extraspace(L).pointee = Unmanaged.passUnretained(self).toOpaque()
        luaL_openlibs(L)
        luashim_track_coroutines(L)
        // The prelude first: the metatables below take functions from it.
        Prelude.install(self)
        RecordObjects.install(self)
        QueryObjects.install(self)
        Globals.install(self)
        ReportModule.install(self)
        ReplCharts.install(self)
    }

    deinit {
        lua_close(L)
    }

    /// The runtime that owns `L` (or one of its coroutines).
    static func from(_ L: OpaquePointer?) -> LuaRuntime {
        Unmanaged<LuaRuntime>.fromOpaque(luashim_extraspace(L!).pointee!).takeUnretainedValue()
    }

    /// `body` with the runtime of `L`, without retaining it (the state cannot outlive it).
    @inline(__always)
    static func withRuntime<T>(_ L: OpaquePointer?, _ body: (LuaRuntime) -> T) -> T {
        Unmanaged<LuaRuntime>.fromOpaque(luashim_extraspace(L!).pointee!)._withUnsafeGuaranteedRef(body)
    }

    // MARK: running code

    /// The outcome of running a chunk: its results were left on the stack (`count` of them), or it
    /// failed with a message (with a traceback when `traceback` was asked).
    public enum Outcome: Equatable {
        case ok(count: Int32)
        case failed(String)
    }

    /// Compiles `code`; on success the function is on the stack. A syntax error is returned as text.
    public func load(_ code: String, name: String) -> String? {
        var code = code
        let status = code.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { luashim_loadbuffer(L, $0.baseAddress, $0.count, name) }
        }
        if status == LUA_OK { return nil }
        let message = Lua.string(L, -1) ?? "syntax error"
        luashim_pop(L, 1)
        return message
    }

    /// Calls the function on the stack (below `nargs` arguments) with a traceback handler and with
    /// Ctrl-C armed; results stay on the stack.
    public func call(nargs: Int32, traceback: Bool = true) -> Outcome {
        let base = lua_gettop(L) - nargs - 1
        luashim_interrupt_install()
        luashim_running_begin(L)
        watchdog.start()
        let status = traceback ? luashim_pcall_traceback(L, nargs, LUA_MULTRET) : luashim_pcall(L, nargs, LUA_MULTRET)
        watchdog.stop()
        luashim_running_end(L)
        if status == LUA_OK { return .ok(count: lua_gettop(L) - base) }
        let message = Lua.describe(L, -1)
        luashim_pop(L, 1)
        return .failed(message)
    }

    /// Loads and runs `code`; results are discarded. Errors come back as text.
    @discardableResult
    public func run(_ code: String, name: String, args: [String] = []) -> String? {
        if let error = load(code, name: name) { return error }
        for a in args { Lua.push(L, a) }
        switch call(nargs: Int32(args.count)) {
        case .ok(let n):
            luashim_pop(L, n)
            return nil
        case .failed(let message):
            return message
        }
    }

    /// Runs a script file as the standalone `lua` does: `arg[0]` is the script, `arg[1…]` its
    /// arguments, which are also passed as `...`.
    public func runScript(path: String, args: [String], code: String) -> String? {
        run(prepareScript(path: path, args: args, code: code), name: "@" + path, args: args)
    }

    /// Sets the global `arg` for a script and returns its code with a first line starting with
    /// '#' (a shebang) made a comment, as the standalone lua does.
    public func prepareScript(path: String, args: [String], code: String) -> String {
        lua_createtable(L, Int32(args.count), 1)
        Lua.push(L, path)
        lua_rawseti(L, -2, 0)
        for (i, a) in args.enumerated() {
            Lua.push(L, a)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        Lua.setGlobal(L, "arg")
        return code.hasPrefix("#") ? "--" + code : code
    }

    /// Writes text to the output.
    func emit(_ text: String) { output(text) }
}
