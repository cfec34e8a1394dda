/// How many terminal columns a string takes: wide East Asian characters take two, combining marks
/// none. Enough for aligning tables of names from world news.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars { w += of(scalar) }
        return w
    }

    public static func of(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// `s` cut to at most `width` columns, with "…" when cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        if of(s) <= width { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = of(String(ch))
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    /// `s` padded with spaces to `width` columns.
    public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(s)))
        return right ? fill + s : s + fill
    }
}
