@preconcurrency import CReadline
import DossierCore
import DossierLua
import Foundation
import LuaShim

/// GNU readline with Dossier's completion and history. Readline keeps global state, so there is
/// one editor per process; its C callbacks reach it through `LineEditor.current`.
final class LineEditor {
    nonisolated(unsafe) static var current: LineEditor?
    static var defaultHistoryPath: String {
        (ProcessInfo.processInfo.environment["HOME"] ?? ".") + "/.dossier_history"
    }

    let historyPath: String
    let engine: ReplEngine
    private var matches: [String] = []
    private var matchIndex = 0

    init(historyPath: String, engine: ReplEngine) {
        self.historyPath = historyPath
        self.engine = engine
        LineEditor.current = self
        rl_readline_name = UnsafePointer(strdup("dossier"))
        // '.' and ':' stay inside words so "e:ev" completes as one word.
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n\"\\'`><=;+-*/%^~#{}()[],"))
        rl_completer_quote_characters = UnsafePointer(strdup("\"'"))
        rl_attempted_completion_function = attemptedCompletion
        // Ctrl-C is ours: readline's own SIGINT handling only acts when its read is interrupted,
        // so a ^C that lands while it redraws would be lost. Our getc checks the flag before every
        // read instead.
        rl_catch_signals = 0
        rl_getc_function = readCharacter
        luashim_interrupt_install()
        using_history()
        stifle_history(2000)
        _ = read_history(historyPath)
    }

    /// A line, or nil at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        luashim_interrupt_clear()
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// True (once) when Ctrl-C was pressed while reading the last line.
    func takeInterrupt() -> Bool {
        let pending = luashim_interrupt_pending() != 0
        luashim_interrupt_clear()
        return pending
    }

    func addHistory(_ entry: String) {
        // One history entry per chunk: lines joined, so Up recalls the whole chunk.
        let flat = entry.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        guard !flat.isEmpty else { return }
        if let last = history_get(history_length + history_base - 1), String(cString: last.pointee.line) == flat {
            return
        }
        add_history(flat)
        // Append as we go, so a crash or kill keeps the session's history.
        if append_history(1, historyPath) != 0 {
            _ = write_history(historyPath)
        }
    }

    func close() {
        _ = history_truncate_file(historyPath, 2000)
        LineEditor.current = nil
    }

    fileprivate func complete(text: String, start: Int, end: Int) -> [String] {
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        let all = Completion.candidates(engine.runtime, line: line, cursor: end)
        // Candidates replace the whole dotted word; readline's word is only what follows the last
        // break character, which is the same here since '.' and ':' do not break words.
        return all.filter { $0.hasPrefix(text) }
    }

    fileprivate func generator(_ text: String, _ state: Int32) -> String? {
        guard matchIndex < matches.count else { return nil }
        defer { matchIndex += 1 }
        return matches[matchIndex]
    }

    fileprivate func prepare(_ text: String, start: Int32, end: Int32) {
        matches = complete(text: text, start: Int(start), end: Int(end))
        matchIndex = 0
    }
}

private func attemptedCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    rl_completion_append_character = 0
    let word = text.map { String(cString: $0) } ?? ""
    LineEditor.current?.prepare(word, start: start, end: end)
    return rl_completion_matches(text, completionGenerator)
}

private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let next = LineEditor.current?.generator(text.map { String(cString: $0) } ?? "", state) else { return nil }
    return strdup(next)
}

/// Reads one key for readline; a Ctrl-C that arrived since the last key clears the line (and an
/// unfinished chunk) and starts afresh at the primary prompt.
private func readCharacter(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let fd = stream.map { fileno($0) } ?? 0
    while true {
        if luashim_interrupt_pending() != 0 {
            luashim_interrupt_clear()
            LineEditor.current?.engine.reset()
            rl_replace_line("", 0)
            rl_set_prompt("> ")
            StandardStreams.writeOutput("^C")
            rl_crlf()
            rl_on_new_line()
            rl_redisplay()
        }
        var c: UInt8 = 0
        let n = read(fd, &c, 1)
        if n == 1 { return Int32(c) }
        if n == 0 { return EOF }
        if errno != EINTR { return EOF }
    }
}
