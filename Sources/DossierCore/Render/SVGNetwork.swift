/// The co-occurrence network as a picture: entities as circles sized by how often they appear and
/// coloured by kind, lines between entities named together, thicker for stronger ties.
enum SVGNetwork {
    struct Box: Equatable {
        var x0, y0, x1, y1: Double
        func overlaps(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    }

    static let width = 720.0
    /// A few entities get a small picture, many a tall one.
    static func plotHeight(nodes: Int) -> Double { min(420, max(180, 80 + 24 * Double(nodes))) }
    static let fontSize = 11.0

    static func render(_ network: ReportNetwork) -> String {
        let nodes = network.nodes
        guard !nodes.isEmpty else { return "" }
        let plotHeight = plotHeight(nodes: nodes.count)
        let edges = network.edges.map { (a: $0.a, b: $0.b, weight: $0.weight) }
        let unit = NetworkLayout.positions(count: nodes.count, edges: edges, focus: network.focus)
        let maxWeight = Double(nodes.map(\.weight).max() ?? 1)
        let maxEdge = Double(network.edges.map(\.weight).max() ?? 1)
        func radius(_ w: Int) -> Double { 4 + 10 * (Double(w) / maxWeight).squareRoot() }
        // Room for the widest label on either side and the largest circle above and below.
        let labelRoom = min(150, (nodes.map { SVG.textWidth($0.name, fontSize: fontSize) }.max() ?? 40) + 18)
        let margin = 18.0
        let points = unit.map { p in
            (x: labelRoom + p.x * (width - 2 * labelRoom), y: margin + p.y * (plotHeight - 2 * margin))
        }
        var svg = SVG(width: width, height: plotHeight + 30)
        for e in network.edges {
            let (p, q) = (points[e.a], points[e.b])
            let w = 0.8 + 3.2 * Double(e.weight) / maxEdge
            svg.line(p.x, p.y, q.x, q.y, cssClass: "edge", style: "stroke-width:\(NumberText.coordinate(w))px")
        }
        for (i, node) in nodes.enumerated() {
            let (x, y) = points[i]
            let r = radius(node.weight)
            let focus = network.focus == i ? " focus" : ""
            let tip = "\(node.name) (\(node.kind)): \(node.weight) \(network.unit)"
            svg.circle(x, y, r, cssClass: "node \(ChartClasses.kind(node.kind))\(focus)", tooltip: tip)
        }
        // Where a node's lines go, horizontally: its label goes the other way.
        var neighbourPull = [Double](repeating: 0, count: nodes.count)
        for e in network.edges {
            neighbourPull[e.a] += points[e.b].x - points[e.a].x
            neighbourPull[e.b] += points[e.a].x - points[e.b].x
        }
        // Labels after every circle, so no circle covers a name; the most named entities choose first.
        var taken: [Box] = nodes.indices.map { i in
            let r = radius(nodes[i].weight)
            return Box(x0: points[i].x - r, y0: points[i].y - r, x1: points[i].x + r, y1: points[i].y + r)
        }
        for i in nodes.indices {
            let (x, y) = points[i]
            let r = radius(nodes[i].weight)
            let name = SVG.fit(nodes[i].name, maxWidth: labelRoom - 12, fontSize: fontSize)
            let w = SVG.textWidth(name, fontSize: fontSize)
            // Beside the circle, away from its lines first (toward the outer margin, kept for names,
            // when the lines do not say), then the other side, then above and below; where all
            // collide, the first side anyway.
            let pull = neighbourPull[i]
            let right = pull != 0 ? pull < 0 : x > width / 2
            let outer: (Double, SVG.Anchor) = right ? (x + r + 3, .start) : (x - r - 3, .end)
            let inner: (Double, SVG.Anchor) = right ? (x - r - 3, .end) : (x + r + 3, .start)
            let candidates: [(x: Double, y: Double, anchor: SVG.Anchor)] = [
                (outer.0, y + 4, outer.1), (inner.0, y + 4, inner.1), (x, y - r - 4, .middle), (x, y + r + 12, .middle),
            ]
            func box(_ c: (x: Double, y: Double, anchor: SVG.Anchor)) -> Box {
                let left = c.anchor == .start ? c.x : c.anchor == .end ? c.x - w : c.x - w / 2
                return Box(x0: left, y0: c.y - fontSize + 2, x1: left + w, y1: c.y + 2)
            }
            let own = taken[i]
            let chosen =
                candidates.first { c in
                    let b = box(c)
                    return b.x0 >= 0 && b.x1 <= width && !taken.contains { $0 != own && $0.overlaps(b) }
                } ?? candidates[0]
            taken.append(box(chosen))
            svg.text(chosen.x, chosen.y, name, cssClass: "node-label", anchor: chosen.anchor)
        }
        var lx = 8.0
        let ly = plotHeight + 20
        let kinds = Set(nodes.map(\.kind))
        for k in ChartClasses.kinds + ["other"]
        where kinds.contains(k) || (k == "other" && kinds.contains { !ChartClasses.kinds.contains($0) }) {
            svg.circle(lx + 5, ly - 4, 5, cssClass: "node \(ChartClasses.kind(k))")
            svg.text(lx + 14, ly, k, cssClass: "legend")
            lx += 26 + SVG.textWidth(k, fontSize: 11)
        }
        svg.text(
            width - 8, ly, "circle size: \(network.unit) naming the entity; line width: \(network.unit) naming both",
            cssClass: "legend", anchor: .end)
        return svg.element(label: network.caption ?? "Network of entities named together", cssClass: "network")
    }
}
