import Foundation
import GRDB
import Synchronization

/// What reading one file gave, beside the documents handed on one by one: the format, the
/// problems met on the way, and, when it gave nothing, why.
public struct LoadedFile: Sendable {
    public var format: String?
    public var problems: [String]
    public var failure: String?

    public init(format: String?, problems: [String] = [], failure: String? = nil) {
        self.format = format
        self.problems = problems
        self.failure = failure
    }
}

/// Reads the file at `path`, handing each document to `each` as soon as it is read. Called on the
/// thread that called `Ingestor.ingest`, one file at a time (a reader written in Lua needs that).
public typealias FileLoader = (_ path: String, _ each: (SourceDocument) -> Void) -> LoadedFile

/// Progress of an ingest: after every file, and every few articles inside a large one.
public struct IngestProgress: Sendable {
    public var filesDone = 0
    public var filesTotal = 0
    /// Bytes of the files done, plus an estimate for the file being stored (its text so far).
    public var bytesDone = 0
    public var bytesTotal = 0
    public var articles = 0
    public var seconds = 0.0
    public var currentFile = ""
}

/// What an ingest did, file by file and in total.
public struct IngestSummary: Sendable {
    public var newFiles = 0
    public var unchangedFiles = 0
    public var replacedFiles = 0
    public var failedFiles: [(file: String, reason: String)] = [] {
        didSet {
            if let last = failedFiles.last, failedFiles.count > oldValue.count {
                messages.append((last.file, last.reason, true))
            }
        }
    }
    public var warnings: [(file: String, message: String)] = [] {
        didSet {
            if let last = warnings.last, warnings.count > oldValue.count {
                messages.append((last.file, last.message, false))
            }
        }
    }
    /// Failures and warnings together, in file order, as a user reads them.
    public private(set) var messages: [(file: String, text: String, failed: Bool)] = []
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
///
/// Three kinds of thread share the work: the caller's reads files and hands documents on (a
/// reader written in Lua must run there), `workers` threads analyze documents, and one thread
/// writes to SQLite, taking the analyses in reading order. What is in flight between them is
/// bounded, so memory does not grow with the corpus or with a single large file.
public final class Ingestor {
    private let store: Store
    private let pipeline: Pipeline
    private let load: FileLoader
    /// Analysis threads; the writer and the reader run beside them.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Text (in bytes) read but not yet stored, at most.
    public var maxInFlightBytes = 8 << 20

    public init(store: Store, pipeline: Pipeline = Pipeline(), load: @escaping FileLoader) {
        self.store = store
        self.pipeline = pipeline
        self.load = load
    }

