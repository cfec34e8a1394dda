import CLua
import DossierCore
import Foundation
import LuaShim

/// The REPL's algorithm, apart from the terminal: lines in, output and errors out, so that it can
/// be tested without a terminal. As the standalone `lua`: a line is first tried as an expression
/// (`return <line>`), then as a statement; a syntax error at `<eof>` asks for another line.
public final class ReplEngine {
    public let runtime: LuaRuntime
    public var errorOutput: (String) -> Void
    /// Whether each command's time is shown (`.timer on`).
    public var timer = false
    private var pending: [String] = []

    public enum Feed: Equatable {
        /// The chunk ran (or failed); a new one starts.
        case done
        /// The chunk is incomplete: show the continuation prompt.
        case needsMore
        /// `.quit` or `.exit`.
        case quit
    }

    public init(runtime: LuaRuntime, errorOutput: @escaping (String) -> Void = StandardStreams.writeError) {
        self.runtime = runtime
        self.errorOutput = errorOutput
    }

    public var prompt: String { pending.isEmpty ? "> " : ">> " }
    public var isContinuing: Bool { !pending.isEmpty }

    /// Drops an incomplete chunk (Ctrl-C at the prompt).
    public func reset() { pending.removeAll() }

    /// The chunk so far, for history: its lines joined.
    public var pendingText: String { pending.joined(separator: "\n") }

    public func feed(_ line: String) -> Feed {
        if pending.isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return .done }
            if trimmed.hasPrefix(".") && !trimmed.hasPrefix("..") { return command(trimmed) }
            // IPython's `x?`: Lua has no `?`, so a line ending with one asks for help on it.
            if trimmed.hasSuffix("?"), trimmed.count > 1 {
                return feed("help(" + trimmed.dropLast().trimmingCharacters(in: .whitespaces) + ")")
            }
        }
        pending.append(line)
        var chunk = pending.joined(separator: "\n")
        if pending.count == 1, chunk.hasPrefix("=") { chunk = "return " + chunk.dropFirst() }
        let L = runtime.L
        let start = DispatchTime.now().uptimeNanoseconds
        if runtime.load("return " + chunk + ";", name: "=input") != nil {
            if let error = runtime.load(chunk, name: "=input") {
                if error.hasSuffix("<eof>") { return .needsMore }
                pending.removeAll()
                errorOutput(error + "\n")
                return .done
            }
        }
        pending.removeAll()
        let base = lua_gettop(L) - 1
        switch runtime.call(nargs: 0) {
        case .ok(let n):
            printResults(from: base + 1, count: n)
            lua_settop(L, base)
        case .failed(let message):
            errorOutput(ReplEngine.trimTraceback(message) + "\n")
        }
        if timer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            runtime.emit(String(format: "Run Time: %.3f ms\n", ms))
        }
        return .done
    }

    /// Results as the REPL shows them: scalars side by side (as lua does), anything else rendered
    /// on its own (a record as a card, a query as a table).
    private func printResults(from first: Int32, count: Int32) {
        guard count > 0 else { return }
        let L = runtime.L
        let indices = (first..<(first + count))
        let allScalar = indices.allSatisfy { i in
            let t = lua_type(L, i)
            return t == LUA_TNIL || t == LUA_TBOOLEAN || t == LUA_TNUMBER || t == LUA_TSTRING
        }
        if allScalar && count > 1 {
            runtime.emit(indices.map { Lua.describe(L, $0) }.joined(separator: "\t") + "\n")
            return
        }
        for i in indices { runtime.emit(ValuePrinter.render(runtime, at: i)) }
    }

    /// The traceback without the REPL's own frames.
    static func trimTraceback(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasSuffix("[C]: in ?") }
            .joined(separator: "\n")
    }

    static let commands = [".help", ".mode", ".timer", ".rows", ".stats", ".read", ".quit", ".exit"]

    private func command(_ line: String) -> Feed {
        let words = line.split(separator: " ").map(String.init)
        switch words[0] {
        case ".help":
            runtime.emit(Help.repl)
        case ".quit", ".exit":
            return .quit
        case ".mode":
            if words.count == 1 {
                runtime.emit("current mode: \(runtime.format.rawValue)\n")
            } else if let f = TableFormat(rawValue: words[1]) {
                runtime.format = f
            } else {
                let names = TableFormat.allCases.map(\.rawValue)
                errorOutput(
                    ".mode: unknown mode '\(words[1])'\(Suggestion.hint(words[1], in: names)) (one of: \(names.joined(separator: ", ")))\n"
                )
            }
        case ".timer":
            switch words.count > 1 ? words[1] : "" {
            case "on": timer = true
            case "off": timer = false
            default: errorOutput(".timer: on or off\n")
            }
        case ".rows":
            if words.count > 1, let n = Int(words[1]), n > 0 {
                runtime.previewRows = n
            } else {
                runtime.emit("rows shown: \(runtime.previewRows)\n")
            }
        case ".read":
            // Runs a script in this session, as sqlite3's .read does; its globals stay.
            guard words.count > 1 else {
                errorOutput(".read FILE\n")
                return .done
            }
            let path = words.dropFirst().joined(separator: " ")
            guard let data = FileManager.default.contents(atPath: path) else {
                errorOutput(".read: cannot open \(path)\n")
                return .done
            }
            if let error = runtime.runScript(path: path, args: [], code: String(decoding: data, as: UTF8.self)) {
                errorOutput(ReplEngine.trimTraceback(error) + "\n")
            }
        case ".stats":
            do {
                let c = try runtime.store.counts()
                runtime.emit("\(c.articles) articles, \(c.entities) entities, \(c.events) events, \(c.quotes) quotes\n")
            } catch {
                errorOutput(userMessage(error) + "\n")
            }
        default:
            errorOutput(
                "unknown command '\(words[0])'\(Suggestion.hint(words[0], in: ReplEngine.commands)); .help lists them\n"
            )
        }
        return .done
    }
}
