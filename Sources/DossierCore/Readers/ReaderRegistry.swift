import Synchronization

/// What reading one file gave: its documents, what was wrong with it, and, when nothing could be
/// read, why. Problems and the fatal reason are sentences without the file name, which the caller
/// puts in front ("reut2-017.sgm: invalid UTF-8 at byte 1519554 (line 35578), replaced").
public struct FileReadResult: Sendable {
    public var file: String
    /// The format read ("reuters", "jsonl", …); nil when none was detected.
    public var format: String?
    /// "UTF-8", "Windows-1252", "UTF-16LE", "UTF-16BE"; nil when the bytes were never decoded.
    public var encoding: String?
    public var gzipped = false
    /// The documents, unless they were handed to a callback as they came (`read(path:options:each:)`).
    public var documents: [SourceDocument] = []
    /// How many documents were read, whether kept here or handed on.
    public var documentCount = 0
    /// Records skipped, bytes replaced, texts cut: the file was read, with these caveats.
    public var problems: [String] = []
    /// Set when no document could be read: "empty file", "binary file, skipped", …
    public var fatal: String?
    /// Bytes read from disk, and bytes of content after gunzip (for MB/s).
    public var fileBytes = 0
    public var contentBytes = 0

    public init(file: String) {
        self.file = file
    }
}

/// Chooses a reader for each file and runs it: decompression, binary detection, decoding to UTF-8,
/// format detection, reading, all without throwing for bad input. Built-in readers cover text,
/// Markdown, JSON Lines, JSON, RSS, Atom, Reuters and TREC SGML; "html" comes from another module
/// and is registered by format; users' readers (from Lua) register with a matcher and win over the
/// built-ins for the files they match.
public final class ReaderRegistry: Sendable {
    public static let standard = ReaderRegistry()

    private struct Custom: Sendable {
        let reader: any DocumentReader
        let matches: @Sendable (String, [UInt8]) -> Bool
    }

    private struct State: Sendable {
        var byFormat: [String: any DocumentReader] = [:]
        var custom: [Custom] = []
    }

    private let state: Mutex<State>

    /// How much of a file is looked at to choose its encoding and format.
    static let sniffBytes = 1 << 20

    public init() {
        var s = State()
        let builtIns: [any DocumentReader] = [
            PlainTextReader(), MarkdownReader(), JSONLinesReader(), JSONDocumentReader(), FeedReader(format: "rss"),
            FeedReader(format: "atom"), ReutersReader(), TRECReader(), HTMLReader(),
        ]
        for r in builtIns { s.byFormat[r.format] = r }
        state = Mutex(s)
    }

    /// Makes `reader` the one for its format, replacing a built-in of that name (the HTML reader
    /// registers as "html").
    public func register(_ reader: some DocumentReader) {
        state.withLock { $0.byFormat[reader.format] = reader }
    }

    /// Adds a reader for files that `matches(file, head)` accepts, where `head` is the start of
    /// the file as UTF-8 (up to 1 MB, after gunzip). Tried before the built-ins, the latest first.
    public func register(_ reader: some DocumentReader, matches: @escaping @Sendable (String, [UInt8]) -> Bool) {
        state.withLock {
            $0.custom.append(Custom(reader: reader, matches: matches))
            if $0.byFormat[reader.format] == nil { $0.byFormat[reader.format] = reader }
        }
    }

    /// The formats that have a reader, sorted.
    public var formats: [String] { state.withLock { $0.byFormat.keys.sorted() } }

    public func reader(forFormat format: String) -> (any DocumentReader)? {
        state.withLock { $0.byFormat[format] }
    }

    /// The reader for a file with this name and content (the start of it is enough), or nil.
    public func reader(for file: String, bytes: [UInt8]) -> (any DocumentReader)? {
        if let custom = customReader(for: file, head: bytes) { return custom }
        guard case let .format(f) = FormatSniffer.detect(file: file, head: bytes[...]) else { return nil }
        return reader(forFormat: f)
    }

    private func customReader(for file: String, head: [UInt8]) -> (any DocumentReader)? {
        let customs = state.withLock { $0.custom }
        return customs.reversed().first { $0.matches(file, head) }?.reader
    }

    /// Reads the file at `path`. Never throws: `fatal` says why a file gave nothing.
    public func read(path: String, options: ReaderOptions = ReaderOptions()) -> FileReadResult {
        var documents: [SourceDocument] = []
        var result = read(path: path, options: options) { documents.append($0) }
        result.documents = documents
        return result
    }

    /// Reads the file at `path`, handing each document to `each` as soon as it is read, so a
    /// large file never sits in memory whole. An error thrown by `each` stops the read and is
    /// rethrown (to stop on Ctrl-C, say). The result's `documents` stays empty.
    public func read<E: Error>(
        path: String, options: ReaderOptions = ReaderOptions(), each: (SourceDocument) throws(E) -> Void
    ) throws(E) -> FileReadResult {
        var result = FileReadResult(file: path)
        let source: ContentSource
        let input: FileInput
        do throws(ReaderError) {
            input = try FileInput(path: path)
            source = try ContentSource(file: input, maxInflated: options.maxInflatedBytes)
        } catch {
            result.fatal = error.message
            return result
        }
        result = try run(source, file: path, options: options, result: result, each: each)
        result.fileBytes = input.bytesRead
        return result
    }

