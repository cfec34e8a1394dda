import DossierCore
import Foundation

/// One status line on a terminal, rewritten in place: files, articles, MB/s and time left.
final class ProgressLine {
    private let enabled: Bool
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ p: IngestProgress) {
        guard enabled, p.seconds - lastDraw >= 0.1 || p.filesDone == p.filesTotal else { return }
        lastDraw = p.seconds
        let mb = Double(p.bytesDone) / 1e6
        let rate = p.seconds > 0 ? mb / p.seconds : 0
        let left = rate > 0 ? Double(p.bytesTotal - p.bytesDone) / 1e6 / rate : 0
        let name = (p.currentFile as NSString).lastPathComponent
        let line = String(
            format: "[%d/%d files] %d articles  %.1f MB  %.1f MB/s  %@ left  %@",
            p.filesDone, p.filesTotal, p.articles, mb, rate, ProgressLine.clock(left), name)
        StandardStreams.writeError("\r\u{1B}[K" + line)
        drawn = true
    }

    func finish() {
        if drawn { StandardStreams.writeError("\r\u{1B}[K") }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
