import CLua
import DossierCore
import LuaShim

/// Readers written in Lua, for formats of the user's own:
///
///     dossier.reader{
///       name = "atat",
///       match = function(file, head) return file:match("%.atat$") end,  -- or a pattern: "%.atat$"
///       read = function(text, file) return {{title = …, text = …, date = …, source = …}, …} end,
///     }
///
/// `dossier ingest --reader script.lua` runs the script, then tries its readers on every file
/// before the built-in ones (the latest registered first). Lua runs only on the thread that owns
/// the state: the ingest calls its loader from the thread that called it, the one that made the
/// runtime, and hands the documents to its analysis threads as Swift values.
enum LuaReaders {
    static let registryKey = "dossier.readers"
    static let fields = ["name", "match", "read"]
    /// Article fields a read function may give.
    static let articleFields = ["title", "text", "date", "source", "url", "authors", "language"]

    /// dossier.reader{name=…, match=…, read=…}
    static let register: LuaCallback = { L in
        let L = L!
        let fname = "dossier.reader"
        guard lua_type(L, 1) == LUA_TTABLE else {
            return Lua.argError(L, 1, fname, "table expected {name=…, match=…, read=…}, got \(Lua.typeName(L, 1))")
        }
        // Unknown keys are typos worth naming ("mach" for "match").
        lua_pushnil(L)
        while lua_next(L, 1) != 0 {
            luashim_pop(L, 1)
            let key = lua_type(L, -1) == LUA_TSTRING ? Lua.string(L, -1) : nil
            guard let key, fields.contains(key) else {
                let shown = key ?? Lua.typeName(L, -1)
                luashim_pop(L, 1)
                return Lua.argError(L, 1, fname, "unknown field '\(shown)'\(Suggestion.hint(shown, in: fields))")
            }
        }
        let nameType = Lua.rawGetField(L, 1, "name")
        let name = nameType == LUA_TSTRING ? Lua.string(L, -1) : nil
        luashim_pop(L, 1)
        guard let name, !name.isEmpty else { return Lua.argError(L, 1, fname, "name: a non-empty string expected") }
        let matchType = Lua.rawGetField(L, 1, "match")
        luashim_pop(L, 1)
        guard matchType == LUA_TFUNCTION || matchType == LUA_TSTRING else {
            return Lua.argError(L, 1, fname, "match: a function(file, head) or a Lua pattern for file names expected")
        }
        let readType = Lua.rawGetField(L, 1, "read")
        luashim_pop(L, 1)
        guard readType == LUA_TFUNCTION else {
            return Lua.argError(L, 1, fname, "read: a function(text, file) expected")
        }

        if Lua.getRegistry(L, registryKey) != LUA_TTABLE {
            luashim_pop(L, 1)
            lua_createtable(L, 4, 0)
            lua_pushvalue(L, -1)
            Lua.setRegistry(L, registryKey)
        }
        let n = lua_rawlen(L, -1)
        lua_createtable(L, 0, 3)
        for f in fields {
            Lua.rawGetField(L, 1, f)
            Lua.rawSetField(L, -2, f)
        }
        lua_rawseti(L, -2, lua_Integer(n + 1))
        luashim_pop(L, 1)
        return 0
    }
}

