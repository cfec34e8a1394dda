/// Builds the text an `Article` carries, paragraphs separated by one blank line, from the lines of
/// a plain-text body. Two layouts are common and need opposite treatment:
/// - one paragraph per line, lines as long as the paragraph (web copy pasted into a file, the
///   seeds): every line is a paragraph;
/// - hard-wrapped lines of 60 to 80 characters, a new paragraph marked by a blank line or an
///   indented line (wire copy, Reuters, e-mail): the lines of a paragraph are joined.
/// The choice is made per block of consecutive non-blank lines, so a file may mix both.
struct ParagraphBuilder {
    // Bytes rather than Strings: this runs over every line of every file, and Character-level
    // String work here made the Reuters corpus read at 7 MB/s instead of over 100.
    private var out: [UInt8] = []
    private var block: [ArraySlice<UInt8>] = []
    private var blockBytes = 0

    /// Bytes in the text so far plus the block not yet added.
    var byteCount: Int { out.count + blockBytes }
    var isEmpty: Bool { out.isEmpty && block.isEmpty }

    mutating func add(line: ArraySlice<UInt8>) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0C || $0 == 0x0D }) {
            endBlock()
        } else {
            block.append(line)
            blockBytes += line.count + 1
        }
    }

    mutating func add(line: Substring) { add(line: Array(line.utf8)[...]) }

    /// Adds every line of `text`.
    mutating func add(text: ArraySlice<UInt8>) {
        var start = text.startIndex
        while let nl = text[start...].firstIndex(of: 0x0A) {
            add(line: text[start..<nl])
            start = nl + 1
        }
        if start < text.endIndex { add(line: text[start...]) }
    }

    mutating func add(text: Substring) { add(text: Array(text.utf8)[...]) }

    /// Starts a new paragraph even without a blank line (a <P> in SGML).
    mutating func endBlock() {
        guard !block.isEmpty else { return }
        defer {
            block.removeAll(keepingCapacity: true)
            blockBytes = 0
        }
        if block.count == 1 || !Self.isHardWrapped(block) {
            for line in block {
                startParagraph()
                appendCollapsed(line)
            }
            return
        }
        var open = false
        for line in block {
            let indented = line.first == 0x20 || line.first == 0x09
            let tabular = Self.isTabular(line)
            if tabular {
                // A table row stays a line of its own.
                startParagraph()
                appendCollapsed(line)
                open = false
                continue
            }
            if !open || indented {
                startParagraph()
                open = true
            } else if out.last != nil && out.last != 0x0A {
                out.append(0x20)
            }
            appendCollapsed(line)
        }
    }

    /// Takes the finished text and starts again.
    mutating func take() -> String {
        endBlock()
        while out.last == 0x0A || out.last == 0x20 { out.removeLast() }
        defer { out.removeAll(keepingCapacity: true) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A blank line before the next paragraph, unless nothing precedes it or the previous one
    /// turned out empty.
    private mutating func startParagraph() {
        while out.last == 0x20 { out.removeLast() }
        guard let last = out.last else { return }
        if last != 0x0A { out.append(contentsOf: [0x0A, 0x0A]) }
    }

    /// The line trimmed, its runs of spaces, tabs and no-break spaces as one space. Words are
    /// copied whole: byte-by-byte appends cost a uniqueness check each.
    private mutating func appendCollapsed(_ line: ArraySlice<UInt8>) {
        var any = false
        var i = line.startIndex
        let end = line.endIndex
        while i < end {
            let b = line[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C {
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < end, line[i + 1] == 0xA0 {
                i += 2
                continue
            }
            var j = i + 1
            while j < end {
                let c = line[j]
                if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || (c == 0xC2 && j + 1 < end && line[j + 1] == 0xA0)
                {
                    break
                }
                j += 1
            }
            if any { out.append(0x20) }
            out.append(contentsOf: line[i..<j])
            any = true
            i = j
        }
    }

    /// Wrapped lines: several, all but the last no longer than a terminal's width, most of them
    /// well filled, and most of them ending inside a sentence. A list of short items, a block of
    /// long lines, or short lines that each end a sentence ("… (Yonhap)") are not wrapped.
    static func isHardWrapped(_ lines: [ArraySlice<UInt8>]) -> Bool {
        let body = lines.dropLast()
        var filled = 0
        var ended = 0
        for line in body {
            var n = 0
            for b in line where b & 0xC0 != 0x80 { n += 1 }  // characters, not bytes
            if n > 90 { return false }
            if n >= 35 { filled += 1 }
            if let last = line.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }), endsSentence(last, line) {
                ended += 1
            }
        }
        return filled * 2 >= body.count && ended * 2 <= body.count
    }

    /// ".", "!", "?", ":", a closing quote or bracket (ASCII or the UTF-8 of ” ’ »).
    private static func endsSentence(_ last: UInt8, _ line: ArraySlice<UInt8>) -> Bool {
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""),
            UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "'"):
            return true
        case 0x9D, 0x99, 0xBB: return line.count >= 2  // ” and ’ end in 0x9D/0x99, » in 0xBB
        default: return false
        }
    }

    /// A table row in wire copy: columns apart by three or more spaces after some text.
    static func isTabular(_ line: ArraySlice<UInt8>) -> Bool {
        var run = 0
        var seenText = false
        for ch in line {
            if ch == 0x20 {
                run += 1
                if run >= 3 && seenText { return true }
            } else if ch != 0x09 && ch != 0x0D {
                run = 0
                seenText = true
            }
        }
        return false
    }
}

/// Bylines as containers give them: "By Michael Gelb, Reuters", "Jane Doe and John Roe",
/// "jdoe@example.com (Jane Doe)", lists in JSON. The outlet's name is not an author.
enum Bylines {
    static func split(_ raw: String, source: String? = nil) -> [String] {
        var s = raw.trimmingSpaces()
        // RSS <author> is "email (Name)"; the name is what a reader wants.
        if let open = s.firstIndex(of: "("), s.hasSuffix(")"), s[..<open].contains("@") {
            s = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
        }
        for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
        }
        var names: [String] = []
        for part in s.splitByConjunctions() {
            var name = part.trimmingSpaces()
            for prefix in ["By ", "by ", "BY "] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count))
            }
            name = name.trimmingSpaces()
            if name.isEmpty || name.contains("@") || name.contains("://") { continue }
            let lower = name.lowercased()
            if let source, lower == source.lowercased() { continue }
            if ["reuters", "reuter", "ap", "afp", "associated press", "staff", "staff writer", "staff reporter"]
                .contains(lower)
            {
                continue
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}

extension String {
    /// Splits a byline at commas, semicolons, " and ", " & " and "|".
    fileprivate func splitByConjunctions() -> [String] {
        var parts: [String] = []
        var current = ""
        let words = self.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            if word == "and" || word == "&" || word == "|" || word == "AND" {
                parts.append(current)
                current = ""
                continue
            }
            var w = Substring(word)
            var endsPart = false
            if w.hasSuffix(",") || w.hasSuffix(";") {
                w = w.dropLast()
                endsPart = true
            }
            current = current.isEmpty ? String(w) : current + " " + w
            if endsPart {
                parts.append(current)
                current = ""
            }
        }
        parts.append(current)
        return parts
    }
}
