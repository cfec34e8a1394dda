import ArgumentParser
import DossierCore

struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "News articles as people, places, events and quotes, explored in Lua.",
        discussion: """
            With no command, opens the Lua REPL over the corpus (./seeds unless --corpus or --db
            says otherwise); with piped input, runs it as a script.
            """,
        version: DossierVersion.string,
        subcommands: [ReplCommand.self, RunCommand.self, ReportCommand.self, ExportCommand.self, IngestCommand.self],
        defaultSubcommand: ReplCommand.self)
}
