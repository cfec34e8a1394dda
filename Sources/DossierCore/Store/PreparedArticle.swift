/// An analyzed article with everything the writer needs that can be computed without the
/// database: its fingerprint and each entity's linking keys. An ingest
/// prepares articles on its analysis threads, so the single writer thread only writes.
struct PreparedArticle: Sendable {
    var analysis: Analysis
    var fingerprint: TextFingerprint
    /// Per entity of the analysis, in the same order.
    var entityKeys: [[String]]

    init(_ analysis: Analysis) {
        self.analysis = analysis
        fingerprint = TextFingerprint(text: analysis.article.text)
        entityKeys = analysis.entities.map { CorpusLinking.keys(name: $0.name, aliases: $0.aliases, kind: $0.kind) }
    }

    static func prepare(_ document: SourceDocument, pipeline: Pipeline) -> [PreparedArticle] {
        pipeline.analyze(document).map(PreparedArticle.init)
    }
}
