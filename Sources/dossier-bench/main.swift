// dossier-bench KIND [ARGS…]: in-process benchmarks whose figures go to BENCHMARKS.md.
// Scripts/bench runs them in a release build beside the peers they are compared with.
import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

let benches: [String: ([String]) throws -> Void] = [
    "extract": ExtractBench.run,
    "html": HTMLBench.run,
    "bridge": BridgeBench.run,
    "read": ReadBench.run,
]

let argv = CommandLine.arguments
guard argv.count >= 2, let bench = benches[argv[1]] else {
    let names = benches.keys.sorted().joined(separator: "|")
    StandardStreams.writeError("usage: dossier-bench \(names) [ARGS…]\n")
    exit(2)
}
do {
    try bench(Array(argv.dropFirst(2)))
} catch {
    StandardStreams.writeError("dossier-bench \(argv[1]): \(error)\n")
    exit(1)
}
