// Opt-in generality check on PLOVER's 322 coded sentences (../shared, CC BY-SA, read in place):
//   DOSSIER_PLOVER=../shared/peers/petrarch/plover-gsr/PLOVER_GSR_CAMEO.json swift test --filter PloverGeneralityReport
// Prints, per PLOVER category, how many sentences gave a meet/visit/invite/speech event, and each
// event found, for review. CONSULT sentences are the meetings and visits PLOVER codes.
import DossierCore
import Foundation
import Testing

@Suite struct PloverGeneralityReport {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_PLOVER"] != nil))
    func report() throws {
        let path = ProcessInfo.processInfo.environment["DOSSIER_PLOVER"]!
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let records = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        var byCategory: [String: (n: Int, withEvent: Int)] = [:]
        var lines: [String] = []
        for r in records {
            guard let text = r["text"] as? String, let cat = r["event"] as? String, cat != "DOCUMENT" else { continue }
            let mode = (r["mode"] as? String) ?? ""
            let a = Pipeline().analyze(Article(file: r["id"] as? String ?? "", text: text))
            var c = byCategory[cat] ?? (0, 0)
            c.n += 1
            if !a.events.isEmpty { c.withEvent += 1 }
            byCategory[cat] = c
            for e in a.events {
                let parts = e.participants.map { a.entities[$0.entity].name }.joined(separator: "+")
                let place = e.place.map { a.entities[$0].name } ?? "-"
                let st = e.mentions.map(\.status.rawValue).joined(separator: ",")
                lines.append(
                    "EV\t\(cat)/\(mode)\t\(e.type.rawValue) \(e.code)\t\(parts)\t@\(place)\t\(st)\t| \(text.prefix(150))"
                )
            }
            if cat == "CONSULT" && a.events.isEmpty { lines.append("MISS\tCONSULT/\(mode)\t| \(text.prefix(150))") }
        }
        for l in lines { print(l) }
        for (k, v) in byCategory.sorted(by: { $0.key < $1.key }) { print("CAT\t\(k)\t\(v.n)\t\(v.withEvent)") }
    }
}
