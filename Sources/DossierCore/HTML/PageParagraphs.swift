/// The page cut into paragraphs: maximal runs of inline text between block boundaries, each with
/// the measures the main-text rules need (length, link share, punctuation).
struct Paragraph {
    /// The nearest block element around the text (a `<p>`, or a `<div>` holding loose text).
    var owner: Int32
    /// First and one-past-last node of the run.
    var first: Int32
    var end: Int32
    var chars: Int32 = 0
    var linkChars: Int32 = 0
    /// Commas and sentence ends: running prose has them, menus and teasers rarely do.
    var commas: Int32 = 0
    var stops: Int32 = 0
    /// Braces and backslashes: code and JSON, rare in prose of any language.
    var symbols: Int32 = 0
    /// Whether the run's last visible character ends a sentence (. ! ? or a closing quote).
    var endsSentence = false
    /// Link characters before the first non-link character: a teaser's headline link.
    var leadLink: Int32 = 0

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

extension PageTree {
    /// The paragraphs in document order.
    func paragraphs() -> [Paragraph] {
        var result: [Paragraph] = []
        result.reserveCapacity(nodes.count / 4)
        var open: [Int32] = []  // elements whose subtree we are in
        var blocks: [Int32] = []  // the block elements among them
        var links = 0
        var current: Paragraph?
        func flush() {
            if let p = current, p.chars > 0 { result.append(p) }
            current = nil
        }
        for i in 0..<nodes.count {
            let node = nodes[i]
            while let top = open.last, Int(nodes[Int(top)].end) <= i {
                open.removeLast()
                let tag = nodes[Int(top)].tag
                if tag == .a { links -= 1 }
                if tag.isBlock {
                    blocks.removeLast()
                    flush()
                }
            }
            if node.tag == .text {
                guard node.chars > 0 || current != nil else { continue }
                if current == nil {
                    current = Paragraph(owner: blocks.last ?? 0, first: Int32(i), end: Int32(i + 1))
                }
                current!.end = Int32(i + 1)
                current!.chars += node.chars
                if links > 0 {
                    current!.linkChars += node.chars
                    if current!.linkChars == current!.chars { current!.leadLink = current!.chars }
                }
                for k in Int(node.start)..<Int(node.stop) {
                    switch text[k] {
                    case 44: current!.commas += 1  // ,
                    case 46, 33, 63: current!.stops += 1  // . ! ?
                    case 123, 125, 92: current!.symbols += 1  // { } \
                    default: break
                    }
                }
                if node.chars > 0 { current!.endsSentence = Self.endsSentence(text[Int(node.start)..<Int(node.stop)]) }
                continue
            }
            if node.tag.isBlock { flush() }
            if Int(node.end) > i + 1 {
                open.append(Int32(i))
                if node.tag == .a { links += 1 }
                if node.tag.isBlock { blocks.append(Int32(i)) }
            }
        }
        flush()
        return result
    }

    /// Whether text ends like a sentence: . ! ? : … 。 ！ ？, maybe followed by closing quotes or brackets.
    private static func endsSentence(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.endIndex
        func tail(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
            i - 3 >= bytes.startIndex && bytes[i - 3] == a && bytes[i - 2] == b && bytes[i - 1] == c
        }
        while i > bytes.startIndex {
            switch bytes[i - 1] {
            case 32, 34, 39, 41, 93: i -= 1  // space " ' ) ]
            case 0x9D where tail(0xE2, 0x80, 0x9D), 0x99 where tail(0xE2, 0x80, 0x99): i -= 3  // ” ’
            case 46, 33, 63, 58: return true
            default:
                return tail(0xE2, 0x80, 0xA6) || tail(0xE3, 0x80, 0x82) || tail(0xEF, 0xBC, 0x81)
                    || tail(0xEF, 0xBC, 0x9F)
            }
        }
        return false
    }
}