    /// Ingests `files` (already expanded from folders) in order. `progress` is called on the
    /// calling thread, about ten times a second at most.
    public func ingest(files: [String], progress: ((IngestProgress) -> Void)? = nil) -> IngestSummary {
        let clock = IngestClock()
        // Read before the writer takes the database: an in-memory store has a single connection.
        let stored: [String: StoredFile]
        let storedByHash: [String: [(id: Int64, path: String)]]
        do {
            (stored, storedByHash) = try store.read { db in
                let stored = try StoredFile.fetch(db, paths: files)
                // Only a file not stored under its own path can be one that moved.
                let byHash = stored.count < files.count ? try StoredFile.byHash(db) : [:]
                return (stored, byHash)
            }
        } catch {
            var summary = IngestSummary()
            summary.failedFiles = files.map { ($0, "database: \(error)") }
            return summary
        }
        let fingerprints = files.map { path -> Result<FileFingerprint, ReaderError> in
            do throws(ReaderError) { return .success(try FileFingerprint.of(path)) } catch { return .failure(error) }
        }
        let shared = IngestShared(
            filesTotal: files.count, bytesTotal: fingerprints.reduce(0) { $0 + ((try? $1.get().size) ?? 0) })

        let toWriter = IngestChannel<WriteItem>(maxCost: maxInFlightBytes)
        let toWorkers = IngestChannel<(SourceDocument, AnalysisSlot)>()
        let pipeline = self.pipeline
        var threads: [Thread] = []
        for _ in 0..<workers {
            threads.append(
                Thread {
                    while let job = toWorkers.receive() {
                        job.1.fill(PreparedArticle.prepare(job.0, pipeline: pipeline))
                    }
                })
        }
        let store = self.store
        let writerDone = DispatchSemaphore(value: 0)
        let result = Mutex<IngestSummary?>(nil)
        threads.append(
            Thread {
                let summary = IngestWriter.run(store: store, pipeline: pipeline, items: toWriter, shared: shared)
                result.withLock { $0 = summary }
                writerDone.signal()
            })
        for t in threads {
            // The pipeline recurses over sentences and clauses; give it room.
            t.stackSize = 16 << 20
            t.start()
        }

        func tick() {
            guard let progress, clock.due() else { return }
            progress(shared.snapshot(seconds: clock.seconds))
        }
        var movedRows = Set<Int64>()
        for (index, path) in files.enumerated() {
            let fingerprint: FileFingerprint
            switch fingerprints[index] {
            case let .failure(error):
                toWriter.send(.failed(path: path, size: 0, reason: error.message), waiting: tick)
                continue
            case let .success(f): fingerprint = f
            }
            let old = stored[path]
            // Same size and time: unchanged, without reading a byte. Otherwise the hash decides.
            if let old, old.size == fingerprint.size, old.mtime == fingerprint.mtime {
                toWriter.send(.unchanged(path: path, size: fingerprint.size, touch: nil), waiting: tick)
                continue
            }
            let hash: String
            do throws(ReaderError) {
                hash = try FileFingerprint.contentHash(path)
            } catch {
                toWriter.send(.failed(path: path, size: fingerprint.size, reason: error.message), waiting: tick)
                continue
            }
            if let old, old.hash == hash {
                toWriter.send(
                    .unchanged(path: path, size: fingerprint.size, touch: .init(id: old.id, mtime: fingerprint.mtime)),
                    waiting: tick)
                continue
            }
            // The same content stored under a path that is gone: the file was moved or renamed,
            // and its articles stay as they are. A copy whose original is still there is ingested:
            // its articles are stored as duplicates of the first.
            if old == nil,
                let moved = storedByHash[hash]?.first(where: {
                    !movedRows.contains($0.id) && !FileManager.default.fileExists(atPath: $0.path)
                })
            {
                // A row takes one new path: a second copy of a moved file is a file of its own.
                movedRows.insert(moved.id)
                let touch = IngestTouch(id: moved.id, mtime: fingerprint.mtime, movedFrom: moved.path, path: path)
                toWriter.send(.unchanged(path: path, size: fingerprint.size, touch: touch), waiting: tick)
                continue
            }
            toWriter.send(
                .begin(path: path, size: fingerprint.size, mtime: fingerprint.mtime, hash: hash), waiting: tick)
            let loaded = load(path) { document in
                let slot = AnalysisSlot()
                let bytes = document.metadata.text.utf8.count
                // A small fixed part per document, so many tiny ones are bounded too.
                toWriter.send(.analysis(slot, textBytes: bytes), cost: bytes + 2048, waiting: tick)
                toWorkers.send((document, slot))
            }
            toWriter.send(
                .end(format: loaded.format, problems: loaded.problems, failure: loaded.failure), waiting: tick)
            tick()
        }
        toWriter.close()
        toWorkers.close()
        while writerDone.wait(timeout: .now() + .milliseconds(100)) == .timedOut { tick() }
        var summary = result.withLock { $0 } ?? IngestSummary()
        summary.seconds = clock.seconds
        progress?(shared.snapshot(seconds: summary.seconds))
        return summary
    }
}

/// Monotonic seconds since the ingest began, and a tenth-of-a-second pace for progress.
private final class IngestClock {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastTick: UInt64 = 0

    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    func due() -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastTick >= 100_000_000 else { return false }
        lastTick = now
        return true
    }
}

/// The row of a file stored earlier.
struct StoredFile {
    var id: Int64
    var size: Int
    var mtime: Double
    var hash: String

    static func fetch(_ db: Database, paths: [String]) throws -> [String: StoredFile] {
        var out: [String: StoredFile] = [:]
        let statement = try db.cachedStatement(sql: "SELECT id, size, mtime, hash FROM file WHERE path = ?")
        for path in paths {
            if let row = try Row.fetchOne(statement, arguments: [path]) {
                out[path] = StoredFile(id: row[0], size: row[1], mtime: row[2], hash: row[3])
            }
        }
        return out
    }

    /// Every stored file's id and path by content hash.
    static func byHash(_ db: Database) throws -> [String: [(id: Int64, path: String)]] {
        var out: [String: [(id: Int64, path: String)]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, hash FROM file")
        while let row = try rows.next() {
            out[row[2], default: []].append((row[0], row[1]))
        }
        return out
    }
}

/// A stored file found unchanged whose row needs updating: a new modification time, and for a
/// file that moved, its new path.
struct IngestTouch: Sendable {
    var id: Int64
    var mtime: Double
    var movedFrom: String? = nil
    var path: String? = nil
}

/// What the reading thread tells the writer, in file order.
enum WriteItem: Sendable {
    case unchanged(path: String, size: Int, touch: IngestTouch?)
    case failed(path: String, size: Int, reason: String)
    case begin(path: String, size: Int, mtime: Double, hash: String)
    case analysis(AnalysisSlot, textBytes: Int)
    case end(format: String?, problems: [String], failure: String?)
}

/// Progress counters the writer keeps and the reading thread shows.
final class IngestShared: Sendable {
    private let state: Mutex<IngestProgress>

    init(filesTotal: Int, bytesTotal: Int) {
        var p = IngestProgress()
        p.filesTotal = filesTotal
        p.bytesTotal = bytesTotal
        state = Mutex(p)
    }

    func update(_ body: (inout IngestProgress) -> Void) { state.withLock { body(&$0) } }

    func snapshot(seconds: Double) -> IngestProgress {
        var p = state.withLock { $0 }
        p.seconds = seconds
        return p
    }
}
