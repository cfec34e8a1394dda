import ArgumentParser
import DossierCore
import DossierLua

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Lua script over the corpus.",
        discussion: """
            Options come before the script; everything after it is the script's own: arg[0] is the
            script, arg[1…] its arguments (also passed as ...), as with the standalone lua. A script
            named - is read from standard input.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: ArgumentHelp("The Lua script to run.", valueName: "SCRIPT.lua"))
    var script: String

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the script.", valueName: "ARGS"))
    var arguments: [String] = []

    func run() throws {
        let store = try corpus.openStore()
        let runtime = LuaRuntime(store: store)
        runtime.isTerminal = StandardStreams.isTerminal(1)
        try ScriptRunner.runFile(runtime, path: script, args: arguments)
    }
}
