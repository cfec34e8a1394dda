import DossierCore

/// Event tests analyse one invented text and compare its events as one line each:
/// "meet A+B@Place 2023-03-13 occurred" (participants sorted, statuses in mention order).
protocol DescribesEvents {}

extension DescribesEvents {
    func analyze(_ text: String, date: String? = nil) -> Analysis {
        Pipeline().analyze(Article(file: "t", date: date.flatMap { PartialDate(iso: $0) }, text: text))
    }

    func describe(_ a: Analysis) -> [String] {
        a.events.map { e in
            let ps = e.participants.map { a.entities[$0.entity].name }.sorted().joined(separator: "+")
            let place = e.place.map { "@" + a.entities[$0].name } ?? ""
            let date = e.date.map { " " + $0.iso } ?? ""
            let st = e.mentions.map(\.status.rawValue).joined(separator: ",")
            return "\(e.type.rawValue) \(ps)\(place)\(date) \(st)"
        }
    }
}
