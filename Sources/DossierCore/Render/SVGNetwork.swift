/// The co-occurrence network as a picture: entities as circles sized by how often they appear and
/// coloured by kind, lines between entities named together, thicker for stronger ties.
enum SVGNetwork {
    static let width = 720.0
    static let plotHeight = 420.0
    static let fontSize = 11.0

    static func render(_ network: ReportNetwork) -> String {
        let nodes = network.nodes
        guard !nodes.isEmpty else { return "" }
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
        // Labels after every circle, so no circle covers a name.
        for (i, node) in nodes.enumerated() {
            let (x, y) = points[i]
            let r = radius(node.weight)
            let name = SVG.fit(node.name, maxWidth: labelRoom - 12, fontSize: fontSize)
            // Names go on the outer side, toward the margin that was kept for them.
            if x > width / 2 {
                svg.text(x + r + 3, y + 4, name, cssClass: "node-label")
            } else {
                svg.text(x - r - 3, y + 4, name, cssClass: "node-label", anchor: .end)
            }
        }
        var lx = 8.0
        let ly = plotHeight + 20
        let kinds = Set(nodes.map(\.kind))
        for k in ChartClasses.kinds + ["other"] where kinds.contains(k) || (k == "other" && kinds.contains { !ChartClasses.kinds.contains($0) }) {
            svg.circle(lx + 5, ly - 4, 5, cssClass: "node \(ChartClasses.kind(k))")
            svg.text(lx + 14, ly, k, cssClass: "legend")
            lx += 26 + SVG.textWidth(k, fontSize: 11)
        }
        svg.text(width - 8, ly, "circle size: \(network.unit) naming the entity; line width: \(network.unit) naming both",
                 cssClass: "legend", anchor: .end)
        return svg.element(label: network.caption ?? "Network of entities named together", cssClass: "network")
    }
}
