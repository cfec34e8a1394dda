/// Finds the article's body in a page and writes it as plain text.
///
/// The body is the element that holds the most prose net of clutter: every paragraph weighs its
/// length when it reads like prose (long, few links, punctuated) and counts against its container
/// when it reads like furniture (short, mostly links). Inside that element, furniture subtrees
/// (navigation, sharing, captions, comments …, by tag, ARIA role or class/id words) and link lists
/// are dropped; what is left is written paragraph by paragraph.
struct MainText {
    let tree: PageTree
    /// The visible paragraphs: every decision about where the article is rests on these.
    let paragraphs: [Paragraph]
    /// Paragraphs in hidden subtrees: text held back for subscribers or other screens, taken
    /// only inside the chosen container and only when not a copy of visible text.
    let hiddenParagraphs: [Paragraph]
    /// For every node, the nearest ancestor-or-self that is page furniture, or -1.
    private(set) var furniture: [Int32] = []

    init(_ tree: PageTree) {
        self.tree = tree
        // Hidden text (display:none, `hidden`) is often a copy for other screens, a template or
        // a modal: it must not weigh in any decision.
        var hidden = [Bool](repeating: false, count: tree.nodes.count)
        for (i, n) in tree.nodes.enumerated() {
            hidden[i] = n.flags.contains(.hidden) || (n.parent >= 0 && hidden[Int(n.parent)])
        }
        let all = tree.paragraphs()
        self.paragraphs = all.filter { !hidden[Int($0.first)] }
        self.hiddenParagraphs = all.filter { hidden[Int($0.first)] }
        self.furniture = markFurniture()
    }

    enum Kind { case good, neutral, bad }

    /// What a character of furniture costs the element that holds it, against 1 for prose.
    let furniturePenalty = 0.2

    func kind(_ p: Paragraph) -> Kind {
        let ld = p.linkDensity
        if ld >= 0.5 { return .bad }
        // Script or JSON that leaked into the text (a page saved mid-render, a broken embed).
        if p.symbols >= 5 && p.symbols * 50 >= p.chars { return .bad }
        if p.chars >= 80 && ld < 0.35 { return .good }
        if p.chars >= 40 && p.endsSentence && ld < 0.2 { return .good }
        if p.chars < 15 && !p.endsSentence { return .bad }
        return .neutral
    }

    /// Whether an element is furniture, given how much of the page's prose it holds: a class word
    /// can mislead ("has-sidebar", "has-post-thumbnail"), and dropping the article for it would
    /// cost everything.
    private func isFurniture(_ n: PageTree.Node, prose: Int32, count: Int32, total: Int32) -> Bool {
        // An article holds several paragraphs of prose; a footer's blurb is one.
        let holdsArticle = prose * 2 >= total && count >= 3
        switch n.tag {
        case .nav, .aside, .footer, .header, .figure, .figcaption, .form: return !holdsArticle
        // Class words on these are page-wide switches ("f_share_tools_on"), not what they hold.
        case .html, .body, .text: return false
        default: break
        }
        if n.flags.contains(.commentWord) { return true }
        if !n.flags.isDisjoint(with: [.boilerplate, .boilerplateRole]) { return !holdsArticle }
        if n.flags.contains(.weakBoilerplate) { return prose < 200 }
        return false
    }

