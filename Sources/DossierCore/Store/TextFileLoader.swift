/// The loader used until the format readers are wired in: UTF-8 text files, one document each.
public enum TextFileLoader {
    public static let load: FileLoader = { path, bytes in
        if bytes.isEmpty { return LoadedFile(format: "text", documents: [], failure: "empty file") }
        if bytes.prefix(4096).contains(0) { return LoadedFile(format: nil, documents: [], failure: "binary file, skipped") }
        let text = String(decoding: bytes, as: UTF8.self)
        var problems: [String] = []
        if String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) == nil {
            problems.append("invalid UTF-8, replaced with U+FFFD")
        }
        let doc = SourceDocument(file: path, metadata: Article(file: path, text: text), mayHoldSeveral: true)
        return LoadedFile(format: "text", documents: [doc], problems: problems)
    }
}
