import CLua
import DossierCore
import Foundation
import LuaShim

/// Tab-completion candidates for a REPL line, computed from the live Lua state without running
/// any code: globals and keywords; fields and methods after `.` and `:`; filter keys and values
/// inside a query's `{…}`; entity names inside a string.
public enum Completion {
    static let keywords = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    /// What a completion replaces: `word` is the text before the cursor that the candidates
    /// complete (readline's word); candidates are whole replacements for it.
    public static func candidates(_ rt: LuaRuntime, line: String, cursor: Int) -> [String] {
        let before = String(line.utf8.prefix(cursor)) ?? line
        if let (quote, content) = openString(before) {
            return stringCandidates(rt, before: before, quote: quote, content: content)
        }
        let word = trailingWord(before)
        let prefix = String(before.dropLast(word.count))
        if let dot = word.lastIndex(where: { $0 == "." || $0 == ":" }) {
            let object = String(word[..<dot])
            let partial = String(word[word.index(after: dot)...])
            let separator = word[dot]
            return members(rt, object: object, prefixText: prefix, separator: separator)
                .filter { $0.hasPrefix(partial) }.sorted()
                .map { object + String(separator) + $0 }
        }
        if let kind = openFilterTable(before) {
            let keys = Query.filterKeys(kind).filter { $0.hasPrefix(word) }.map { $0 + "=" }
            if !keys.isEmpty { return keys }
        }
        return globals(rt).filter { $0.hasPrefix(word) }.sorted()
    }

    /// The identifier chain before the cursor: "dossier.ver", "e:ev", "q".
    static func trailingWord(_ s: String) -> String {
        var chars: [Character] = []
        for ch in s.reversed() {
            if ch.isLetter || ch.isNumber || ch == "_" || ch == "." || ch == ":" { chars.append(ch) } else { break }
        }
        return String(chars.reversed())
    }

    /// The quote character and the text so far when the cursor is inside a string literal.
    static func openString(_ s: String) -> (Character, String)? {
        var quote: Character?
        var content = ""
        var escaped = false
        for ch in s {
            if let q = quote {
                if escaped {
                    escaped = false
                    content.append(ch)
                    continue
                }
                if ch == "\\" {
                    escaped = true
                    continue
                }
                if ch == q {
                    quote = nil
                    continue
                }
                content.append(ch)
            } else if ch == "\"" || ch == "'" {
                quote = ch
                content = ""
            }
        }
        return quote.map { ($0, content) }
    }

