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

    /// Opens the store. Problems with single files are warnings on stderr; the rest loads. A
    /// folder read before (unchanged, by the same program) opens from the cache of
    /// `CorpusCache`; DOSSIER_NO_CACHE=1 reads it afresh.
    func openStore() throws -> Store {
        if let db {
            return try Store.open(path: db, create: false)
        }
        let path = corpus ?? "seeds"
        guard FileManager.default.fileExists(atPath: path) else {
            if corpus != nil { throw DossierError("\(path): no such file or folder") }
            StandardStreams.writeError(
                "dossier: no corpus at ./seeds (use --corpus PATH or --db FILE); the corpus is empty\n")
            return try Store.inMemory()
        }
        let files = ReaderRegistry.files(in: [path])
        let cache = CorpusCache.standard()
        let cachePath = cache?.path(root: path, files: files)
        if let cache, let cachePath, let (store, warnings) = cache.open(cachePath) {
            for w in warnings { StandardStreams.writeError("dossier: \(w)\n") }
            return store
        }
        let store = try Store.inMemory()
        let summary = Ingestor(store: store, load: Loaders.standard()).ingest(files: files)
        let warnings =
            summary.warnings.map { "\($0.file): \($0.message)" }
            + summary.failedFiles.map { "\($0.file): \($0.reason)" }
        for w in warnings { StandardStreams.writeError("dossier: \(w)\n") }
        if let cache, let cachePath { cache.save(store, warnings: warnings, at: cachePath) }
        return store
    }
}
