import Foundation
import PTYSupport
import Testing

/// The REPL on a real pseudo-terminal: readline completion, continuation lines, Ctrl-C while a
/// chunk runs and at the prompt, Ctrl-D, and the history file across sessions.
@Suite(.serialized) struct PTYTests {
    /// A dossier REPL on a pty, with a screen buffer read as output arrives.
    final class Terminal {
        let pid: pid_t
        let master: Int32
        private(set) var screen = ""
        private var mark: String.Index

        init(home: String, environment: [String] = [], arguments: [String] = []) throws {
            let argv = [Binary.path] + arguments
            let env =
                ["HOME=\(home)", "TERM=xterm", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "INPUTRC=/dev/null"] + environment
            var master: Int32 = -1
            let cArgs = argv.map { strdup($0) } + [nil]
            let cEnv = env.map { strdup($0) } + [nil]
            defer { (cArgs + cEnv).forEach { free($0) } }
            let pid = cArgs.withUnsafeBufferPointer { a in
                cEnv.withUnsafeBufferPointer { e in
                    a.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: a.count) { ap in
                        e.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: e.count) { ep in
                            pty_spawn(ap, ep, Binary.root, 40, 120, &master)
                        }
                    }
                }
            }
            guard pid > 0 else { throw POSIXError(.ECHILD) }
            self.pid = pid
            self.master = master
            mark = screen.startIndex
        }

        func send(_ text: String) {
            var bytes = Array(text.utf8)
            _ = write(master, &bytes, bytes.count)
        }

        /// Waits until `text` appears after the last match; returns whether it did.
        @discardableResult
        func expect(_ text: String, timeout: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if let r = screen.range(of: text, range: mark..<screen.endIndex) {
                    mark = r.upperBound
                    return true
                }
                read(for: 0.05)
            }
            return false
        }

        private func read(for seconds: Double) {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, Int32(seconds * 1000)) > 0 else { return }
            var buf = [UInt8](repeating: 0, count: 4096)
            let n = Glibc.read(master, &buf, buf.count)
            if n > 0 {
                let offset = screen.distance(from: screen.startIndex, to: mark)
                screen += String(decoding: buf[0..<n], as: UTF8.self)
                mark = screen.index(screen.startIndex, offsetBy: offset)
            }
        }

        /// Waits for the process to end; returns its exit status.
        func wait(timeout: Double = 10) -> Int32? {
            let deadline = Date().addingTimeInterval(timeout)
            var status: Int32 = 0
            while Date() < deadline {
                read(for: 0.02)
                if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xff }
            }
            kill(pid, SIGKILL)
            return nil
        }

        deinit {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(master)
        }
    }

    let home: String
    init() throws { home = try Binary.temporaryFolder() }

    @Test func completesGlobalsFieldsAndMethods() throws {
        let t = try Terminal(home: home)
        #expect(t.expect("> "))
        t.send("dossier.ver\t")
        #expect(t.expect("dossier.version"))
        t.send("\r")
        #expect(t.expect("0.1.0"))
        t.send("q = events()\r")
        #expect(t.expect("> "))
        t.send("q:cou\t")
        #expect(t.expect("q:count("))
        t.send(")\r")
        #expect(t.expect("\n"))
        t.send("events{ty\t")
        #expect(t.expect("events{type="))
        t.send("\u{15}")  // Ctrl-U: clear the line
        t.send("\u{04}")
        #expect(t.wait() == 0)
    }

    @Test func ingestShowsProgressOnATerminalAndNothingElsewhere() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let articles = try IngestReliabilityTests.makeCorpus(files: 40, in: dir + "/in")
        let t = try Terminal(home: home, arguments: ["ingest", "--db", dir + "/a.db", dir + "/in"])
        #expect(t.wait(timeout: 60) == 0)
        // The status line: files, articles, MB/s and time left, rewritten in place, then cleared.
        #expect(t.screen.contains("[40/40 files] \(articles) articles"), "\(t.screen)")
        #expect(t.screen.contains(" MB/s ") && t.screen.contains(" left "))
        #expect(t.screen.contains("\r\u{1B}[K40 new, 0 unchanged"))
        // Not on a terminal: the summary alone.
        let piped = try Binary.run(["ingest", "--db", dir + "/b.db", dir + "/in"])
        #expect(piped.stderr.isEmpty)
        #expect(piped.stdout.hasPrefix("40 new, 0 unchanged") && !piped.stdout.contains("\r"))
    }

    @Test func continuationLinesAndCtrlC() throws {
        let t = try Terminal(home: home)
        #expect(t.expect("> "))
        t.send("for i = 1, 2 do\r")
        #expect(t.expect(">> "))
        t.send("print(i * 10)\r")
        #expect(t.expect(">> "))
        t.send("end\r")
        #expect(t.expect("10\r\n20"))
        // Ctrl-C while a chunk runs interrupts it; the session goes on.
        t.send("while true do end\r")
        Thread.sleep(forTimeInterval: 0.3)
        t.send("\u{03}")
        #expect(t.expect("interrupted!"))
        t.send("1 + 1\r")
        #expect(t.expect("2\r\n"))
        // Ctrl-C at the prompt clears the line, and an unfinished chunk.
        t.send("abc")
        Thread.sleep(forTimeInterval: 0.1)
        t.send("\u{03}")
        #expect(t.expect("^C"))
        #expect(t.expect("> "))
        t.send("if true then\r")
        #expect(t.expect(">> "))
        t.send("\u{03}")
        #expect(t.expect("> "), "\(t.screen.debugDescription)")
        t.send("3 * 3\r")
        #expect(t.expect("9\r\n"), "\(t.screen.debugDescription)")
        #expect(!t.screen.contains("abc3"))
        #expect(t.expect("> "))
        t.send("\u{04}")
        #expect(t.wait() == 0)
    }

    @Test func chartsAreColouredOnATerminalUnlessNoColor() throws {
        let coloured = try Terminal(home: home)
        #expect(coloured.expect("> "))
        coloured.send("chart({meet=2}, {width=2})\r")
        #expect(coloured.expect("meet  \u{1B}[36m██\u{1B}[0m 2"), "\(coloured.screen.debugDescription)")
        #expect(coloured.expect("> "))
        coloured.send("\u{04}")
        #expect(coloured.wait() == 0)

        let plain = try Terminal(home: home, environment: ["NO_COLOR=1"])
        #expect(plain.expect("> "))
        plain.send("chart({meet=2}, {width=2})\r")
        #expect(plain.expect("meet  ██ 2"), "\(plain.screen.debugDescription)")
        #expect(!plain.screen.contains("\u{1B}[36m"))
        #expect(plain.expect("> "))
        plain.send("\u{04}")
        #expect(plain.wait() == 0)
    }

    @Test func historyPersistsAcrossSessions() throws {
        let first = try Terminal(home: home)
        #expect(first.expect("> "))
        first.send("print('remembered ' .. 40 + 2)\r")
        #expect(first.expect("remembered 42"))
        #expect(first.expect("> "))
        first.send("\u{04}")
        #expect(first.wait() == 0)
        let history = try String(contentsOfFile: home + "/.dossier_history", encoding: .utf8)
        #expect(history.contains("print('remembered ' .. 40 + 2)"))

        let second = try Terminal(home: home)
        #expect(second.expect("> "))
        second.send("\u{1b}[A")
        #expect(second.expect("print('remembered ' .. 40 + 2)"))
        second.send("\r")
        #expect(second.expect("remembered 42"))
        #expect(second.expect("> "))
        second.send("\u{04}")
        #expect(second.wait() == 0)
    }
}