    /// Teaser cards: three or more sibling elements of one tag and class, most of which open with
    /// a headline link (a list of other stories, each with its summary). Prose-like summaries would
    /// otherwise pass for article paragraphs.
    private func markCards() -> [Bool] {
        let nodes = tree.nodes
        var leadLink = [Int32](repeating: -1, count: nodes.count)
        var chars = [Int32](repeating: 0, count: nodes.count)
        var total: Int32 = 0
        for p in paragraphs where kind(p) != .bad {
            chars[Int(p.owner)] += p.chars
            total += p.chars
        }
        for i in stride(from: nodes.count - 1, to: 0, by: -1) where nodes[i].parent >= 0 {
            chars[Int(nodes[i].parent)] += chars[i]
        }
        for p in paragraphs {
            var e = Int(p.owner)
            while e >= 0 && leadLink[e] < 0 {
                leadLink[e] = p.leadLink
                e = Int(nodes[e].parent)
            }
        }
        func signature(_ i: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(nodes[i].tag.rawValue)
            for k in Int(nodes[i].start)..<Int(nodes[i].stop) {
                h = (h ^ UInt64(tree.attributes[k])) &* 0x100_0000_01b3
            }
            return h ^ UInt64(nodes[i].parent) &* 0x9E37_79B9_7F4A_7C15
        }
        func eligible(_ i: Int) -> Bool {
            switch nodes[i].tag {
            case .text, .p, .span, .a, .br, .html, .body, .em, .strong, .b, .i: return false
            default: return leadLink[i] >= 0
            }
        }
        var groups: [UInt64: (members: Int32, teasers: Int32, prose: Int32)] = [:]
        for i in 0..<nodes.count where eligible(i) {
            let key = signature(i)
            groups[key, default: (0, 0, 0)].members += 1
            groups[key, default: (0, 0, 0)].prose += chars[i]
            if leadLink[i] >= 15 { groups[key, default: (0, 0, 0)].teasers += 1 }
        }
        var card = [Bool](repeating: false, count: nodes.count)
        for i in 0..<nodes.count where eligible(i) {
            // A list that holds much of the page's text is the article (a "10 things" list).
            if let g = groups[signature(i)], g.members >= 3, g.teasers * 3 >= g.members * 2, g.prose * 5 < total * 2 {
                card[i] = true
            }
        }
        return card
    }

    private func markFurniture() -> [Int32] {
        let nodes = tree.nodes
        var prose = [Int32](repeating: 0, count: nodes.count)
        var count = [Int32](repeating: 0, count: nodes.count)
        var total: Int32 = 0
        for p in paragraphs where kind(p) == .good {
            prose[Int(p.owner)] += p.chars
            count[Int(p.owner)] += 1
            total += p.chars
        }
        for i in stride(from: nodes.count - 1, to: 0, by: -1) where nodes[i].parent >= 0 {
            prose[Int(nodes[i].parent)] += prose[i]
            count[Int(nodes[i].parent)] += count[i]
        }
        let card = markCards()
        var nearest = [Int32](repeating: -1, count: nodes.count)
        for i in 0..<nodes.count {
            let n = nodes[i]
            let inherited = n.parent >= 0 ? nearest[Int(n.parent)] : -1
            if inherited < 0 && (isFurniture(n, prose: prose[i], count: count[i], total: total) || card[i]) {
                nearest[i] = Int32(i)
            } else {
                nearest[i] = inherited
            }
        }
        return nearest
    }

    /// The element that holds the body, or nil when the page has no prose.
    func container() -> Int? {
        let nodes = tree.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        for p in paragraphs {
            let c = Double(p.chars)
            // Furniture is dropped from the text, but a container full of it is likely the page
            // rather than the article.
            if furniture[Int(p.first)] >= 0 {
                score[Int(p.owner)] -= furniturePenalty * c
                continue
            }
            let k = kind(p)
            // Short table cells (names, figures) say nothing either way about where the article is.
            if k == .bad && p.linkDensity < 0.5,
                tree.nodes[Int(p.owner)].tag == .td || tree.nodes[Int(p.owner)].tag == .th
            {
                continue
            }
            switch k {
            case .good: score[Int(p.owner)] += c
            case .neutral: score[Int(p.owner)] += 0.2 * c
            case .bad: score[Int(p.owner)] -= 0.3 * c
            }
        }
        for i in stride(from: nodes.count - 1, to: 0, by: -1) where nodes[i].parent >= 0 {
            score[Int(nodes[i].parent)] += score[i]
        }
        var best = -1
        for i in 0..<nodes.count where nodes[i].tag != .text {
            if best < 0 || score[i] > score[best] { best = i }
        }
        guard best >= 0, score[best] > 0 else { return nil }
        // The deepest element that keeps most of the best score: wrappers add nothing, and the
        // prose-like odds and ends around the article (bios, blurbs, teasers) add a little.
        let floor = score[best] * 0.8
        var choice = best
        var i = best
        while i < Int(nodes[best].end) {
            if nodes[i].tag != .text && score[i] >= floor { choice = i }
            i += 1
        }
        return choice
    }

