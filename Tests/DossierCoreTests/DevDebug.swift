// Opt-in: prints what the pipeline sees in a text (DOSSIER_DEBUG=file or text).
@testable import DossierCore
import Foundation
import Testing

@Suite struct DevDebug {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_DEBUG"] != nil))
    func debug() throws {
        let arg = ProcessInfo.processInfo.environment["DOSSIER_DEBUG"]!
        let text = FileManager.default.fileExists(atPath: arg) ? try String(contentsOfFile: arg, encoding: .utf8) : arg
        let doc = TextDocument(text)
        let (mentions, titles) = MentionFinder(doc).find()
        for m in mentions {
            print("M", m.form, m.kind as Any, doc.string(bytes: Int(m.byteStart), Int(m.byteEnd)), "ev=\(String(m.evidence.rawValue, radix: 2))", "title=\(m.title)")
        }
        for t in titles { print("T", doc.string(Int(t.start), Int(t.end)), t.category, t.attachedTo) }
        let a = Pipeline().analyze(Article(file: "x", text: text))
        for e in a.entities { print("E", e.name, e.kind, e.country as Any, e.title as Any, e.aliases) }
        for e in a.events { print("EV", e.type, e.participants.map { a.entities[$0.entity].name }, e.place.map { a.entities[$0].name } as Any, e.date as Any, e.mentions.map { "\($0.status)" }) }
        for q in a.quotes { print("Q", q.speaker.map { a.entities[$0].name } as Any, q.text) }
    }
}