    /// The kind of query whose filter table is open before the cursor: `events{type="meet", `.
    static func openFilterTable(_ s: String) -> RecordKind? {
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            let ch = s[i]
            if ch == "}" { depth += 1 }
            if ch == "{" {
                if depth == 0 {
                    let name = trailingWord(String(s[..<i]).trimmingTrailingSpaces())
                    let last = name.split(whereSeparator: { $0 == "." || $0 == ":" }).last.map(String.init) ?? name
                    if let kind = RecordKind.allCases.first(where: { $0.plural == last }) { return kind }
                    if last == "where" || last == "events" || last == "articles" || last == "quotes"
                        || last == "entities"
                    {
                        return rootKind(name)
                    }
                    // A navigation method: e:events{…}
                    if let kind = RecordKind.allCases.first(where: { $0.plural == last }) { return kind }
                    return nil
                }
                depth -= 1
            }
        }
        return nil
    }

    /// The kind of the query an expression starts from: "events{…}:limit(3)" → event.
    static func rootKind(_ expression: String) -> RecordKind? {
        for kind in RecordKind.allCases where expression.hasPrefix(kind.plural) { return kind }
        return nil
    }

    private static func stringCandidates(_ rt: LuaRuntime, before: String, quote: Character, content: String)
        -> [String]
    {
        // A filter value with a fixed vocabulary: type=", status=", kind=".
        let head = String(before.dropLast(content.count + 1)).trimmingTrailingSpaces()
        let key = trailingWord(String(head.dropLast(head.hasSuffix("=") ? 1 : 0)).trimmingTrailingSpaces())
        let vocabulary: [String]?
        switch key {
        case "type": vocabulary = EventType.allCases.map(\.rawValue)
        case "status": vocabulary = EventStatus.allCases.map(\.rawValue)
        case "kind": vocabulary = EntityKind.allCases.map(\.rawValue) + ["media"]
        default: vocabulary = nil
        }
        if let vocabulary, head.hasSuffix("=") {
            return vocabulary.filter { $0.hasPrefix(content) }
        }
        if head.hasSuffix(".mode") || head.hasSuffix("format(") {
            return TableFormat.allCases.map(\.rawValue).filter { $0.hasPrefix(content) }
        }
        return (try? rt.store.entityNames(withPrefix: content, limit: 50)) ?? []
    }

    private static func globals(_ rt: LuaRuntime) -> [String] {
        let L = rt.L
        var names = keywords
        luashim_pushglobaltable(L)
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            if let k = Lua.string(L, -2), !k.hasPrefix("_") || k == "_G" || k == "_VERSION" {
                names.append(lua_type(L, -1) == LUA_TFUNCTION ? k + "(" : k)
            }
            luashim_pop(L, 1)
        }
        luashim_pop(L, 1)
        return names
    }

    /// Field and method names of what `object` names. Plain names are looked up (raw, no
    /// metamethods); a call is judged by the function it calls, so nothing runs.
    private static func members(_ rt: LuaRuntime, object: String, prefixText: String, separator: Character) -> [String]
    {
        let L = rt.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        let trimmed = prefixText.trimmingTrailingSpaces()
        if object.isEmpty && (trimmed.hasSuffix(")") || trimmed.hasSuffix("}")) {
            // The result of a call: events{…}: or entity("Putin"):
            let expr = prefixText
            if let kind = rootKind(expr.components(separatedBy: CharacterSet.newlines).last ?? expr) {
                let callee = lastCallee(expr)
                if callee == "first" { return recordMembers(kind, separator) }
                return queryMembers(separator)
            }
            switch lastCallee(expr) {
            case "entity": return recordMembers(.entity, separator)
            case "article": return recordMembers(.article, separator)
            case "event": return recordMembers(.event, separator)
            default: return []
            }
        }
        var parts = object.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if let colon = parts.last?.firstIndex(of: ":") {
            // a.b:c — only the part before ':' is an object.
            parts[parts.count - 1] = String(parts[parts.count - 1][..<colon])
        }
        luashim_pushglobaltable(L)
        for p in parts {
            if lua_type(L, -1) == LUA_TTABLE {
                Lua.rawGetField(L, -1, p)
                lua_rotate(L, -2, -1)
                luashim_pop(L, 1)
            } else {
                return []
            }
        }
        if let r = RecordObjects.ref(L, -1) {
            return recordMembers(RecordObjects.kind(r.kind), separator)
        }
        if QueryObjects.query(L, -1) != nil { return queryMembers(separator) }
        if ReportObject.box(L, -1) != nil { return separator == ":" ? ReportObject.methodNames.map { $0 + "(" } : [] }
        if lua_type(L, -1) == LUA_TSTRING, separator == ":" {
            _ = Lua.getGlobal(L, "string")
            return tableKeys(L, -1, functionsOnly: true)
        }
        if lua_type(L, -1) == LUA_TTABLE { return tableKeys(L, -1, functionsOnly: separator == ":") }
        return []
    }

    private static func recordMembers(_ kind: RecordKind, _ separator: Character) -> [String] {
        if separator == ":" { return RecordObjects.methods[kind]!.map { $0.0 + "(" } }
        return RecordObjects.fields[kind]!
    }

    private static func queryMembers(_ separator: Character) -> [String] {
        separator == ":" ? QueryObjects.methodNames.map { $0 + "(" } : []
    }

    private static func tableKeys(_ L: OpaquePointer, _ idx: Int32, functionsOnly: Bool) -> [String] {
        let t = lua_absindex(L, idx)
        var out: [String] = []
        lua_pushnil(L)
        while lua_next(L, t) != 0 {
            if let k = Lua.string(L, -2) {
                let isFunction = lua_type(L, -1) == LUA_TFUNCTION
                if !functionsOnly || isFunction { out.append(isFunction ? k + "(" : k) }
            }
            luashim_pop(L, 1)
        }
        return out
    }

    /// The name of the function called last in an expression: "events{…}:limit(3)" → "limit".
    static func lastCallee(_ s: String) -> String {
        var depth = 0
        var i = s.endIndex
        var s2 = s.trimmingTrailingSpaces()
        if s2.isEmpty { return "" }
        i = s2.endIndex
        while i > s2.startIndex {
            i = s2.index(before: i)
            let ch = s2[i]
            if ch == ")" || ch == "}" {
                depth += 1
            } else if ch == "(" || ch == "{" {
                depth -= 1
                if depth == 0 {
                    s2 = String(s2[..<i])
                    let word = trailingWord(s2)
                    return String(word.split(whereSeparator: { $0 == "." || $0 == ":" }).last ?? "")
                }
            }
        }
        return ""
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
