internal import CLibXML2

/// Parses HTML bytes with libxml2's forgiving HTML parser and flattens the result into a `PageTree`.
enum PageParser {
    /// Recover from any markup, never print, never touch the network, and read the bytes in the
    /// encoding `HTMLCharset` chose rather than the one the page claims.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_HUGE.rawValue)

    /// libxml2 must be initialised once before threads use it.
    private static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    /// The tree of a page; nil when libxml2 gives no document at all (empty input).
    static func parse(_ bytes: [UInt8], url: String?) -> PageTree? {
        guard ready, !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        // Errors go to a handler that drops them: libxml2 would otherwise print to stderr. The
        // handler is per thread in libxml2, so it is set on every call.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            let encoding = HTMLCharset.choose(buf)
            return buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), url, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var builder = TreeBuilder()
        builder.walk(UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self))
        return builder.tree
    }
}

/// One pass over libxml2's nodes, without recursion (pages nest thousands deep at times).
private struct TreeBuilder {
    var tree = PageTree()
    /// Our indices of the open elements, innermost last.
    var open: [Int32] = []
    var preDepth = 0

    init() {
        tree.nodes.reserveCapacity(4096)
        tree.text.reserveCapacity(1 << 16)
    }

    mutating func walk(_ doc: xmlNodePtr) {
        var current = doc.pointee.children
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                descend = element(node)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // Text straight under <html> is misplaced head content (a <noscript> pixel), not prose.
                if let top = open.last, tree.nodes[Int(top)].tag != .html { textNode(node.pointee.content) }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            // Climb until a node has a next sibling, closing the elements left behind.
            var up = node
            while up.pointee.next == nil {
                guard let parent = up.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
                    close(all: true)
                    return
                }
                close(all: false)
                up = parent
            }
            current = up.pointee.next
        }
        close(all: true)
    }

    private mutating func close(all: Bool) {
        repeat {
            guard let i = open.popLast() else { return }
            tree.nodes[Int(i)].end = Int32(tree.nodes.count)
            if tree.nodes[Int(i)].tag == .pre { preDepth -= 1 }
        } while all
    }

    /// Records an element; returns whether to walk into its children.
    private mutating func element(_ node: xmlNodePtr) -> Bool {
        let tag = HTMLTag.named(node.pointee.name)
        if tag.isSkipped {
            skipped(tag, node)
            return false
        }
        let index = Int32(tree.nodes.count)
        var flags: NodeFlags = []
        let attrStart = Int32(tree.attributes.count)
        var attribute = node.pointee.properties
        while let a = attribute {
            attribute = a.pointee.next
            guard let name = a.pointee.name, let value = a.pointee.children?.pointee.content else {
                if let name = a.pointee.name, same(name, "hidden") { flags.insert(.hidden) }
                continue
            }
            switch name.pointee {
            case UInt8(ascii: "c") where same(name, "class"):
                flags.formUnion(ClassWords.flags(value))
                appendAttribute(value)
            case UInt8(ascii: "i") where same(name, "id"):
                flags.formUnion(ClassWords.flags(value))
            case UInt8(ascii: "i") where same(name, "itemprop"):
                let prop = lowered(value)
                if prop == "articlebody" { flags.insert(.articleBodyProp) }
                if prop == "author" || prop == "creator" { flags.insert(.authorProp) }
                tree.metadata.itemprops.append(
                    (prop, Int(index), attributeValue(node, "content") ?? attributeValue(node, "datetime")))
            case UInt8(ascii: "r") where same(name, "role"):
                switch lowered(value) {
                case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
                    "menubar":
                    flags.insert(.boilerplateRole)
                case "main", "article":
                    flags.insert(.mainRole)
                default: break
                }
            case UInt8(ascii: "r") where same(name, "rel"):
                if lowered(value).split(separator: " ").contains("author") { flags.insert(.authorProp) }
            case UInt8(ascii: "s") where same(name, "style"):
                if hidesElement(value) { flags.insert(.hidden) }
            case UInt8(ascii: "h") where same(name, "hidden"):
                flags.insert(.hidden)
            case UInt8(ascii: "l") where same(name, "lang") && tag == .html:
                tree.metadata.language = String(cString: value)
            case UInt8(ascii: "d") where same(name, "datetime") && tag == .time:
                tree.metadata.times.append((Int(index), String(cString: value)))
            default:
                break
            }
        }
        tree.nodes.append(
            PageTree.Node(
                tag: tag, flags: flags, parent: open.last ?? -1, end: index + 1, start: attrStart,
                stop: Int32(tree.attributes.count), chars: 0))
        if tag == .h1 { tree.metadata.headings.append(Int(index)) }
        guard node.pointee.children != nil else { return false }
        open.append(index)
        if tag == .pre { preDepth += 1 }
        return true
    }

    /// Elements whose content is not text, some of which carry metadata.
    private mutating func skipped(_ tag: HTMLTag, _ node: xmlNodePtr) {
        switch tag {
        case .title:
            if tree.metadata.title == nil, let t = childText(node) { tree.metadata.title = TextBytes.collapse(t) }
        case .meta:
            guard let content = attributeValue(node, "content") else { return }
            if let k = attributeValue(node, "property") ?? attributeValue(node, "name")
                ?? attributeValue(node, "itemprop") ?? attributeValue(node, "http-equiv")
            {
                tree.metadata.metas.append((k.lowercased().htmlTrimmed, content))
            }
        case .link:
            if let rel = attributeValue(node, "rel")?.lowercased(), rel.split(separator: " ").contains("canonical"),
                tree.metadata.canonical == nil
            {
                tree.metadata.canonical = attributeValue(node, "href")
            }
        case .script:
            if let type = attributeValue(node, "type")?.lowercased(), type.contains("ld+json"), let t = childText(node)
            {
                tree.metadata.jsonLD.append(t)
            }
        case .head:
            // The head holds the metadata: walk it with a nested builder-free loop.
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    let t = HTMLTag.named(c.pointee.name)
                    if t.isSkipped { skipped(t, c) }
                }
                child = c.pointee.next
            }
        default:
            break
        }
    }

    private mutating func textNode(_ content: UnsafeMutablePointer<UInt8>?) {
        guard var p = content.map({ UnsafePointer($0) }) else { return }
        let start = tree.text.count
        var chars: Int32 = 0
        var space = false
        while true {
            let c = p.pointee
            if c == 0 { break }
            if preDepth == 0 && (TextBytes.isSpace(c) || (c == 0xC2 && p[1] == 0xA0)) {
                if c == 0xC2 { p += 1 }
                space = true
            } else {
                if space {
                    tree.text.append(32)
                    space = false
                }
                if c == 13 && preDepth > 0 {
                    p += 1
                    continue
                }
                tree.text.append(c)
                if c & 0xC0 != 0x80 && !TextBytes.isSpace(c) { chars += 1 }
            }
            p += 1
        }
        if space { tree.text.append(32) }
        guard tree.text.count > start else { return }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(
            PageTree.Node(
                tag: .text, flags: [], parent: open.last ?? -1, end: index + 1, start: Int32(start),
                stop: Int32(tree.text.count), chars: chars))
    }

    private mutating func appendAttribute(_ value: UnsafePointer<UInt8>) {
        if !tree.attributes.isEmpty { tree.attributes.append(32) }
        var p = value
        while p.pointee != 0 {
            tree.attributes.append(p.pointee)
            p += 1
        }
    }

    private func childText(_ node: xmlNodePtr) -> [UInt8]? {
        var out: [UInt8] = []
        var child = node.pointee.children
        while let c = child {
            if let content = c.pointee.content,
                c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE
            {
                var p = UnsafePointer(content)
                while p.pointee != 0 {
                    out.append(p.pointee)
                    p += 1
                }
            }
            child = c.pointee.next
        }
        return out.isEmpty ? nil : out
    }

    private func attributeValue(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let a = attribute {
            if let n = a.pointee.name, same(n, name) {
                var out: [UInt8] = []
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content {
                        var p = UnsafePointer(content)
                        while p.pointee != 0 {
                            out.append(p.pointee)
                            p += 1
                        }
                    }
                    child = c.pointee.next
                }
                return String(decoding: out, as: UTF8.self)
            }
            attribute = a.pointee.next
        }
        return nil
    }

    private func lowered(_ value: UnsafePointer<UInt8>) -> String {
        String(cString: value).lowercased().htmlTrimmed
    }

    /// `display:none` or `visibility:hidden` in an inline style, spaces and case ignored.
    private func hidesElement(_ value: UnsafePointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        var p = value
        while p.pointee != 0 {
            let c = p.pointee
            if !TextBytes.isSpace(c) { compact.append(c >= 65 && c <= 90 ? c + 32 : c) }
            p += 1
        }
        return compact.contains(subsequence: Array("display:none".utf8))
            || compact.contains(subsequence: Array("visibility:hidden".utf8))
    }
}

/// Whether a NUL-terminated name equals a static ASCII name, case-blind.
private func same(_ name: UnsafePointer<UInt8>, _ expected: StaticString) -> Bool {
    let e = expected.utf8Start
    for i in 0..<expected.utf8CodeUnitCount {
        var c = name[i]
        if c >= 65 && c <= 90 { c += 32 }
        if c != e[i] { return false }
    }
    return name[expected.utf8CodeUnitCount] == 0
}