extension LuaRuntime {
    /// The names of the readers registered with `dossier.reader`, in the order registered.
    public var readerNames: [String] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard Lua.getRegistry(L, LuaReaders.registryKey) == LUA_TTABLE else { return [] }
        var names: [String] = []
        for i in 0..<Int(lua_rawlen(L, -1)) {
            lua_rawgeti(L, -1, lua_Integer(i + 1))
            Lua.rawGetField(L, -1, "name")
            names.append(Lua.string(L, -1) ?? "?")
            luashim_pop(L, 2)
        }
        return names
    }

    /// The ingest's loader with this runtime's Lua readers tried first and `fallback` (the
    /// built-in readers) for the files none of them claims. Call it on the thread that owns the
    /// runtime: `Ingestor` calls its loader on the thread that called `ingest`.
    public func fileLoader(options: ReaderOptions = ReaderOptions(), fallback: @escaping FileLoader) -> FileLoader {
        { [self] path, each in
            guard !readerNames.isEmpty else { return fallback(path, each) }
            let top = lua_gettop(L)
            defer { lua_settop(L, top) }
            // A file that cannot be read at all is the built-in readers' to report.
            guard let head = try? FileContent.head(path: path) else { return fallback(path, each) }
            let chosen: (index: Int, name: String)
            switch chooseReader(file: path, head: head) {
            case .none: return fallback(path, each)
            case let .failed(name, message):
                return LoadedFile(format: name, failure: "reader '\(name)': match: \(message)")
            case let .chosen(index, name): chosen = (index, name)
            }
            let text: [UInt8]
            do throws(ReaderError) {
                text = try FileContent.whole(path: path, limit: options.maxInMemoryBytes)
            } catch {
                return LoadedFile(format: chosen.name, failure: error.message)
            }
            return read(path: path, text: text, reader: chosen, each: each)
        }
    }

    private enum Choice {
        case none
        case chosen(Int, String)
        case failed(String, String)
    }

    /// The latest registered reader whose match accepts the file.
    private func chooseReader(file: String, head: [UInt8]) -> Choice {
        guard Lua.getRegistry(L, LuaReaders.registryKey) == LUA_TTABLE else { return .none }
        let list = lua_gettop(L)
        var i = Int(lua_rawlen(L, list))
        while i >= 1 {
            let base = lua_gettop(L)
            defer { lua_settop(L, base) }
            lua_rawgeti(L, list, lua_Integer(i))
            let spec = lua_gettop(L)
            Lua.rawGetField(L, spec, "name")
            let name = Lua.string(L, -1) ?? "?"
            let matchType = Lua.rawGetField(L, spec, "match")
            if matchType == LUA_TSTRING {
                // A pattern for the file name, as string.find takes it.
                let pattern = lua_gettop(L)
                luashim_pushglobaltable(L)
                Lua.rawGetField(L, -1, "string")
                guard lua_type(L, -1) == LUA_TTABLE, Lua.rawGetField(L, -1, "find") == LUA_TFUNCTION else {
                    return .failed(name, "string.find is not available")
                }
                Lua.push(L, file)
                lua_pushvalue(L, pattern)
                if case let .failed(message) = call(nargs: 2, traceback: false) { return .failed(name, message) }
            } else {
                Lua.push(L, file)
                head.withUnsafeBufferPointer { buf in
                    buf.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
                }
                if case let .failed(message) = call(nargs: 2, traceback: false) { return .failed(name, message) }
            }
            if lua_toboolean(L, -1) != 0 { return .chosen(i, name) }
            i -= 1
        }
        return .none
    }

    /// Runs reader `index`'s read function on the file's text and hands on the articles it returns.
    private func read(
        path: String, text: [UInt8], reader: (index: Int, name: String), each: (SourceDocument) -> Void
    ) -> LoadedFile {
        let name = reader.name
        Lua.getRegistry(L, LuaReaders.registryKey)
        lua_rawgeti(L, -1, lua_Integer(reader.index))
        Lua.rawGetField(L, -1, "read")
        text.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
        Lua.push(L, path)
        let resultsAt = lua_gettop(L) - 2
        if case let .failed(message) = call(nargs: 2, traceback: false) {
            return LoadedFile(format: name, failure: "reader '\(name)': \(message)")
        }
        guard lua_gettop(L) >= resultsAt, lua_type(L, resultsAt) == LUA_TTABLE else {
            let got = lua_gettop(L) >= resultsAt ? Lua.typeName(L, resultsAt) : "nothing"
            return LoadedFile(format: name, failure: "reader '\(name)': read returned \(got), not a list of articles")
        }
        var problems: [String] = []
        var count = 0
        let n = Int(lua_rawlen(L, resultsAt))
        for i in stride(from: 1, through: n, by: 1) {
            lua_rawgeti(L, resultsAt, lua_Integer(i))
            defer { luashim_pop(L, 1) }
            switch article(at: lua_gettop(L), file: path, ordinal: count) {
            case let .success(article):
                each(SourceDocument(file: path, metadata: article, mayHoldSeveral: false))
                count += 1
            case let .failure(problem):
                if problems.count < 20 { problems.append("article \(i): \(problem.message); skipped") }
            }
        }
        if count == 0 {
            return LoadedFile(
                format: name, problems: problems,
                failure: n == 0 ? "reader '\(name)': read returned no articles" : "reader '\(name)': no usable articles"
            )
        }
        return LoadedFile(format: name, problems: problems)
    }

    /// The article described by the table at `index` (raw access: no metamethods run).
    private func article(at index: Int32, file: String, ordinal: Int) -> Result<Article, ReaderError> {
        guard lua_type(L, index) == LUA_TTABLE else {
            return .failure(ReaderError("a table expected, got \(Lua.typeName(L, index))"))
        }
        func field(_ key: String) -> Result<String?, ReaderError> {
            defer { luashim_pop(L, 1) }
            switch Lua.rawGetField(L, index, key) {
            case LUA_TNIL: return .success(nil)
            case LUA_TSTRING, LUA_TNUMBER:
                var len = 0
                guard let p = lua_tolstring(L, -1, &len) else { return .success(nil) }
                let s = p.withMemoryRebound(to: UInt8.self, capacity: len) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: len), as: UTF8.self)
                }
                return .success(s.isEmpty ? nil : s)
            default: return .failure(ReaderError("\(key): a string expected, got \(Lua.typeName(L, -1))"))
            }
        }
        do throws(ReaderError) {
            guard let text = try field("text").get() else { throw ReaderError("no text") }
            var article = Article(file: file, ordinal: ordinal, text: text)
            article.title = try field("title").get()
            article.source = try field("source").get()
            article.url = try field("url").get()
            article.language = try field("language").get()
            if let date = try field("date").get() {
                guard let parsed = DateParsing.parse(date) else { throw ReaderError("date '\(date)' not understood") }
                article.date = parsed
            }
            // authors: one string, or a list of strings.
            if Lua.rawGetField(L, index, "authors") == LUA_TTABLE {
                for k in 0..<Int(lua_rawlen(L, -1)) {
                    if lua_rawgeti(L, -1, lua_Integer(k + 1)) == LUA_TSTRING, let a = Lua.string(L, -1) {
                        article.authors.append(a)
                    }
                    luashim_pop(L, 1)
                }
                luashim_pop(L, 1)
            } else {
                luashim_pop(L, 1)
                if let a = try field("authors").get() { article.authors = [a] }
            }
            return .success(article)
        } catch {
            return .failure(error)
        }
    }
}
