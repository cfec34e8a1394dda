import ArgumentParser
import DossierCore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles and what is extracted from them in a database.",
        discussion: """
            Files already stored with the same content are skipped; a changed file replaces its
            articles. Progress shows on a terminal; a summary ends the run. Exit status 1 when a
            file failed.
            """)

    @Option(name: .long, help: ArgumentHelp("The database to store into (created if missing).", valueName: "FILE"))
    var db: String

    @Option(name: .long, help: ArgumentHelp("JSON field names: text=body,date=published,…", valueName: "MAP"))
    var map: String?

    @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "PATHS"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give the files or folders to ingest") }
        if let map {
            do { _ = try ReaderOptions.fieldMap(parsing: map) } catch { throw ValidationError("--map: \(error)") }
        }
    }

    func run() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw DossierError("\(path): no such file or folder")
        }
        let store = try Store.open(path: db, create: true)
        let files = ReaderRegistry.files(in: paths)
        let progress = ProgressLine(enabled: StandardStreams.isTerminal(2))
        let options = ReaderOptions(fieldMap: try map.map { try ReaderOptions.fieldMap(parsing: $0) } ?? [:])
        let summary = Ingestor(store: store, load: Loaders.standard(options: options)).ingest(files: files) { progress.update($0) }
        progress.finish()
        for w in summary.warnings { StandardStreams.writeError("dossier: \(w.file): \(w.message)\n") }
        for f in summary.failedFiles { StandardStreams.writeError("dossier: \(f.file): failed: \(f.reason)\n") }
        var text = "\(summary.newFiles) new, \(summary.unchangedFiles) unchanged, \(summary.replacedFiles) replaced, "
        text += "\(summary.failedFiles.count) failed; \(summary.articles) articles stored (\(summary.duplicates) duplicate)"
        text += String(format: " in %.1f s", summary.seconds)
        if summary.newFiles == 0 && summary.replacedFiles == 0 && summary.failedFiles.isEmpty {
            text += "; nothing new"
        }
        StandardStreams.writeOutput(text + "\n")
        if !summary.failedFiles.isEmpty { throw ExitStatus.scriptError }
    }
}