    /// Reads bytes already in memory (standard input, a test) as if they were the file `file`.
    public func read(bytes: [UInt8], file: String, options: ReaderOptions = ReaderOptions()) -> FileReadResult {
        var documents: [SourceDocument] = []
        var result = FileReadResult(file: file)
        result.fileBytes = bytes.count
        result = run(
            ContentSource(bytes: bytes, maxInflated: options.maxInflatedBytes), file: file, options: options,
            result: result
        ) {
            documents.append($0)
        }
        result.documents = documents
        return result
    }

    private func run<E: Error>(
        _ source: ContentSource, file: String, options: ReaderOptions, result initial: FileReadResult,
        each: (SourceDocument) throws(E) -> Void
    ) throws(E) -> FileReadResult {
        var result = initial
        var source = source
        var sourceError: ReaderError?
        var ended = false
        var hiddenProblems = 0

        func pull() -> [UInt8]? {
            guard !ended, sourceError == nil else { return nil }
            do throws(ReaderError) {
                guard let piece = try source.next() else {
                    ended = true
                    return nil
                }
                result.contentBytes += piece.count
                return piece
            } catch {
                sourceError = error
                return nil
            }
        }
        func note(_ problems: [String]) {
            for p in problems {
                if result.problems.count < options.maxProblems {
                    result.problems.append(p)
                } else {
                    hiddenProblems += 1
                }
            }
        }
        func deliver(_ r: inout ReaderResult) throws(E) {
            note(r.problems)
            r.problems.removeAll()
            for doc in r.documents {
                result.documentCount += 1
                try each(doc)
            }
            r.documents.removeAll()
        }
        func finishProblems(decoder: StreamingTextDecoder?) {
            if let p = decoder?.problem { result.problems.insert(p, at: 0) }
            if let at = source.trailingGarbageAt {
                result.problems.append("data after the end of the gzip stream at byte \(at) ignored")
            }
            if let sourceError {
                if result.documentCount > 0 {
                    result.problems.append(
                        "\(sourceError.message); kept the \(result.documentCount) article\(result.documentCount == 1 ? "" : "s") before it"
                    )
                } else if result.fatal == nil {
                    result.fatal = sourceError.message
                }
            }
            if hiddenProblems > 0 {
                result.problems.append(
                    "… and \(hiddenProblems) more problem\(hiddenProblems == 1 ? "" : "s") like these")
            }
            if result.documentCount == 0 && result.fatal == nil {
                result.fatal =
                    result.problems.isEmpty
                    ? "no articles found" : "no articles found (\(result.problems.count + hiddenProblems) problems)"
            }
        }

        // The head: enough to choose the encoding and the format.
        var head: [UInt8] = []
        while head.count < Self.sniffBytes, let piece = pull() { head += piece }
        result.gzipped = source.isGzip
        if head.isEmpty {
            result.fatal = sourceError?.message ?? (source.isGzip ? "empty file (after gunzip)" : "empty file")
            return result
        }

        let guess = EncodingSniffer.guess(
            head[...], declared: EncodingSniffer.declaredCharset(head[...]), sampleIsWhole: ended)
        if let binary = guess.binary {
            result.fatal = binary
            return result
        }
        result.encoding = guess.encoding.rawValue
        if let note = guess.note { result.problems.append(note) }
        var decoder = StreamingTextDecoder(encoding: guess.encoding, bomLength: guess.bomLength)
        let decodedHead = decoder.decode(head[...], final: ended)

        // The reader: a user's that claims the file, else the one for the forced or detected format.
        let reader: any DocumentReader
        if let forced = options.format {
            guard let r = self.reader(forFormat: forced) else {
                result.fatal = "unknown format '\(forced)' (formats: \(formats.joined(separator: ", ")))"
                return result
            }
            reader = r
            result.format = forced
        } else if let custom = customReader(for: file, head: decodedHead) {
            reader = custom
            result.format = custom.format
        } else {
            switch FormatSniffer.detect(file: file, head: decodedHead[...]) {
            case let .unknown(why):
                result.fatal = why
                return result
            case let .format(f):
                result.format = f
                guard let r = self.reader(forFormat: f) else {
                    result.fatal = "no reader for \(f) yet"
                    return result
                }
                reader = r
            }
        }

        var partial = ReaderResult(documents: [])
        if let streaming = reader as? any StreamingDocumentReader {
            var stream = streaming.makeStream(file: file, options: options)
            stream.feed(decodedHead[...], into: &partial)
            try deliver(&partial)
            while let piece = pull() {
                stream.feed(decoder.decode(piece[...])[...], into: &partial)
                try deliver(&partial)
            }
            let tail = decoder.decode([], final: true)
            if !tail.isEmpty { stream.feed(tail[...], into: &partial) }
            stream.finish(into: &partial)
            try deliver(&partial)
        } else {
            var all = decodedHead
            while let piece = pull() {
                all += decoder.decode(piece[...])
                if all.count > options.maxInMemoryBytes {
                    result.fatal =
                        "over \(formatBytes(options.maxInMemoryBytes)), the most read whole for \(reader.format); skipped"
                    finishProblems(decoder: decoder)
                    return result
                }
            }
            all += decoder.decode([], final: true)
            if let sourceError {
                // A whole-file format cut short is not worth guessing at.
                result.fatal = sourceError.message
                finishProblems(decoder: decoder)
                return result
            }
            do {
                partial = try reader.read(all, file: file, options: options)
            } catch let error as ReaderError {
                result.fatal = error.message
            } catch {
                result.fatal = "\(error)"
            }
            try deliver(&partial)
        }
        finishProblems(decoder: decoder)
        return result
    }
}
