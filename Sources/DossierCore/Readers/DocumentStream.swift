/// A reader that can take a file piece by piece, so a file of any size is read in bounded memory:
/// the registry feeds it decoded UTF-8 as it comes off the disk (or out of gzip) and hands each
/// finished document on before reading further.
public protocol StreamingDocumentReader: DocumentReader {
    func makeStream(file: String, options: ReaderOptions) -> any DocumentStream
}

/// The state of one streaming read. Pieces may split a line, a record or a UTF-8 sequence anywhere;
/// the stream keeps what it cannot finish yet.
public protocol DocumentStream {
    /// Takes the next piece; adds the documents it completes, and problems, to `result`.
    mutating func feed(_ bytes: ArraySlice<UInt8>, into result: inout ReaderResult)
    /// The input has ended: adds the last documents (and what was left unfinished) to `result`.
    mutating func finish(into result: inout ReaderResult)
}

extension StreamingDocumentReader {
    /// Reading a whole buffer is one feed and a finish, so both paths share the same code.
    public func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        var stream = makeStream(file: file, options: options)
        var result = ReaderResult(documents: [])
        stream.feed(bytes[...], into: &result)
        stream.finish(into: &result)
        return result
    }
}
