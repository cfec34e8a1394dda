/// The SQL a query runs, as a user can read it and paste it into the sqlite3 shell
/// (`q:sql()` in Lua): to see what a filter does, and to time the same statement outside Dossier.
extension Query {
    /// The statement that reads the query's rows (what loops, `list` and `show` run).
    public var rowsSQL: String {
        "SELECT \(kind.alias).id" + RowBlock.columns(kind).map { ", " + $0.sql }.joined()
            + fromClause + whereClause + orderClause + limitClause
    }

    /// The statement `count()` runs.
    public var countSQL: String { "SELECT count(*) FROM (\(idSQL))" }

    /// `sql` with the query's arguments written in as SQL literals.
    public func withArguments(_ sql: String) -> String {
        var out = ""
        var next = arguments.makeIterator()
        var quote: Character?
        for ch in sql {
            if let q = quote {
                if ch == q { quote = nil }
                out.append(ch)
            } else if ch == "'" || ch == "\"" {
                quote = ch
                out.append(ch)
            } else if ch == "?", let argument = next.next() {
                switch argument {
                case .int(let i): out += String(i)
                case .text(let s): out += "'" + s.replacingAll("'", with: "''") + "'"
                }
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingAll(_ a: Character, with b: String) -> String {
        var out = ""
        for ch in self { if ch == a { out += b } else { out.append(ch) } }
        return out
    }
}
