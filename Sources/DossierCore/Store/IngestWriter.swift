import GRDB

/// The writing side of an ingest: one thread, one connection, one transaction per file. It
/// takes what the reading thread sends, in file order, and waits for each document's analyses
/// in turn while the workers run ahead.
enum IngestWriter {
    /// The file being stored: its transaction is open from `.begin` to `.end`.
    private struct Current {
        var path: String
        var size: Int
        var fileID: Int64 = 0
        var replaced = false
        var articles = 0
        var duplicates = 0
        var textBytes = 0
        /// Set when the database refused a write: the rest of the file is skipped.
        var failure: String?
    }

    static func run(store: Store, pipeline: Pipeline, items: IngestChannel<WriteItem>, shared: IngestShared)
        -> IngestSummary
    {
        var summary = IngestSummary()
        do {
            try store.writeWithoutTransaction { db in
                // Checkpoints copy the log into the database and sync it; after every file (the
                // default, at 4 MB of log) they took a fifth of the writer's time.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
                defer { try? db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
                let writer = CorpusWriter(db: db, pipeline: pipeline)
                var current: Current?
                var storedText = 0
                var storedFileBytes = 0
                func fileDone(_ path: String, size: Int) {
                    summary.bytes += size
                    shared.update {
                        $0.filesDone += 1
                        $0.bytesDone = summary.bytes
                        $0.articles = summary.articles
                        $0.currentFile = path
                    }
                }
                func abandon(_ file: inout Current, _ error: any Error) {
                    file.failure = "database: \(error)"
                    if db.isInsideTransaction { try? db.rollback() }
                    writer.discardCaches()
                }
                while let item = items.receive() {
                    switch item {
                    case let .unchanged(path, size, touch):
                        if let touch {
                            do {
                                try writer.touchFile(id: touch.id, mtime: touch.mtime, path: touch.path)
                                if let from = touch.movedFrom {
                                    summary.warnings.append((path, "stored before as \(from) (moved); path updated"))
                                }
                            } catch {
                                summary.warnings.append((path, "database: \(error)"))
                            }
                        }
                        summary.unchangedFiles += 1
                        fileDone(path, size: size)
                    case let .failed(path, size, reason):
                        summary.failedFiles.append((path, reason))
                        fileDone(path, size: size)
                    case let .begin(path, size, mtime, hash):
                        var file = Current(path: path, size: size)
                        shared.update { $0.currentFile = path }
                        do {
                            try db.beginTransaction(.immediate)
                            let begun = try writer.beginFile(path: path, size: size, mtime: mtime, hash: hash)
                            file.fileID = begun.id
                            file.replaced = begun.replaced
                        } catch {
                            abandon(&file, error)
                        }
                        current = file
                    case let .analysis(slot, textBytes):
                        let analyses = slot.take()
                        guard var file = current, file.failure == nil else { continue }
                        do {
                            for var prepared in analyses {
                                // The position in the file, whatever the reader or the segmenter
                                // numbered: a JSON Lines file's records each come as one document
                                // whose articles the pipeline numbers from 0.
                                prepared.analysis.article.ordinal = file.articles
                                if try writer.insert(prepared, fileID: file.fileID) {
                                    file.duplicates += 1
                                }
                                file.articles += 1
                            }
                        } catch {
                            abandon(&file, error)
                        }
                        file.textBytes += textBytes
                        current = file
                        // Bytes of the file behind the text stored so far, by the ratio of the files
                        // stored before (markup and headers make a file larger than its text).
                        let ratio = storedText > 0 ? Double(storedFileBytes) / Double(storedText) : 1
                        let estimate = summary.bytes + min(Int(Double(file.textBytes) * ratio), file.size)
                        let articles = summary.articles + file.articles
                        shared.update {
                            $0.bytesDone = estimate
                            $0.articles = articles
                        }
                    case let .end(format, problems, failure):
                        guard let file = current else { continue }
                        current = nil
                        for p in problems { summary.warnings.append((file.path, p)) }
                        if let reason = file.failure ?? (file.articles == 0 ? failure ?? "no articles found" : nil) {
                            // Nothing of it is kept; a version stored earlier stays as it was.
                            if db.isInsideTransaction { try? db.rollback() }
                            writer.discardCaches()
                            summary.failedFiles.append((file.path, reason))
                        } else {
                            do {
                                try writer.finishFile(
                                    id: file.fileID, articles: file.articles, format: format, problems: problems)
                                try db.commit()
                                if file.replaced { summary.replacedFiles += 1 } else { summary.newFiles += 1 }
                                summary.articles += file.articles
                                summary.duplicates += file.duplicates
                            } catch {
                                try? db.rollback()
                                writer.discardCaches()
                                summary.failedFiles.append((file.path, "database: \(error)"))
                            }
                        }
                        if file.failure == nil && file.textBytes > 0 {
                            storedText += file.textBytes
                            storedFileBytes += file.size
                        }
                        fileDone(file.path, size: file.size)
                    }
                }
                // Statistics for the query planner: without them SQLite may walk a whole index to
                // honour an ORDER BY ("entities{name=…, kind=…}" took a millisecond instead of
                // 0.1). Sampled, so it stays a fraction of a second on a large corpus.
                if summary.newFiles + summary.replacedFiles > 0 {
                    try? db.execute(sql: "PRAGMA analysis_limit = 1000; ANALYZE")
                }
            }
        } catch {
            // The connection itself failed: what is left unread fails with it.
            while let item = items.receive() {
                if case let .begin(path, _, _, _) = item { summary.failedFiles.append((path, "database: \(error)")) }
                if case let .analysis(slot, _) = item { _ = slot.take() }
            }
        }
        return summary
    }
}
