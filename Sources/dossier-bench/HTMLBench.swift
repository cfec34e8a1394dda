// dossier-bench html DIR OUT.json [--repeat N]: HTMLExtractor over every *.html.gz in DIR, in the
// shape and with the timing rules of peers/peer_html.py, so the two can be compared side by side.
// dossier-bench html --explain PAGE[.gz]: why the extractor chose the text it did.
import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

enum HTMLBench {
    static func run(_ args: [String]) throws {
        if args.first == "--explain", args.count == 2 {
            guard let raw = readFile(args[1]) else { throw BenchError("cannot read \(args[1])") }
            let html = args[1].hasSuffix(".gz") ? HTMLGunzip.gunzip(raw) ?? [] : raw
            StandardStreams.writeOutput(HTMLExplain.explain(html))
            return
        }
        var rest = args
        var repeats = 1
        if let i = rest.firstIndex(of: "--repeat"), i + 1 < rest.count {
            repeats = max(1, Int(rest[i + 1]) ?? 1)
            rest.removeSubrange(i...(i + 1))
        }
        guard rest.count == 2 else {
            throw BenchError("usage: dossier-bench html DIR OUT.json [--repeat N]")
        }
        let (dir, outPath) = (rest[0], rest[1])
        // Gunzip up front: only the extraction is timed.
        var pages: [(id: String, html: [UInt8])] = []
        for name in try listDirectory(dir) where name.hasSuffix(".html.gz") {
            let path = dir + "/" + name
            guard let gz = readFile(path), let html = HTMLGunzip.gunzip(gz) else {
                throw BenchError("cannot read \(path)")
            }
            pages.append((String(name.dropLast(".html.gz".count)), html))
        }
        let bytes = pages.reduce(0) { $0 + $1.html.count }
        var results = [ExtractedPage?](repeating: nil, count: pages.count)
        var passes: [Double] = []
        var cpuPasses: [Double] = []
        for _ in 0..<repeats {
            var seconds = 0.0
            var cpu = 0.0
            for (k, page) in pages.enumerated() {
                let t0 = now()
                let c0 = now(CLOCK_THREAD_CPUTIME_ID)
                let result = HTMLExtractor.extract(page.html)
                seconds += now() - t0
                cpu += now(CLOCK_THREAD_CPUTIME_ID) - c0
                results[k] = result
            }
            passes.append(seconds)
            cpuPasses.append(cpu)
        }
        var json = "{\n"
        for (k, page) in pages.enumerated() {
            let r = results[k]!
            let date = r.date.flatMap { $0.precision == .day ? $0.iso : nil } ?? ""
            json += " \(quote(page.id)): {\"articleBody\": \(quote(r.text)), \"title\": \(quote(r.title ?? "")), "
            json += "\"authors\": [\(r.authors.map(quote).joined(separator: ", "))], \"date\": \(quote(date))}"
            json += k + 1 < pages.count ? ",\n" : "\n"
        }
        json += "}\n"
        guard writeFile(outPath, json) else { throw BenchError("cannot write \(outPath)") }
        let best = passes.min() ?? 0
        let empty = results.filter { $0?.text.isEmpty ?? true }.count
        if repeats > 1 {
            StandardStreams.writeError("passes_seconds=\(passes.map { fmt($0, 3) }.joined(separator: ","))\n")
        }
        // CPU time of this thread, which a busy machine disturbs less than wall time (peer_html.py
        // prints the same for the peers).
        let cpu = cpuPasses.min() ?? 0
        StandardStreams.writeError(
            "version=dossier empty=\(empty) html_mb=\(fmt(Double(bytes) / 1e6, 2)) repeat=\(repeats) (best pass) "
                + "cpu_seconds=\(fmt(cpu, 2)) cpu_pages_per_s=\(fmt(Double(pages.count) / cpu, 2)) "
                + "cpu_mb_per_s=\(fmt(Double(bytes) / 1e6 / cpu, 3))\n")
        StandardStreams.writeError(
            "peer=dossier pages=\(pages.count) seconds=\(fmt(best, 2)) pages_per_s=\(fmt(Double(pages.count) / best, 2)) "
                + "mb_per_s=\(fmt(Double(bytes) / 1e6 / best, 3))\n")
    }

    private static func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private static func fmt(_ v: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (v * scale).rounded() / scale
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        }
        return s
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static func listDirectory(_ path: String) throws -> [String] {
        guard let d = opendir(path) else { throw BenchError("cannot open \(path)") }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            names.append(name)
        }
        return names.sorted()
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n > 0 { out.append(contentsOf: buf[0..<n]) }
            if n < buf.count { break }
        }
        return out
    }

    private static func writeFile(_ path: String, _ text: String) -> Bool {
        guard let f = fopen(path, "wb") else { return false }
        defer { fclose(f) }
        let bytes = Array(text.utf8)
        return fwrite(bytes, 1, bytes.count, f) == bytes.count
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
