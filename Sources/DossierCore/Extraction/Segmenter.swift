/// Splits a document into articles. A blog collage is a run of excerpts, each closed by its
/// source tag ("… [Korea Times]") and usually introduced by the blogger's own line ending in a
/// colon; photo captions ("… (Yonhap)") may stand between them. Each excerpt becomes an article
/// with its outlet as source; the blogger's lines become articles of their own (the file's own
/// source); a caption that stands apart is an article of its caption's outlet.
enum Segmenter {
    struct Piece {
        var paragraphs: [Int]
        var source: String?
        var isCaption = false
    }

    static func split(_ document: SourceDocument) -> [Article] {
        let meta = document.metadata
        let text = meta.text
        let infos = Layout.paragraphs(text)
        let bytes = Array(text.utf8)
        let kept = infos.indices.filter { infos[$0].role != .boilerplate }
        let tags = kept.filter { infos[$0].closesExcerpt }
        var pieces: [Piece] = []
        if !document.mayHoldSeveral || tags.isEmpty {
            pieces = [Piece(paragraphs: kept, source: nil)]
        } else {
            var block: [Int] = []
            for k in kept {
                block.append(k)
                if infos[k].closesExcerpt {
                    pieces += splitBlock(block, infos, tag: infos[k].source)
                    block = []
                }
            }
            if !block.isEmpty { pieces += splitBlock(block, infos, tag: nil) }
        }
        var out: [Article] = []
        for piece in pieces where !piece.paragraphs.isEmpty {
            var a = Article(file: document.file, ordinal: out.count, text: "")
            if pieces.count == 1 && piece.paragraphs.count == infos.count {
                // Nothing dropped: the text as the reader gave it.
                a.text = text
            } else {
                a.text = piece.paragraphs.map { String(decoding: bytes[infos[$0].range], as: UTF8.self) }
                    .joined(separator: "\n\n")
            }
            a.url = meta.url
            a.language = meta.language
            a.authors = meta.authors
            let single = pieces.count == 1
            // Metadata from the container applies to a lone article, or to the blogger's own text.
            if single || piece.source == nil && !piece.isCaption {
                a.title = meta.title
                a.date = meta.date
                a.source = meta.source
            }
            let local = describe(piece.paragraphs.map { infos[$0] }, bytes)
            if a.title == nil { a.title = local.title }
            if a.source == nil { a.source = piece.source ?? local.source }
            if a.date == nil { a.date = local.date }
            if a.authors.isEmpty { a.authors = local.authors }
            out.append(a)
        }
        if out.isEmpty {
            var a = meta
            a.file = document.file
            out = [a]
        }
        return out
    }

    /// Splits one block (paragraphs up to and including a source tag) into the blogger's lines,
    /// captions standing apart, and the excerpt.
    static func splitBlock(_ block: [Int], _ infos: [ParagraphInfo], tag: String?) -> [Piece] {
        guard let tag else {
            // Text after the last tag: captions apart, the rest the blogger's.
            return group(block, infos, excerptSource: nil)
        }
        // The excerpt starts after the last intro line. A photo credited to the excerpt's own
        // outlet above the intro belongs to the excerpt ("(Yonhap)" … intro … "[Yonhap]").
        var cut = 0
        for (k, p) in block.enumerated() where infos[p].role == .intro && k + 1 < block.count { cut = k + 1 }
        let lead = Array(block[..<cut])
        let own = lead.filter { infos[$0].role == .caption && infos[$0].source == tag }
        var out = group(lead.filter { !own.contains($0) }, infos, excerptSource: nil)
        out.append(Piece(paragraphs: own + Array(block[cut...]), source: tag))
        return out
    }

    /// Consecutive paragraphs grouped into pieces: a caption alone, the other lines together.
    static func group(_ paragraphs: [Int], _ infos: [ParagraphInfo], excerptSource: String?) -> [Piece] {
        var out: [Piece] = []
        var run: [Int] = []
        for p in paragraphs {
            if infos[p].role == .caption {
                if !run.isEmpty { out.append(Piece(paragraphs: run, source: excerptSource)) }
                run = []
                out.append(
                    Piece(paragraphs: [p], source: infos[p].source.flatMap { $0.isEmpty ? nil : $0 }, isCaption: true))
            } else {
                run.append(p)
            }
        }
        if !run.isEmpty { out.append(Piece(paragraphs: run, source: excerptSource)) }
        return out
    }

    /// Title, source, date and authors an article's own paragraphs give.
    static func describe(_ ps: [ParagraphInfo], _ bytes: [UInt8]) -> (
        title: String?, source: String?, date: PartialDate?, authors: [String]
    ) {
        var title: String? = nil
        var source: String? = nil
        var date: PartialDate? = nil
        var authors: [String] = []
        for (k, p) in ps.enumerated() {
            if k == 0 && p.role == .headline { title = String(decoding: bytes[p.range], as: UTF8.self) }
            if p.hasDateline {
                if source == nil { source = p.source }
                if date == nil { date = p.datelineDate }
            }
            if p.role == .byline && authors.isEmpty { authors = p.authors }
        }
        if source == nil { source = ps.first(where: { $0.closesExcerpt })?.source }
        if source == nil { source = ps.first(where: { $0.role == .caption && $0.source?.isEmpty == false })?.source }
        // A photo caption's full date stands for the story's date when nothing else gives one:
        // the caption nearest the story's text first (a blog may add older or later photos above).
        if date == nil {
            for p in ps.reversed() where p.role == .caption {
                let doc = TextDocument(String(decoding: bytes[p.range], as: UTF8.self))
                for e in Dates.find(doc, 0..<doc.tokens.count) {
                    if case let .calendar(y?, m?, d?) = e.value {
                        date = PartialDate(year: y, month: m, day: d)
                        break
                    }
                }
                if date != nil { break }
            }
        }
        return (title, source, date, authors)
    }
}
