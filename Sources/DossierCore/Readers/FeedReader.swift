internal import CLibXML2

/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is an article. Parsed by libxml2
/// with network access off and recovery on, so a feed with a broken tag still gives the items
/// before and after it; the break is reported.
public struct FeedReader: DocumentReader {
    /// "rss" or "atom": both formats are read by the same code, which looks at the root element.
    public let format: String

    public init(format: String = "rss") {
        self.format = format
    }

    public func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        LibXML.initialize()
        guard let ctxt = xmlNewParserCtxt() else { throw ReaderError("out of memory for the XML parser") }
        defer { xmlFreeParserCtxt(ctxt) }
        let flags =
            XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
        // The registry has already turned the bytes into UTF-8 whatever the declaration says.
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), file, "UTF-8", Int32(flags))
            }
        }
        var problems: [String] = []
        if ctxt.pointee.wellFormed == 0 {
            let err = ctxt.pointee.lastError
            let message = err.message.map { String(cString: $0).trimmingSpaces() } ?? "not well-formed"
            problems.append("malformed XML at line \(err.line): \(message); read what could be recovered")
        }
        guard let doc else { throw ReaderError(problems.first ?? "not XML") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw ReaderError("malformed XML: no root element") }

        let rootName = LibXML.name(root)
        var documents: [SourceDocument] = []
        var items: [xmlNodePtr] = []
        var channel: xmlNodePtr?
        var isAtom = false
        switch rootName {
        case "rss":
            channel = LibXML.children(root).first { LibXML.name($0) == "channel" }
            items = channel.map { LibXML.children($0).filter { LibXML.name($0) == "item" } } ?? []
        case "RDF":
            channel = LibXML.children(root).first { LibXML.name($0) == "channel" }
            items = LibXML.children(root).filter { LibXML.name($0) == "item" }
        case "feed":
            isAtom = true
            channel = root
            items = LibXML.children(root).filter { LibXML.name($0) == "entry" }
        default:
            throw ReaderError("XML with root <\(rootName)> is neither RSS nor Atom")
        }
        let feedTitle = channel.flatMap { child($0, "title") }.map { inlineText($0, atom: isAtom) }
        let feedLanguage =
            channel.flatMap { child($0, "language") }.map { LibXML.text($0).trimmingSpaces() }
            ?? LibXML.attribute(root, "lang")

        for (index, item) in items.enumerated() {
            var article = Article(file: file, ordinal: documents.count, text: "")
            article.source = feedTitle?.isEmpty == false ? feedTitle : nil
            article.language = LibXML.attribute(item, "lang") ?? feedLanguage
            if let title = child(item, "title") { article.title = inlineText(title, atom: isAtom) }
            if article.title?.isEmpty == true { article.title = nil }
            // An item's own <source> names the outlet when the feed aggregates (Google News).
            if let s = child(item, "source") {
                let name =
                    isAtom ? child(s, "title").map { inlineText($0, atom: true) } : LibXML.text(s).trimmingSpaces()
                if let name, !name.isEmpty { article.source = name }
            }
            article.url = link(of: item, atom: isAtom)
            let dateText = ["pubDate", "published", "date", "issued", "updated", "modified"].lazy
                .compactMap { self.child(item, $0) }.first.map { LibXML.text($0) }
            article.date = dateText.flatMap { DateParsing.parse($0) }
            article.authors = authors(of: item, atom: isAtom, source: article.source)

            // The fullest body the item carries: content:encoded / Atom content, else the summary.
            let bodies = ["encoded", "content", "description", "summary"].compactMap { name -> String? in
                guard let node = child(item, name), LibXML.attribute(node, "src") == nil else { return nil }
                let text = bodyText(node, atom: isAtom)
                return text.isEmpty ? nil : text
            }
            article.text = bodies.max(by: { $0.utf8.count < $1.utf8.count }) ?? ""
            if article.text.isEmpty, let title = article.title {
                article.text = title  // a headline-only item still says something
            }
            if article.text.isEmpty {
                problems.append("\(isAtom ? "entry" : "item") \(index + 1): no title or text; skipped")
                continue
            }
            if article.text.utf8.count > options.maxDocumentBytes {
                article.text = cutText(article.text, to: options.maxDocumentBytes)
                problems.append(
                    "\(isAtom ? "entry" : "item") \(index + 1): text cut to \(formatBytes(options.maxDocumentBytes))")
            }
            documents.append(SourceDocument(file: file, metadata: article, mayHoldSeveral: false))
        }
        if items.isEmpty { problems.append("the feed has no \(isAtom ? "entries" : "items")") }
        return ReaderResult(documents: documents, problems: problems)
    }

    private func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        LibXML.children(node).first { LibXML.name($0) == name }
    }

    /// RSS titles are plain text that feeds often fill with escaped markup; Atom says by its type.
    private func inlineText(_ node: xmlNodePtr, atom: Bool) -> String {
        let type = LibXML.attribute(node, "type") ?? "text"
        if atom && type == "xhtml" {
            var builder = BlockTextBuilder()
            builder.walk(node)
            return builder.finish().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return JSONRecordMapper.cleanInline(LibXML.text(node))
    }

    /// Description, content:encoded and Atom html content are HTML escaped into XML text; Atom
    /// xhtml content is real child elements; Atom text content is plain.
    private func bodyText(_ node: xmlNodePtr, atom: Bool) -> String {
        let type = LibXML.attribute(node, "type")
        if atom && type == "xhtml" {
            var builder = BlockTextBuilder()
            builder.walk(node)
            return builder.finish()
        }
        let raw = LibXML.text(node)
        if atom && (type == nil || type == "text") && !HTMLFragment.looksLikeHTML(raw) {
            return JSONRecordMapper.normalizeParagraphs(raw)
        }
        return HTMLFragment.looksLikeHTML(raw) ? HTMLFragment.plainText(raw) : JSONRecordMapper.normalizeParagraphs(raw)
    }

    private func link(of item: xmlNodePtr, atom: Bool) -> String? {
        if atom {
            let links = LibXML.children(item).filter { LibXML.name($0) == "link" }
            let best = links.first { (LibXML.attribute($0, "rel") ?? "alternate") == "alternate" } ?? links.first
            if let href = best.flatMap({ LibXML.attribute($0, "href") }), !href.isEmpty { return href }
            return child(item, "id").map { LibXML.text($0).trimmingSpaces() }.flatMap {
                $0.hasPrefix("http") ? $0 : nil
            }
        }
        if let l = child(item, "link").map({ LibXML.text($0).trimmingSpaces() }), !l.isEmpty { return l }
        if let about = LibXML.attribute(item, "about"), !about.isEmpty { return about }
        // A guid is a permalink unless it says otherwise.
        if let guid = child(item, "guid"), LibXML.attribute(guid, "isPermaLink") != "false" {
            let g = LibXML.text(guid).trimmingSpaces()
            if g.hasPrefix("http") { return g }
        }
        return nil
    }

    private func authors(of item: xmlNodePtr, atom: Bool, source: String?) -> [String] {
        var names: [String] = []
        for node in LibXML.children(item) {
            let name = LibXML.name(node)
            var raw: String?
            if atom && (name == "author" || name == "contributor") {
                raw = child(node, "name").map { LibXML.text($0) }
            } else if name == "creator" || name == "author" {
                raw = LibXML.text(node)
            }
            for n in raw.map({ Bylines.split($0, source: source) }) ?? [] where !names.contains(n) { names.append(n) }
        }
        return names
    }
}
