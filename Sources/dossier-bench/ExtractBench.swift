// dossier-bench extract [--repeat N] [--several] FILES|DIR…: times Pipeline.analyze on one thread
// over the given texts (read into memory first) and prints words/s and MB/s. Words are counted
// as spaCy's peer script counts them (runs of non-space), so the figures compare directly.
import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

enum ExtractBench {
    static func run(_ args: [String]) throws {
        var repeats = 1
        var several = false
        var paths: [String] = []
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--repeat":
                i += 1
                repeats = max(1, Int(args[i]) ?? 1)
            case "--several": several = true
            default: paths.append(args[i])
            }
            i += 1
        }
        if paths.isEmpty { paths = ["seeds"] }
        var texts: [(String, String)] = []
        for p in paths { texts += try readAll(p) }
        guard !texts.isEmpty else {
            StandardStreams.writeError("dossier-bench extract: no .txt files\n")
            exit(2)
        }
        var words = 0
        var bytes = 0
        for (_, t) in texts {
            words += countWords(t)
            bytes += t.utf8.count
        }
        let docs = texts.map {
            SourceDocument(file: $0.0, metadata: Article(file: $0.0, text: $0.1), mayHoldSeveral: several)
        }
        let pipeline = Pipeline()
        // Warm-up: builds the gazetteer (timed apart) and touches the code.
        let t0 = now()
        _ = pipeline.analyze(docs[0])
        let warm = now() - t0
        var entities = 0
        var events = 0
        var quotes = 0
        let start = now()
        let cpuStart = cpu()
        for _ in 0..<repeats {
            for d in docs {
                for a in pipeline.analyze(d) {
                    entities += a.entities.count
                    events += a.events.count
                    quotes += a.quotes.count
                }
            }
        }
        let seconds = now() - start
        let cpuSeconds = cpu() - cpuStart
        let w = Double(words * repeats)
        let mb = Double(bytes * repeats) / 1e6
        print(
            "dossier: files=\(texts.count) words=\(words) bytes=\(bytes) repeat=\(repeats) seconds=\(fmt(seconds)) "
                + "words_per_s=\(Int(w / seconds)) mb_per_s=\(fmt(mb / seconds)) cpu_seconds=\(fmt(cpuSeconds)) "
                + "words_per_cpu_s=\(Int(w / cpuSeconds)) warmup_seconds=\(fmt(warm)) "
                + "entities=\(entities / repeats) events=\(events / repeats) quotes=\(quotes / repeats)")
    }

    static func readAll(_ path: String) throws -> [(String, String)] {
        var st = stat()
        guard stat(path, &st) == 0 else { throw ExtractBenchError("no such file or directory: \(path)") }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            guard let dir = opendir(path) else { throw ExtractBenchError("cannot open \(path)") }
            defer { closedir(dir) }
            var names: [String] = []
            while let e = readdir(dir) {
                let name = withUnsafePointer(to: e.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasSuffix(".txt") { names.append(name) }
            }
            return try names.sorted().flatMap { try readAll(path + "/" + $0) }
        }
        guard let f = fopen(path, "rb") else { throw ExtractBenchError("cannot open \(path)") }
        defer { fclose(f) }
        var data: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            data += buf[0..<n]
        }
        return [(path, String(decoding: data, as: UTF8.self))]
    }

    /// Runs of non-white-space, as Python's str.split() counts them (ASCII white space and the
    /// no-break space are enough for news text).
    static func countWords(_ s: String) -> Int {
        var n = 0
        var inWord = false
        var prev: UInt8 = 0
        for b in s.utf8 {
            let space = b == 32 || (b >= 9 && b <= 13) || (prev == 0xC2 && b == 0xA0)
            if space {
                if inWord && !(prev == 0xC2 && b == 0xA0) { n += 1 }
                inWord = false
            } else if !(b == 0xC2) {
                inWord = true
            }
            prev = b
        }
        return inWord ? n + 1 : n
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func cpu() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func fmt(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        return "\(v)"
    }
}

struct ExtractBenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
