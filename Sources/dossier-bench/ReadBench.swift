import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

/// `dossier-bench read PATHS…`: reading alone (decompression, decoding, format detection, the
/// readers), no pipeline and no store: files, documents, MB/s and documents/s. Problems are
/// printed per file so a run over a corpus also shows what it would report.
enum ReadBench {
    static func run(_ args: [String]) throws {
        guard !args.isEmpty else { throw ReaderError("usage: dossier-bench read PATHS…") }
        let files = ReaderRegistry.files(in: args)
        var documents = 0
        var bytes = 0
        var failed = 0
        let start = seconds()
        for file in files {
            let r = ReaderRegistry.standard.read(path: file) { _ in }
            documents += r.documentCount
            bytes += r.fileBytes
            if let fatal = r.fatal {
                failed += 1
                print("\(file): \(fatal)")
            }
            for p in r.problems { print("\(file): \(p)") }
        }
        let t = seconds() - start
        let mb = Double(bytes) / 1_000_000
        print(
            "read: \(files.count) files, \(documents) documents, \(failed) failed, \(round1(mb)) MB in \(round3(t)) s: "
                + "\(round1(mb / t)) MB/s, \(Int(Double(documents) / t)) documents/s")
    }

    private static func seconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private static func round1(_ v: Double) -> Double { (v * 10).rounded() / 10 }
    private static func round3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
}
