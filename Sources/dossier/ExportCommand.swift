import ArgumentParser
import DossierCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export articles with their entities, events and quotes.",
        discussion: """
            Reads PATHS (files or folders) into memory, or the database given with --db (PATHS then
            select files of it), and writes one JSON object per article.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @Option(help: "Output format.")
    var format: Format = .jsonl

    @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Export from this database.", valueName: "FILE"))
    var db: String?

    @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "PATHS"))
    var paths: [String] = []

    func validate() throws {
        if db == nil && paths.isEmpty {
            throw ValidationError("give the files or folders to export, or --db FILE")
        }
    }

    func run() throws {
        let store: Store
        var selection: [String]?
        if let db {
            store = try Store.open(path: db, create: false)
            selection = paths.isEmpty ? nil : ReaderRegistry.files(in: paths)
        } else {
            store = try Store.inMemory()
            for path in paths where !FileManager.default.fileExists(atPath: path) {
                throw DossierError("\(path): no such file or folder")
            }
            let summary = Ingestor(store: store, load: Loaders.standard()).ingest(
                files: ReaderRegistry.files(in: paths))
            for w in summary.warnings { StandardStreams.writeError("dossier: \(w.file): \(w.message)\n") }
            for f in summary.failedFiles { StandardStreams.writeError("dossier: \(f.file): \(f.reason)\n") }
        }
        let sink = try OutputFile(path: out)
        try JSONLExport.write(store: store, files: selection) { line in try sink.write(line + "\n") }
        try sink.finish()
    }
}
