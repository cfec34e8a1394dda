/// Finds paragraphs in plain text. A blank line always ends a paragraph. A single line break
/// ends one too, unless the text is hard-wrapped (wire copy wrapped at a fixed width, as in the
/// Reuters corpus), where only an indented line, or a line after a short one that ends a
/// sentence, starts a new paragraph.
public enum Paragraphs {
    /// Byte ranges of the paragraphs of `p`, trimmed of surrounding white space.
    public static func ranges(_ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let lines = lineRanges(p)
        if lines.isEmpty { return [] }
        let wrapped = isHardWrapped(p, lines)
        var out: [Range<Int>] = []
        var current: Range<Int>? = nil
        var prevLen = 0
        var prevEndsSentence = false
        var maxLen = 0
        if wrapped { for l in lines { maxLen = max(maxLen, l.content.count) } }
        for l in lines {
            if l.content.isEmpty {
                if let c = current { out.append(c) }
                current = nil
                continue
            }
            if let c = current {
                let joins =
                    wrapped && !l.indented
                    && !(prevEndsSentence && prevLen < maxLen * 3 / 4)
                if joins {
                    current = c.lowerBound..<l.content.upperBound
                } else {
                    out.append(c)
                    current = l.content
                }
            } else {
                current = l.content
            }
            prevLen = l.content.count
            let last = p[l.content.upperBound - 1]
            prevEndsSentence =
                last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || last == UInt8(ascii: ":") || last == UInt8(ascii: "\"") || last == 0x9D  // ”
        }
        if let c = current { out.append(c) }
        return out
    }

    public static func ranges(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { ranges($0) }
    }

    struct Line {
        var content: Range<Int>
        var indented: Bool
    }

    static func lineRanges(_ p: UnsafeBufferPointer<UInt8>) -> [Line] {
        var out: [Line] = []
        var i = 0
        let n = p.count
        while i <= n {
            var e = i
            while e < n, p[e] != 10 { e += 1 }
            var s = i
            while s < e, isBlank(p, s) { s += blankLength(p, s) }
            var t = e
            while t > s, p[t - 1] == 32 || p[t - 1] == 9 || p[t - 1] == 13 { t -= 1 }
            // A no-break space at the end of a line (C2 A0) is also trailing blank.
            while t - 2 >= s, p[t - 2] == 0xC2, p[t - 1] == 0xA0 { t -= 2 }
            out.append(Line(content: s..<t, indented: s > i && s < t))
            i = e + 1
        }
        return out
    }

    @inline(__always)
    static func isBlank(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b == 32 || b == 9 || b == 13 || b == 11 || b == 12 { return true }
        if b >= 0x80 { return Special.at(p, i).0 == .space }
        return false
    }

    @inline(__always)
    static func blankLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        p[i] < 0x80 ? 1 : Special.at(p, i).1
    }

    /// Hard-wrapped text: most lines of a paragraph-sized stretch end near one width of at most
    /// about 100 columns and do not end a sentence.
    static func isHardWrapped(_ p: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> Bool {
        let nonEmpty = lines.filter { !$0.content.isEmpty }
        guard nonEmpty.count >= 4 else { return false }
        var lengths = nonEmpty.map { $0.content.upperBound - $0.content.lowerBound + ($0.indented ? 4 : 0) }
        lengths.sort()
        let p90 = lengths[lengths.count * 9 / 10 - (lengths.count >= 10 ? 1 : 0)]
        guard p90 <= 100 else { return false }
        let near = lengths.filter { $0 >= p90 - 20 }.count
        // Lines that run on into the next one: no sentence end at the break.
        var runOn = 0
        for l in nonEmpty {
            let last = p[l.content.upperBound - 1]
            if last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
                && last != UInt8(ascii: ":") && last != UInt8(ascii: "]") && last != UInt8(ascii: ")")
            {
                runOn += 1
            }
        }
        return near * 10 >= nonEmpty.count * 6 && runOn * 10 >= nonEmpty.count * 4
    }
}