    /// The body text under `root`, paragraphs separated by blank lines.
    func text(under root: Int) -> String {
        let end = Int32(tree.nodes[root].end)
        var inside = paragraphs.filter { $0.first >= Int32(root) && $0.end <= end }
        let held = hiddenParagraphs.filter { $0.first >= Int32(root) && $0.end <= end && kind($0) == .good }
        // Hidden copies of visible paragraphs (for other screens) add nothing.
        var seen = held.isEmpty ? [] : Set(inside.map { render($0, root: Int32(root)) })
        let heldStarts = Set(held.map(\.first))
        if !held.isEmpty { inside = (inside + held).sorted { $0.first < $1.first } }
        var keep = [Bool](repeating: false, count: inside.count)
        let dominant = dominantTables(under: root, among: inside)
        for (k, p) in inside.enumerated() {
            if furniture[Int(p.first)] >= Int32(root) { continue }
            let owner = tree.nodes[Int(p.owner)].tag
            if owner == .h1 { continue }
            if owner.isHeading {
                // A heading belongs to the body when prose follows it.
                var j = k + 1
                while j < inside.count, furniture[Int(inside[j].first)] >= Int32(root) { j += 1 }
                keep[k] = j < inside.count && kind(inside[j]) == .good && p.linkDensity < 0.5
                continue
            }
            // A data table that is the article (standings, results) keeps its short cells; one
            // beside the story (nutrition facts, a schedule) keeps only its prose.
            if owner == .td || owner == .th, let table = enclosingTable(p, under: root), dominant.contains(table) {
                keep[k] = p.linkDensity < 0.5
                continue
            }
            keep[k] = kind(p) != .bad
        }
        var out: [UInt8] = []
        for (k, p) in inside.enumerated() where keep[k] {
            let line = render(p, root: Int32(root))
            if line.isEmpty { continue }
            if heldStarts.contains(p.first) && !seen.insert(line).inserted { continue }
            if !out.isEmpty { out.append(contentsOf: [10, 10]) }
            out.append(contentsOf: line)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// For each table under `root`, whether it holds at least half the text there (checked once
    /// per table: a results page can have thousands of cells).
    private func dominantTables(under root: Int, among inside: [Paragraph]) -> Set<Int> {
        var all: Int32 = 0
        var perTable: [Int: Int32] = [:]
        for q in inside where furniture[Int(q.first)] < Int32(root) {
            all += q.chars
            var t = Int(q.owner)
            while t > root && tree.nodes[t].tag != .table { t = Int(tree.nodes[t].parent) }
            if t > root { perTable[t, default: 0] += q.chars }
        }
        return Set(perTable.filter { $0.value * 2 >= all }.keys)
    }

    private func enclosingTable(_ p: Paragraph, under root: Int) -> Int? {
        var t = Int(p.owner)
        while t > root && tree.nodes[t].tag != .table { t = Int(tree.nodes[t].parent) }
        return t > root ? t : nil
    }

    /// One paragraph's text, `<br>` kept as a line break, spaces collapsed, inline furniture left out.
    private func render(_ p: Paragraph, root: Int32) -> [UInt8] {
        var raw: [UInt8] = []
        for i in Int(p.first)..<Int(p.end) {
            let n = tree.nodes[i]
            if n.tag == .br {
                raw.append(10)
            } else if n.tag == .text && furniture[i] < root {
                raw.append(contentsOf: tree.text[Int(n.start)..<Int(n.stop)])
            }
        }
        // Collapse spaces, keep single line breaks, trim.
        var out: [UInt8] = []
        var pending: UInt8 = 0
        for c in raw {
            if c == 10 {
                pending = out.isEmpty ? 0 : 10
            } else if TextBytes.isSpace(c) {
                if pending == 0 && !out.isEmpty { pending = 32 }
            } else {
                if pending != 0 { out.append(pending) }
                pending = 0
                out.append(c)
            }
        }
        return out
    }
}
