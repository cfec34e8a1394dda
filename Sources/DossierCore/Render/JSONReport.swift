/// A report's whole structure as JSON, for programs: every block with its kind and its data
/// (table rows, quotes, timeline events, network nodes and edges, bars), keys in a fixed order.
///
///     {"title": …, "subtitle": …, "date": …, "period": {"since": "2018-06-18", "until": "2018-06-24"},
///      "blocks": [{"kind": "heading", "level": 2, "text": …}, {"kind": "table", "columns": […], "rows": [[…]]}, …]}
public enum JSONReport {
    public static func render(_ report: Report) -> String {
        value(report).pretty
    }

    public static func value(_ report: Report) -> JSON {
        var members: [JSON.Member] = [.init("title", .string(report.title))]
        members.append(.init("subtitle", .str(report.subtitle)))
        members.append(.init("date", .str(report.date)))
        if let p = report.period {
            members.append(
                .init("period", .object([.init("since", .str(p.firstDay)), .init("until", .str(p.lastDay))])))
        } else {
            members.append(.init("period", .null))
        }
        members.append(.init("empty", .bool(report.blocks.isEmpty)))
        members.append(.init("blocks", .array(report.blocks.map(value))))
        return .object(members)
    }

    static func value(_ block: ReportBlock) -> JSON {
        var m: [JSON.Member] = [.init("kind", .string(block.kind))]
        switch block {
        case .heading(let text, let level):
            m += [.init("level", .int(Int64(level))), .init("text", .string(text))]
        case .paragraph(let text):
            m.append(.init("text", .string(text)))
        case .list(let items):
            m.append(.init("items", .array(items.map(JSON.string))))
        case .table(let t):
            m += [
                .init("caption", .str(t.caption)), .init("columns", .array(t.data.columns.map(JSON.string))),
                .init("rows", .array(t.data.rows.map { JSON.array($0) })), .init("note", .str(t.note)),
            ]
        case .quotes(let q):
            m += [
                .init("caption", .str(q.caption)),
                .init(
                    "quotes",
                    .array(
                        q.quotes.map { quote in
                            .object([
                                .init("speaker", .str(quote.speaker)), .init("text", .string(quote.text)),
                                .init("source", .str(quote.source)), .init("date", .str(quote.date)),
                                .init("article", .str(quote.article)),
                            ])
                        })),
                .init("note", .str(q.note)),
            ]
        case .timeline(let t):
            func item(_ i: ReportTimeline.Item) -> JSON {
                .object([
                    .init("id", .int(i.id)), .init("date", .str(i.date?.iso)),
                    .init("precision", .str(i.date?.precision.rawValue)), .init("type", .string(i.type)),
                    .init("participants", .array(i.participants.map(JSON.string))), .init("place", .str(i.place)),
                    .init("statuses", .array(i.statuses.map(JSON.string))),
                    .init("sources", .array(i.sources.map(JSON.string))),
                ])
            }
            m += [
                .init("caption", .str(t.caption)), .init("events", .array(t.dated.map(item))),
                .init("undated", .array(t.undated.map(item))), .init("note", .str(t.note)),
            ]
        case .network(let n):
            m += [
                .init("caption", .str(n.caption)), .init("unit", .string(n.unit)),
                .init("focus", n.focus.map { .string(n.nodes[$0].name) } ?? .null),
                .init(
                    "nodes",
                    .array(
                        n.nodes.map { node in
                            .object([
                                .init("name", .string(node.name)), .init("kind", .string(node.kind)),
                                .init("weight", .int(Int64(node.weight))),
                            ])
                        })),
                .init(
                    "edges",
                    .array(
                        n.edges.map { edge in
                            .object([
                                .init("source", .string(n.nodes[edge.a].name)),
                                .init("target", .string(n.nodes[edge.b].name)),
                                .init("weight", .int(Int64(edge.weight))),
                            ])
                        })),
                .init("note", .str(n.note)),
            ]
        case .bars(let b):
            m += [
                .init("caption", .str(b.caption)),
                .init(
                    "bars",
                    .array(
                        b.bars.map {
                            .object([.init("label", .string($0.label)), .init("value", NumberText.json($0.value))])
                        })),
                .init("note", .str(b.note)),
            ]
        }
        return .object(m)
    }
}
