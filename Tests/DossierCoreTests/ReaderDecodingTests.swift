import Testing

@testable import DossierCore

@Suite("Reader decoding: gzip, encodings, binary and empty files")
struct ReaderDecodingTests {
    @Test func gzipRoundTrip() throws {
        let text = String(repeating: "Moon Jae-in met Vladimir Putin in Moscow on June 22.\n", count: 5000)
        let gz = gzipped(Array(text.utf8))
        #expect(gz.count < text.utf8.count / 10)
        #expect(try GzipInflater.gunzip(gz) == Array(text.utf8))
        let result = readBytes(gz, as: "story.txt.gz")
        #expect(result.fatal == nil)
        #expect(result.gzipped)
        #expect(result.format == "text")
        #expect(result.contentBytes == text.utf8.count)
        #expect(result.documents.first?.metadata.text.hasPrefix("Moon Jae-in met") == true)
    }

    @Test func gzipMultiMemberAndZeroPadding() throws {
        let a = Array("{\"title\":\"A\",\"text\":\"First.\"}\n".utf8)
        let b = Array("{\"title\":\"B\",\"text\":\"Second.\"}\n".utf8)
        #expect(try GzipInflater.gunzip(gzipped(a) + gzipped(b) + [0, 0, 0, 0]) == a + b)
        let result = readBytes(gzipped(a) + gzipped(b), as: "x.jsonl.gz")
        #expect(result.documents.map(\.metadata.title) == ["A", "B"])
        #expect(result.problems.isEmpty)
    }

    @Test func gzipTrailingGarbageIsReported() {
        let a = Array("{\"title\":\"A\",\"text\":\"First.\"}\n".utf8)
        let result = readBytes(gzipped(a) + Array("junk".utf8), as: "x.jsonl.gz")
        #expect(result.documentCount == 1)
        #expect(result.problems.contains { $0.hasPrefix("data after the end of the gzip stream") })
    }

    @Test func truncatedGzipIsAClearError() throws {
        let text = Array(String(repeating: "North Korea said talks would resume. ", count: 2000).utf8)
        let gz = gzipped(text)
        let cut = Array(gz.prefix(gz.count / 2))
        #expect(throws: ReaderError.self) { try GzipInflater.gunzip(cut) }
        do {
            _ = try GzipInflater.gunzip(cut)
        } catch {
            #expect(error.message == "truncated gzip stream after \(cut.count) bytes")
        }
        // A whole-document format cut short gives nothing.
        let text1 = readBytes(cut, as: "a.md.gz")
        #expect(text1.fatal == "truncated gzip stream after \(cut.count) bytes")
    }

    @Test func truncatedGzipKeepsTheRecordsBeforeTheCut() {
        var lines = ""
        for i in 0..<400 {
            lines += "{\"title\":\"Story \(i)\",\"text\":\"Body \(i) with some words to compress \(i * 7919).\"}\n"
        }
        let gz = gzipped(Array(lines.utf8))
        let result = readBytes(Array(gz.prefix(gz.count * 3 / 4)), as: "feed.jsonl.gz")
        #expect(result.fatal == nil)
        #expect(result.documentCount > 100 && result.documentCount < 400)
        #expect(result.problems.contains { $0.hasPrefix("truncated gzip stream after") && $0.contains("kept the") })
    }

    @Test func corruptGzipData() {
        var gz = gzipped(Array(String(repeating: "abc def ghi ", count: 1000).utf8))
        for i in 20..<40 { gz[i] ^= 0x5A }
        let result = readBytes(gz, as: "a.txt.gz")
        #expect(result.fatal?.hasPrefix("corrupt gzip data at byte") == true)
    }

    @Test func inflationIsCapped() {
        let bomb = gzipped([UInt8](repeating: 0x61, count: 4 << 20), level: 9)
        var options = ReaderOptions()
        options.maxInflatedBytes = 1 << 20
        let result = readBytes(bomb, as: "bomb.txt.gz", options: options)
        #expect(result.fatal?.contains("decompression bomb") == true)
        #expect(result.documentCount == 0)
    }

    @Test func emptyFiles() {
        #expect(readBytes([], as: "a.txt").fatal == "empty file")
        #expect(readBytes(gzipped([]), as: "a.txt.gz").fatal == "empty file (after gunzip)")
        #expect(readText("  \n\n \t\n", as: "a.txt").fatal == "no text, only white space")
    }

