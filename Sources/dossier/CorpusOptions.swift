import ArgumentParser
import DossierCore
import Foundation

/// Where the corpus comes from: a database made by `dossier ingest`, or a folder of articles
/// read into memory at start.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder (or file) of articles to read into memory.", valueName: "PATH"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("A database made by `dossier ingest`.", valueName: "FILE"))
    var db: String?

    func validate() throws {
        if corpus != nil && db != nil {
            throw ValidationError("give --corpus or --db, not both")
        }
    }

    /// Opens the store. Problems with single files are warnings on stderr; the rest loads.
    func openStore() throws -> Store {
        if let db {
            return try Store.open(path: db, create: false)
        }
        let store = try Store.inMemory()
        let path = corpus ?? "seeds"
        guard FileManager.default.fileExists(atPath: path) else {
            if corpus != nil { throw DossierError("\(path): no such file or folder") }
            StandardStreams.writeError("dossier: no corpus at ./seeds (use --corpus PATH or --db FILE); the corpus is empty\n")
            return store
        }
        let files = ReaderRegistry.files(in: [path])
        let summary = Ingestor(store: store, load: Loaders.standard()).ingest(files: files)
        for w in summary.warnings { StandardStreams.writeError("dossier: \(w.file): \(w.message)\n") }
        for f in summary.failedFiles { StandardStreams.writeError("dossier: \(f.file): \(f.reason)\n") }
        return store
    }
}
