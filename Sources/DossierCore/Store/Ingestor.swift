import Foundation
import GRDB

/// What reading one file gave: its documents, the problems met on the way, and, when it gave
/// nothing, why.
public struct LoadedFile: Sendable {
    public var format: String?
    public var documents: [SourceDocument]
    public var problems: [String]
    public var failure: String?

    public init(format: String?, documents: [SourceDocument], problems: [String] = [], failure: String? = nil) {
        self.format = format
        self.documents = documents
        self.problems = problems
        self.failure = failure
    }
}

/// Turns file bytes into documents; the readers provide it.
public typealias FileLoader = @Sendable (_ path: String, _ bytes: [UInt8]) -> LoadedFile

/// Progress of an ingest, reported after every file.
public struct IngestProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var articles: Int
    public var seconds: Double
    public var currentFile: String
}

/// What an ingest did, file by file and in total.
public struct IngestSummary: Sendable {
    public var newFiles = 0
    public var unchangedFiles = 0
    public var replacedFiles = 0
    public var failedFiles: [(file: String, reason: String)] = []
    public var warnings: [(file: String, message: String)] = []
    public var articles = 0
    public var duplicates = 0
    public var bytes = 0
    public var seconds = 0.0

    public init() {}

    /// "3 new, 1 unchanged, 0 replaced, 2 duplicate articles, 1 failed"
    public var line: String {
        "\(newFiles) new, \(unchangedFiles) unchanged, \(replacedFiles) replaced, \(articles) articles stored "
            + "(\(duplicates) duplicate), \(failedFiles.count) failed"
    }
}

/// Reads files, runs the pipeline on them and stores the result, one transaction per file: an
/// interrupted ingest (even kill -9) leaves every file either fully stored or not at all.
public final class Ingestor {
    private let store: Store
    private let pipeline: Pipeline
    private let load: FileLoader

    public init(store: Store, pipeline: Pipeline = Pipeline(), load: @escaping FileLoader) {
        self.store = store
        self.pipeline = pipeline
        self.load = load
    }

    /// Ingests `files` (already expanded from folders) in order.
    public func ingest(files: [String], progress: ((IngestProgress) -> Void)? = nil) -> IngestSummary {
        var summary = IngestSummary()
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let bytesTotal = sizes.reduce(0, +)
        for (index, path) in files.enumerated() {
            ingestOne(path: path, into: &summary)
            summary.bytes += sizes[index]
            progress?(
                IngestProgress(
                    filesDone: index + 1, filesTotal: files.count, bytesDone: summary.bytes, bytesTotal: bytesTotal,
                    articles: summary.articles, seconds: elapsed(), currentFile: path))
        }
        summary.seconds = elapsed()
        return summary
    }

    private func ingestOne(path: String, into summary: inout IngestSummary) {
        let bytes: [UInt8]
        let mtime: Double
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            guard let data = FileManager.default.contents(atPath: path) else {
                summary.failedFiles.append((path, "cannot read the file"))
                return
            }
            bytes = [UInt8](data)
        } catch {
            summary.failedFiles.append((path, "cannot read the file: \(error.localizedDescription)"))
            return
        }
        let hash = Hashing.contentHash(bytes)
        do {
            let stored = try store.read { db in try CorpusWriter(db: db, pipeline: pipeline).storedFile(path: path) }
            if let stored, stored.hash == hash {
                if stored.mtime != mtime {
                    try store.write { db in try CorpusWriter(db: db, pipeline: pipeline).touchFile(id: stored.id, mtime: mtime) }
                }
                summary.unchangedFiles += 1
                return
            }
            let loaded = load(path, bytes)
            for p in loaded.problems { summary.warnings.append((path, p)) }
            if let failure = loaded.failure, loaded.documents.isEmpty {
                summary.failedFiles.append((path, failure))
                return
            }
            let analyses = loaded.documents.flatMap { pipeline.analyze($0) }
            let info = CorpusWriter.FileInfo(
                path: path, size: bytes.count, mtime: mtime, hash: hash, format: loaded.format, problems: loaded.problems)
            let outcome = try store.write { db in
                try CorpusWriter(db: db, pipeline: pipeline).storeFile(info, analyses: analyses)
            }
            if stored == nil { summary.newFiles += 1 } else { summary.replacedFiles += 1 }
            summary.articles += outcome.articles
            summary.duplicates += outcome.duplicates
        } catch {
            summary.failedFiles.append((path, "database: \(error)"))
        }
    }
}
