import DossierCore
import DossierLua
import Foundation
import LuaShim

/// The REPL on a terminal: readline editing, history in ~/.dossier_history, completion, and
/// Ctrl-C handling (at the prompt it clears the line and any unfinished chunk).
final class InteractiveSession {
    let runtime: LuaRuntime
    let engine: ReplEngine
    let corpusLabel: String

    init(runtime: LuaRuntime, corpusLabel: String) {
        self.runtime = runtime
        self.engine = ReplEngine(runtime: runtime)
        self.corpusLabel = corpusLabel
    }

    func run() throws {
        let counts = try runtime.store.counts()
        StandardStreams.writeOutput(
            "Dossier \(DossierVersion.string) — \(counts.articles) articles, \(counts.entities) entities, "
                + "\(counts.events) events, \(counts.quotes) quotes (\(corpusLabel))\n"
                + "help() describes the API, .help the REPL; Ctrl-D leaves.\n")
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath, engine: engine)
        defer { editor.close() }
        while true {
            guard let line = editor.readLine(prompt: engine.prompt) else {
                StandardStreams.writeOutput("\n")
                return
            }
            if editor.takeInterrupt() {
                engine.reset()
                continue
            }
            let wasContinuing = engine.isContinuing
            let chunkSoFar = engine.pendingText
            let result = engine.feed(line)
            if result != .needsMore {
                let entry = wasContinuing ? chunkSoFar + "\n" + line : line
                editor.addHistory(entry)
            }
            if result == .quit { return }
        }
    }
}
