#if canImport(Glibc)
    import Glibc
#endif

/// A file read in pieces through POSIX calls, with errors a user can act on. Pieces rather than
/// one read: a 200 MB file must not need 200 MB before the first article comes out.
final class FileInput {
    private let fd: Int32
    /// The size on disk, when the file is a regular one.
    let size: Int?
    private(set) var bytesRead = 0

    init(path: String) throws(ReaderError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReaderError(Self.describe(errno: errno)) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw ReaderError(Self.describe(errno: e))
        }
        let kind = st.st_mode & S_IFMT
        if kind == S_IFDIR {
            close(fd)
            throw ReaderError("is a folder (ReaderRegistry.files(in:) expands folders)")
        }
        // A pipe is fine (`<(zcat …)`); a device such as /dev/zero would never end.
        guard kind == S_IFREG || kind == S_IFIFO else {
            close(fd)
            throw ReaderError("not a regular file; skipped")
        }
        self.fd = fd
        self.size = kind == S_IFREG ? Int(st.st_size) : nil
    }

    deinit { close(fd) }

    /// The next piece, at most `max` bytes; empty at the end of the file.
    func read(max: Int) throws(ReaderError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max)
        var n = 0
        while true {
            n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, max) }
            if n < 0 && errno == EINTR { continue }
            break
        }
        guard n >= 0 else { throw ReaderError("read error after \(bytesRead) bytes: \(Self.describe(errno: errno))") }
        out.removeLast(max - n)
        bytesRead += n
        return out
    }

    static func describe(errno e: Int32) -> String {
        switch e {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case ELOOP: return "too many symbolic links"
        default: return String(cString: strerror(e))
        }
    }
}

/// Where the bytes of a file come from after decompression: a file (gzipped or not) read in
/// pieces, or bytes already in memory.
struct ContentSource {
    private let file: FileInput?
    private var memory: [UInt8]?
    private var memoryOffset = 0
    private var inflater: GzipInflater?
    private var pendingRaw: [UInt8]?
    /// The piece being inflated and how far into it.
    private var raw: [UInt8] = []
    private var rawOffset = 0
    private var done = false
    private static let pieceSize = 1 << 20

    /// Trailing data after the last gzip member, reported once.
    var trailingGarbageAt: Int? { inflater?.trailingGarbageAt }
    var isGzip: Bool { inflater != nil }
    /// Compressed (on-disk) bytes consumed so far.
    var rawBytesRead: Int { file?.bytesRead ?? 0 }

    init(file: FileInput, maxInflated: Int) throws(ReaderError) {
        self.file = file
        let first = try file.read(max: Self.pieceSize)
        if GzipInflater.isGzip(first) { inflater = GzipInflater(maxOutput: maxInflated) }
        pendingRaw = first
    }

    init(bytes: [UInt8], maxInflated: Int) {
        self.file = nil
        if GzipInflater.isGzip(bytes) { inflater = GzipInflater(maxOutput: maxInflated) }
        memory = bytes
    }

    /// The next piece of content; nil at the end.
    mutating func next() throws(ReaderError) -> [UInt8]? {
        while !done {
            if rawOffset >= raw.count {
                if let p = pendingRaw {
                    raw = p
                    pendingRaw = nil
                } else if let file {
                    raw = try file.read(max: Self.pieceSize)
                } else if let m = memory, memoryOffset < m.count {
                    // Bytes in memory go out in the same pieces as a file's, so a 200 MB buffer
                    // is not copied whole through the decoder and the stream.
                    let end = min(m.count, memoryOffset + Self.pieceSize)
                    raw = Array(m[memoryOffset..<end])
                    memoryOffset = end
                } else {
                    raw = []
                }
                rawOffset = 0
                if raw.isEmpty {
                    done = true
                    try inflater?.finish()
                    return nil
                }
            }
            guard let inflater else {
                rawOffset = raw.count
                return raw
            }
            // Compressed input goes in 16 KB at a time: zlib can expand a piece about 1,000
            // times, and one piece's output is held in memory at once.
            let end = min(raw.count, rawOffset + (16 << 10))
            var out: [UInt8] = []
            try inflater.inflate(raw[rawOffset..<end], into: &out)
            rawOffset = end
            if !out.isEmpty { return out }
        }
        return nil
    }
}
