#if canImport(Glibc)
    import Glibc
#endif

/// What the ingest compares to tell whether a file changed since it was stored: size and
/// modification time first (a stat, no reading), the content hash when those differ.
struct FileFingerprint {
    var size: Int
    var mtime: Double

    /// Size and modification time of the file at `path` (symbolic links followed).
    static func of(_ path: String) throws(ReaderError) -> FileFingerprint {
        var st = stat()
        guard stat(path, &st) == 0 else { throw ReaderError(FileInput.describe(errno: errno)) }
        if st.st_mode & S_IFMT == S_IFDIR { throw ReaderError("is a folder") }
        return FileFingerprint(
            size: Int(st.st_size), mtime: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
    }

    /// The content hash of the file at `path`, read in pieces so that memory does not depend on
    /// its size. Equal to `Hashing.contentHash` of the whole file.
    static func contentHash(_ path: String) throws(ReaderError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReaderError(FileInput.describe(errno: errno)) }
        defer { close(fd) }
        var hasher = Hashing.ContentHasher()
        let piece = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let n = read(fd, buffer.baseAddress, piece)
            if n < 0 {
                if errno == EINTR { continue }
                throw ReaderError("read error after \(total) bytes: \(FileInput.describe(errno: errno))")
            }
            if n == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            total += n
        }
        return hasher.value
    }
}
