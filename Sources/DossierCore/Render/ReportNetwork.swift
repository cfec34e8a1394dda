/// Who appears with whom: entities as nodes (weighted by how many articles or events name them)
/// and co-occurrences as edges (weighted by how many name both).
public struct ReportNetwork: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var kind: String
        public var weight: Int

        public init(id: Int64, name: String, kind: String, weight: Int) {
            self.id = id
            self.name = name
            self.kind = kind
            self.weight = weight
        }
    }

    /// An edge between `nodes[a]` and `nodes[b]`, a < b.
    public struct Edge: Sendable, Equatable {
        public var a: Int
        public var b: Int
        public var weight: Int

        public init(a: Int, b: Int, weight: Int) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    public var caption: String?
    public var nodes: [Node]
    public var edges: [Edge]
    /// The entity the network is drawn around (a person's dossier), by node index.
    public var focus: Int?
    /// What the counts count: "articles" or "events".
    public var unit: String
    public var note: String?

    public init(
        caption: String? = nil, nodes: [Node], edges: [Edge], focus: Int? = nil, unit: String, note: String? = nil
    ) {
        self.caption = caption
        self.nodes = nodes
        self.edges = edges
        self.focus = focus
        self.unit = unit
        self.note = note
    }

    public var isEmpty: Bool { nodes.isEmpty }

    /// Builds the network of `groups` (each the entity ids one article or event names). The
    /// `maxNodes` most frequent entities are kept (ties by name), then edges among them of at
    /// least `minWeight`; entities left without an edge are dropped unless no edge is left at all.
    public static func coOccurrence(
        groups: [[Int64]], entities: [Int64: (name: String, kind: String)], unit: String, maxNodes: Int = 30,
        minWeight: Int = 1, maxEdgesPerNode: Int = 3, focus: Int64? = nil, caption: String? = nil
    ) -> ReportNetwork {
        var nodeWeight: [Int64: Int] = [:]
        var pairWeight: [Pair: Int] = [:]
        for group in groups {
            let ids = Array(Set(group.filter { entities[$0] != nil })).sorted()
            for id in ids { nodeWeight[id, default: 0] += 1 }
            for i in ids.indices {
                for j in ids.indices where j > i { pairWeight[Pair(ids[i], ids[j]), default: 0] += 1 }
            }
        }
        func name(_ id: Int64) -> String { entities[id]!.name }
        var ranked = nodeWeight.keys.sorted { x, y in
            let (wx, wy) = (nodeWeight[x]!, nodeWeight[y]!)
            if wx != wy { return wx > wy }
            return name(x) != name(y) ? name(x) < name(y) : x < y
        }
        if let focus, nodeWeight[focus] != nil {
            // The focus is always in, whatever its rank.
            ranked.removeAll { $0 == focus }
            ranked.insert(focus, at: 0)
        }
        var kept = Array(ranked.prefix(max(0, maxNodes)))
        var keptSet = Set(kept)
        var pairs = pairWeight.filter {
            keptSet.contains($0.key.a) && keptSet.contains($0.key.b) && $0.value >= minWeight
        }
        // A picture with every tie of a busy week is a hairball: the strongest ties only, a few per node.
        let edgeLimit = max(1, maxEdgesPerNode * kept.count)
        var weakerTies = 0
        if pairs.count > edgeLimit {
            let strongest = pairs.sorted { x, y in
                if x.value != y.value { return x.value > y.value }
                return (name(x.key.a), name(x.key.b), x.key.a, x.key.b) < (
                    name(y.key.a), name(y.key.b), y.key.a, y.key.b
                )
            }.prefix(edgeLimit)
            weakerTies = pairs.count - edgeLimit
            pairs = Dictionary(uniqueKeysWithValues: strongest.map { ($0.key, $0.value) })
        }
        let linked = Set(pairs.keys.flatMap { [$0.a, $0.b] })
        if !linked.isEmpty {
            kept.removeAll { !linked.contains($0) && $0 != focus }
            keptSet = Set(kept)
            pairs = pairs.filter { keptSet.contains($0.key.a) && keptSet.contains($0.key.b) }
        }
        let index = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
        let nodes = kept.map { Node(id: $0, name: name($0), kind: entities[$0]!.kind, weight: nodeWeight[$0]!) }
        var edges: [Edge] = []
        for (pair, w) in pairs {
            let i = index[pair.a]!
            let j = index[pair.b]!
            edges.append(Edge(a: min(i, j), b: max(i, j), weight: w))
        }
        edges.sort(by: edgeOrder)
        let dropped = ranked.count - kept.count
        var notes: [String] = []
        if dropped > 0 { notes.append("\(dropped) less connected \(dropped == 1 ? "entity" : "entities") left out") }
        if weakerTies > 0 { notes.append("\(weakerTies) weaker \(weakerTies == 1 ? "tie" : "ties") not drawn") }
        return ReportNetwork(
            caption: caption, nodes: nodes, edges: edges, focus: focus.flatMap { index[$0] }, unit: unit,
            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// Strongest first, then by node order, so the order never depends on hashing.
    private static func edgeOrder(_ x: Edge, _ y: Edge) -> Bool {
        if x.weight != y.weight { return x.weight > y.weight }
        if x.a != y.a { return x.a < y.a }
        return x.b < y.b
    }

    private struct Pair: Hashable {
        var a: Int64
        var b: Int64
        init(_ a: Int64, _ b: Int64) {
            self.a = min(a, b)
            self.b = max(a, b)
        }
    }

    /// The edges as a table, strongest first, for CSV and Markdown.
    public var table: TableData {
        TableData(
            columns: ["entity", "with", unit],
            rows: edges.map { [.string(nodes[$0.a].name), .string(nodes[$0.b].name), .int(Int64($0.weight))] })
    }
}
