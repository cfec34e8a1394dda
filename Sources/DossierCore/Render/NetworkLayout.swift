import Foundation

/// Positions for a network's nodes by Fruchterman and Reingold's force-directed method, made
/// deterministic: nodes start on a circle in their given order (the focus in the middle), the
/// number of steps and the cooling are fixed, and nothing is random. The same network therefore
/// always gets the same picture.
///
/// Separate components (two people who met each other and nobody else) are laid out one by one:
/// drawn together, the forces push small components to the corners and squeeze the main one.
/// The largest takes the left of the picture; the others share a column on the right.
enum NetworkLayout {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    /// Positions in the unit square [0, 1] × [0, 1], one per node.
    static func positions(count n: Int, edges: [(a: Int, b: Int, weight: Int)], focus: Int?, iterations: Int = 300)
        -> [Point]
    {
        let parts = components(count: n, edges: edges)
        // One component, or nothing but lone nodes (no edges to pull anything together): one layout.
        if parts.count <= 1 || parts.allSatisfy({ $0.count == 1 }) {
            return forceDirected(count: n, edges: edges, focus: focus, iterations: iterations)
        }
        var out = [Point](repeating: Point(x: 0.5, y: 0.5), count: n)
        let rest = Array(parts.dropFirst())
        let columns = (rest.count + 5) / 6
        let rows = (rest.count + columns - 1) / columns
        let side = min(0.45, 0.2 * Double(columns))
        func place(_ part: [Int], x0: Double, y0: Double, w: Double, h: Double) {
            let local = Dictionary(uniqueKeysWithValues: part.enumerated().map { ($0.element, $0.offset) })
            let sub = edges.compactMap { e -> (a: Int, b: Int, weight: Int)? in
                guard let a = local[e.a], let b = local[e.b] else { return nil }
                return (a, b, e.weight)
            }
            let f = focus.flatMap { local[$0] }
            let p = forceDirected(count: part.count, edges: sub, focus: f, iterations: iterations)
            // A cell keeps a margin, so neighbouring components do not touch.
            for (i, node) in part.enumerated() {
                out[node] = Point(x: x0 + w * (0.1 + 0.8 * p[i].x), y: y0 + h * (0.1 + 0.8 * p[i].y))
            }
        }
        place(parts[0], x0: 0, y0: 0, w: 1 - side, h: 1)
        for (i, part) in rest.enumerated() {
            let column = i / rows
            let row = i % rows
            let w = side / Double(columns)
            let h = 1 / Double(rows)
            place(part, x0: 1 - side + Double(column) * w, y0: Double(row) * h, w: w, h: h)
        }
        return out
    }

    /// The connected components, largest first (ties: the one with the first node first), each
    /// with its nodes in order.
    static func components(count n: Int, edges: [(a: Int, b: Int, weight: Int)]) -> [[Int]] {
        var parent = Array(0..<n)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for e in edges where e.a < n && e.b < n {
            let (a, b) = (root(e.a), root(e.b))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[root(i), default: []].append(i) }
        return groups.values.sorted { x, y in x.count != y.count ? x.count > y.count : x[0] < y[0] }
    }

    private static func forceDirected(
        count n: Int, edges: [(a: Int, b: Int, weight: Int)], focus: Int?, iterations: Int
    ) -> [Point] {
        if n == 0 { return [] }
        if n == 1 { return [Point(x: 0.5, y: 0.5)] }
        var pos: [Point] = (0..<n).map { i in
            let a = 2 * Double.pi * Double(i) / Double(n)
            return Point(x: 0.5 + 0.4 * cos(a), y: 0.5 + 0.4 * sin(a))
        }
        if let focus, focus < n { pos[focus] = Point(x: 0.5, y: 0.5) }
        let k = 1.1 * (1.0 / Double(n)).squareRoot()
        let maxWeight = Double(edges.map(\.weight).max() ?? 1)
        var temperature = 0.1
        let cooling = temperature / Double(iterations + 1)
        for _ in 0..<iterations {
            var disp = [Point](repeating: Point(x: 0, y: 0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var dx = pos[i].x - pos[j].x
                    var dy = pos[i].y - pos[j].y
                    var d = (dx * dx + dy * dy).squareRoot()
                    if d < 1e-6 {
                        // Two nodes on one spot: part them along a fixed direction.
                        dx = 1e-3 * Double(j - i)
                        dy = 1e-3
                        d = (dx * dx + dy * dy).squareRoot()
                    }
                    let f = k * k / d
                    disp[i].x += dx / d * f
                    disp[i].y += dy / d * f
                    disp[j].x -= dx / d * f
                    disp[j].y -= dy / d * f
                }
            }
            for e in edges {
                let dx = pos[e.a].x - pos[e.b].x
                let dy = pos[e.a].y - pos[e.b].y
                let d = max(1e-6, (dx * dx + dy * dy).squareRoot())
                // Stronger ties pull harder, but only logarithmically, so one heavy edge does not collapse the rest.
                let f = d * d / k * (1 + log(Double(e.weight)) / log(1 + maxWeight))
                disp[e.a].x -= dx / d * f
                disp[e.a].y -= dy / d * f
                disp[e.b].x += dx / d * f
                disp[e.b].y += dy / d * f
            }
            for i in 0..<n {
                // A little gravity keeps separate components on the page.
                disp[i].x += (0.5 - pos[i].x) * k * 0.5
                disp[i].y += (0.5 - pos[i].y) * k * 0.5
                let len = max(1e-9, (disp[i].x * disp[i].x + disp[i].y * disp[i].y).squareRoot())
                let step = min(len, temperature)
                pos[i].x += disp[i].x / len * step
                pos[i].y += disp[i].y / len * step
            }
            if let focus, focus < n { pos[focus] = Point(x: 0.5, y: 0.5) }
            temperature -= cooling
        }
        // Scale to fill the unit square.
        let xs = pos.map(\.x)
        let ys = pos.map(\.y)
        let (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let sx = x1 - x0 > 1e-9 ? 1 / (x1 - x0) : 0
        let sy = y1 - y0 > 1e-9 ? 1 / (y1 - y0) : 0
        return pos.map { p in
            Point(x: sx == 0 ? 0.5 : (p.x - x0) * sx, y: sy == 0 ? 0.5 : (p.y - y0) * sy)
        }
    }
}
