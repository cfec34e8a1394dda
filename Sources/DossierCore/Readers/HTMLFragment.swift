internal import CLibXML2

/// Plain text with paragraphs from an HTML fragment (an RSS description, content:encoded, an Atom
/// content, a JSON body with markup), through libxml2's forgiving HTML parser. Not the article
/// extractor: a fragment is already the article, so no boilerplate detection is needed.
enum HTMLFragment {
    /// True when `text` carries markup worth parsing rather than a literal "<" in prose.
    static func looksLikeHTML(_ text: String) -> Bool {
        guard text.contains("<") || text.contains("&") else { return false }
        for tag in [
            "<p", "<P", "<br", "<BR", "<div", "<DIV", "</", "<a ", "<img", "<li", "<span", "<em>", "<b>", "<i>",
            "<strong",
        ] {
            if text.contains(tag) { return true }
        }
        // Entities alone ("AT&amp;T", "&#8217;") still need decoding.
        return text.contains("&amp;") || text.contains("&#") || text.contains("&quot;") || text.contains("&nbsp;")
            || text.contains("&lt;") || text.contains("&rsquo;")
    }

    static func plainText(_ html: String) -> String {
        LibXML.initialize()
        var bytes = Array(html.utf8)
        guard !bytes.isEmpty else { return "" }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        // A wrapper keeps libxml2 from taking leading text of the fragment for the document's
        // <head>, and fixes the encoding whatever a stray meta tag inside says.
        bytes = Array("<html><body><div>".utf8) + bytes + Array("</div></body></html>".utf8)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return "" }
        defer { xmlFreeDoc(doc) }
        var builder = BlockTextBuilder()
        if let root = xmlDocGetRootElement(doc) { builder.walk(root) }
        return builder.finish()
    }
}

/// libxml2 wants one global initialization before threads use it.
enum LibXML {
    private static let once: Void = { xmlInitParser() }()
    static func initialize() { _ = once }

    /// The element's local name ("encoded" for content:encoded), lowercased for HTML.
    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n)
    }

    static func prefix(_ node: xmlNodePtr) -> String? {
        guard let ns = node.pointee.ns, let p = ns.pointee.prefix else { return nil }
        return String(cString: p)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n) == name {
                var text = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { text += String(cString: content) }
                    child = c.pointee.next
                }
                return text
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The concatenated text below `node`, without libxml2's allocator (its `xmlFree` is a C
    /// global that Swift 6 will not touch).
    static func text(_ node: xmlNodePtr) -> String {
        var out = ""
        func visit(_ n: xmlNodePtr) {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content { out += String(cString: c) }
            case XML_ELEMENT_NODE:
                var child = n.pointee.children
                while let c = child {
                    visit(c)
                    child = c.pointee.next
                }
            default: break
            }
        }
        visit(node)
        return out
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }
}

/// Walks an HTML tree and writes its text, a paragraph per block element.
struct BlockTextBuilder {
    private var paragraphs: [String] = []
    private var current = ""
    private var pendingSpace = false

    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
        "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr", "address", "center",
        "main", "aside", "caption", "tbody", "thead",
    ]
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "iframe", "object", "embed", "svg", "math", "template", "head", "button",
        "select", "textarea", "input", "form", "nav", "video", "audio", "canvas", "map",
    ]

    mutating func walk(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let c = node.pointee.content { addText(String(cString: c)) }
        case XML_ELEMENT_NODE:
            let name = LibXML.name(node).lowercased()
            if Self.skipped.contains(name) { return }
            let block = Self.blocks.contains(name)
            if block { breakParagraph() }
            if name == "td" || name == "th" { pendingSpace = true }
            var child = node.pointee.children
            while let c = child {
                walk(c)
                child = c.pointee.next
            }
            if block { breakParagraph() }
        default:
            break
        }
    }

    private mutating func addText(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar.isReaderSpace {
                pendingSpace = true
            } else {
                if pendingSpace && !current.isEmpty { current.unicodeScalars.append(" ") }
                pendingSpace = false
                current.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func breakParagraph() {
        if !current.isEmpty { paragraphs.append(current) }
        current = ""
        pendingSpace = false
    }

    mutating func finish() -> String {
        breakParagraph()
        return paragraphs.joined(separator: "\n\n")
    }
}
