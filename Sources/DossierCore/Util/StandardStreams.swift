#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered writes to the standard streams by file descriptor: safe under Swift 6's strict
/// concurrency, where the C globals `stdout` and `stderr` are not.
public enum StandardStreams {
    public static func writeError(_ text: String) { write(fd: 2, text) }
    public static func writeOutput(_ text: String) { write(fd: 1, text) }

    public static func write(fd: Int32, _ text: String) {
        // Lua's io.write goes through C's buffered stdio: flush it first so output keeps its order.
        fflush(nil)
        var text = text
        text.withUTF8 { buf in
            var p = buf.baseAddress!
            var left = buf.count
            while left > 0 {
                let n = Glibc.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                p += n
                left -= n
            }
        }
    }

    /// Whether the stream is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// The width of the terminal on `fd`, if it is one.
    public static func terminalColumns(_ fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
