import CLua
import DossierCore
import LuaShim

/// Runs a report script as `dossier report` does: like `dossier run` (`arg[0]` the script,
/// `arg[1…]` and `...` its arguments), and then takes the report the script returns, or else the
/// last one it made with `report.new`.
public enum ReportScript {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The script raised an error: "script.lua:12: message" and a traceback.
        case script(String)
        /// The script ran but made no report.
        case noReport(String)

        public var description: String {
            switch self {
            case .script(let m), .noReport(let m): return m
            }
        }
    }

    public static func run(_ rt: LuaRuntime, path: String, args: [String], code: String) -> Result<Report, Failure> {
        let L = rt.L
        let code = rt.prepareScript(path: path, args: args, code: code)
        if let error = rt.load(code, name: "@" + path) { return .failure(.script(error)) }
        for a in args { Lua.push(L, a) }
        switch rt.call(nargs: Int32(args.count)) {
        case .failed(let message):
            return .failure(.script(message))
        case .ok(let n):
            defer { luashim_pop(L, n) }
            if n > 0, let report = ReportModule.report(rt, at: -n) { return .success(report) }
            if let report = ReportModule.lastReport(rt) { return .success(report) }
            return .failure(
                .noReport("\(path): the script made no report (start one with report.new{title=…} and return it)"))
        }
    }
}
