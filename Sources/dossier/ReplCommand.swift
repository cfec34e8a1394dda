import ArgumentParser
import DossierCore
import DossierLua
import Foundation

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "The Lua REPL over the corpus (the default command).",
        discussion: "With -e, runs the chunks and exits; with input that is not a terminal, runs the input as a script."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .customShort("e"), help: ArgumentHelp("Run a chunk of Lua (may be repeated).", valueName: "CHUNK"))
    var chunks: [String] = []

    @Flag(name: .customShort("i"), help: "Open the REPL after running the -e chunks.")
    var interactive = false

    func run() throws {
        let store = try corpus.openStore()
        let runtime = LuaRuntime(store: store)
        runtime.isTerminal = StandardStreams.isTerminal(1)
        for chunk in chunks {
            try ScriptRunner.runChunk(runtime, chunk, name: "=(command line)")
        }
        if !chunks.isEmpty && !interactive { return }
        if !StandardStreams.isTerminal(0) {
            // Piped input is a script, as with lua: no prompt, no readline, errors end the run.
            if let error = runtime.runScript(path: "stdin", args: [], code: ScriptRunner.readAllStandardInput()) {
                StandardStreams.writeError("dossier: \(error)\n")
                throw ExitStatus.scriptError
            }
            return
        }
        try InteractiveSession(runtime: runtime, corpusLabel: corpus.db ?? corpus.corpus ?? "seeds").run()
    }
}