    @Test func binaryFiles() {
        var elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        elf += [UInt8](repeating: 0, count: 100)
        #expect(readBytes(elf, as: "notes.txt").fatal == "binary file (ELF executable), skipped")
        #expect(readBytes(Array("%PDF-1.4\n%âãÏÓ\n".utf8), as: "a.pdf").fatal == "binary file (PDF), skipped")
        var noise: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<4096 {
            x = x &* 1_103_515_245 &+ 12345
            noise.append(UInt8(truncatingIfNeeded: x >> 16))
        }
        #expect(readBytes(noise, as: "a.txt").fatal == "binary file, skipped")
        #expect(readBytes(Array("text with a NUL\0 in it".utf8), as: "a.txt").fatal == "binary file, skipped")
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsPosition() throws {
        var bytes = Array("Line one.\nLine two has a bad byte: ".utf8)
        let offset = bytes.count
        bytes.append(0xFC)
        bytes += Array(" here.\nLine three, caf\u{E9} in UTF-8.\n".utf8)
        let result = readBytes(bytes, as: "a.txt")
        #expect(result.fatal == nil)
        #expect(result.encoding == "UTF-8")
        #expect(result.problems == ["invalid UTF-8 at byte \(offset) (line 2), replaced"])
        let text = try #require(result.documents.first?.metadata.text)
        #expect(text.contains("bad byte: \u{FFFD} here."))
        #expect(text.contains("café"))
    }

    @Test func invalidUTF8SplitAcrossPiecesKeepsOffsets() {
        // The decoder sees the file in pieces; a sequence cut by a piece boundary must not count.
        var decoder = StreamingTextDecoder(encoding: .utf8, bomLength: 0)
        let bytes = Array("ab\u{E9}cd\nx".utf8) + [0xFF] + Array("yz".utf8)
        var out: [UInt8] = []
        for i in 0..<bytes.count { out += decoder.decode(bytes[i..<(i + 1)]) }
        out += decoder.decode([], final: true)
        #expect(String(decoding: out, as: UTF8.self) == "ab\u{E9}cd\nx\u{FFFD}yz")
        #expect(decoder.problem == "invalid UTF-8 at byte 8 (line 2), replaced")
    }

    @Test func latin1FileIsReadAsWindows1252() throws {
        // "Café au lait à Zürich – “quoted”" in Windows-1252.
        let bytes: [UInt8] =
            Array("Caf".utf8) + [0xE9] + Array(" au lait ".utf8) + [0xE0] + Array(" Z".utf8) + [0xFC]
            + Array("rich ".utf8) + [0x96, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x0A]
        let result = readBytes(bytes, as: "a.txt")
        #expect(result.encoding == "Windows-1252")
        #expect(result.documents.first?.metadata.text == "Café au lait à Zürich – “quoted”")
        let note = try #require(result.problems.first)
        #expect(note.hasPrefix("not UTF-8: read as Windows-1252 (6 bytes outside UTF-8, first at byte 3, line 1)"))
    }

    @Test func declaredLatin1InXML() {
        let xml: [UInt8] =
            Array(
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Le Monde</title><item><title>Caf"
                    .utf8)
            + [0xE9] + Array("</title><description>Texte.</description></item></channel></rss>".utf8)
        let result = readBytes(xml, as: "feed.xml")
        #expect(result.encoding == "Windows-1252")
        #expect(result.documents.first?.metadata.title == "Café")
    }

    @Test(
        arguments: [
            ("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array("Seoul, June 21.".utf8), "UTF-8"),
            (
                "UTF-16LE BOM",
                [0xFF, 0xFE] + Array("Seoul, June 21.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16LE"
            ),
            (
                "UTF-16BE BOM",
                [0xFE, 0xFF] + Array("Seoul, June 21.".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "UTF-16BE"
            ),
            (
                "UTF-16LE without BOM", Array("Seoul, June 21.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                "UTF-16LE"
            ),
        ] as [(String, [UInt8], String)])
    func byteOrderMarks(_ name: String, _ bytes: [UInt8], _ encoding: String) {
        let result = readBytes(bytes, as: "a.txt")
        #expect(result.encoding == encoding, "\(name)")
        #expect(result.documents.first?.metadata.text == "Seoul, June 21.", "\(name)")
        #expect(result.problems.isEmpty, "\(name)")
    }

    @Test func utf16SurrogatePairsAndLoneSurrogates() {
        var decoder = StreamingTextDecoder(encoding: .utf16LE, bomLength: 0)
        let units: [UInt16] = [0x0041, 0xD83D, 0xDE00, 0xDC00, 0x0042]
        let bytes = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        var out = decoder.decode(bytes[0..<3])
        out += decoder.decode(bytes[3...], final: true)
        #expect(String(decoding: out, as: UTF8.self) == "A😀\u{FFFD}B")
        #expect(decoder.problem == "invalid UTF-16LE at byte 6 (line 1), replaced")
    }
}
