/// A trace of the main-text decision for one page, for whoever tunes the rules
/// (`dossier-bench html-explain FILE`): the chosen container and every paragraph with its verdict.
package enum HTMLExplain {
    package static func explain(_ bytes: [UInt8]) -> String {
        guard let tree = PageParser.parse(bytes, url: nil) else { return "no document\n" }
        let main = MainText(tree)
        var out = ""
        let root = main.container()
        out += "container: \(root.map { path(tree, $0) } ?? "none")\n"
        for p in main.paragraphs {
            let inside = root.map { p.first >= Int32($0) && p.end <= tree.nodes[$0].end } ?? false
            let furn = main.furniture[Int(p.first)]
            let preview = String(tree.plainText(Int(p.owner)).prefix(70))
            out += "\(inside ? "IN " : "   ")\(main.kind(p)) c=\(p.chars) ld=\(Int(p.linkDensity * 100)) "
            out +=
                "furn=\(furn >= 0 ? describe(tree, Int(furn)) : "-") owner=\(describe(tree, Int(p.owner))) | \(preview)\n"
        }
        return out
    }

    static func describe(_ tree: PageTree, _ i: Int) -> String {
        let n = tree.nodes[i]
        let a = tree.attributeString(i)
        return "\(n.tag)#\(i)" + (a.isEmpty ? "" : "[\(a.prefix(40))]")
    }

    static func path(_ tree: PageTree, _ i: Int) -> String {
        var parts: [String] = []
        var j = i
        while j >= 0 {
            parts.append(describe(tree, j))
            j = Int(tree.nodes[j].parent)
        }
        return parts.reversed().joined(separator: " > ")
    }
}
