extension String {
    /// The text between two UTF-8 byte offsets (clamped; offsets inside a scalar are repaired).
    public func utf8Slice(_ start: Int, _ end: Int) -> String {
        let u = self.utf8
        let s = max(0, min(start, u.count))
        let e = max(s, min(end, u.count))
        let a = u.index(u.startIndex, offsetBy: s)
        let b = u.index(u.startIndex, offsetBy: e)
        return String(decoding: u[a..<b], as: UTF8.self)
    }
}
