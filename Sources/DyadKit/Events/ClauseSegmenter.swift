/// A stretch of a sentence between clause connectives.
struct Clause {
    let range: Range<Int>
    let kind: EventLexicon.ClauseKind
}

extension EventLexicon {
    /// Splits a sentence's tokens at the connectives listed in `clause_breaks`.
    func clauses(of tokens: TokenList) -> [Clause] {
        var clauses: [Clause] = []
        var start = 0
        var kind = ClauseKind.main
        for match in clauseBreaks.matches(in: tokens) where match.range.lowerBound > start {
            clauses.append(Clause(range: start..<match.range.lowerBound, kind: kind))
            start = match.range.lowerBound
            kind = match.value
        }
        clauses.append(Clause(range: start..<tokens.count, kind: kind))
        return clauses
    }
}
