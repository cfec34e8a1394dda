/// A file's content after gunzip, for readers outside the registry (a reader written in Lua):
/// the start of it to choose a reader, or all of it, bounded.
public enum FileContent {
    /// The first `max` bytes of content (fewer for a shorter file).
    public static func head(path: String, max: Int = 64 << 10) throws(ReaderError) -> [UInt8] {
        try read(path: path, limit: max, whole: false)
    }

    /// All the content; a file over `limit` bytes (after gunzip) is an error that says so.
    public static func whole(path: String, limit: Int) throws(ReaderError) -> [UInt8] {
        try read(path: path, limit: limit, whole: true)
    }

    private static func read(path: String, limit: Int, whole: Bool) throws(ReaderError) -> [UInt8] {
        let input = try FileInput(path: path)
        // The gzip bomb limit is the registry's; `limit` is enforced here, on what comes out.
        var source = try ContentSource(file: input, maxInflated: ReaderOptions().maxInflatedBytes)
        var out: [UInt8] = []
        while out.count < limit, let piece = try source.next() {
            out += piece
        }
        if out.count > limit {
            if whole { throw ReaderError("over \(formatBytes(limit)), the most a Lua reader is given; skipped") }
            out.removeLast(out.count - limit)
        }
        if whole, out.count == limit, (try source.next()) != nil {
            throw ReaderError("over \(formatBytes(limit)), the most a Lua reader is given; skipped")
        }
        return out
    }
}
