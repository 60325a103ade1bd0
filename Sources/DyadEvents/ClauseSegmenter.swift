import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates

/// A stretch of a sentence between clause connectives.
struct Clause {
    let range: Range<Int>
    let kind: EventLexicon.ClauseKind
    /// For a clause that goes on after an insertion, its part before it: `Biden, who arrived
    /// on Monday, met Erdogan` has the subject `Biden` there.
    var interrupted: Range<Int>? = nil

    /// Whether `index` is in the clause or its part before an insertion.
    func covers(_ index: Int) -> Bool {
        range.contains(index) || (interrupted?.contains(index) ?? false)
    }
}

extension EventLexicon {
    /// Splits a sentence's tokens at the connectives listed in `clause_breaks` (not at those
    /// its `not_breaks` list as going on with the clause, nor inside a date: `the following
    /// day`, `the day before`); a clause that opens the sentence with one
    /// (`After …,`, `While …,`) ends at its first comma.
    func clauses(of tokens: TokenList, dates: [DatedExpression] = []) -> [Clause] {
        var clauses: [Clause] = []
        var start = 0
        var kind = ClauseKind.main
        var interrupted: Range<Int>?
        for match in clauseBreaks.matches(in: tokens) where match.value != .continuing {
            var at = match.range.lowerBound
            if let date = dates.first(where: { $0.expression.tokens.overlaps(match.range) }) {
                // `hai ngày sau khi …`: the clause of the event it counts from begins after it.
                guard date.expression.countsFromEvent, match.range.upperBound >= date.expression.tokens.upperBound else { continue }
                at = date.expression.tokens.upperBound
            }
            guard at > start else {
                // A sentence that opens with one (`Sau cuộc gặp với Putin tuần trước, ông Trump
                // …`, `While talks were under way, …`): that clause ends at its comma, and the
                // sentence's main clause follows.
                if at == 0,
                   let comma = (match.range.upperBound..<tokens.count).first(where: { tokens.token(at: $0, is: ",") }) {
                    clauses.append(Clause(range: 0..<comma, kind: match.value))
                    start = comma
                    kind = .main
                }
                continue
            }
            clauses.append(Clause(range: start..<at, kind: kind, interrupted: interrupted))
            start = at
            if match.value == .insertion {
                // The insertion ends at the next comma; the interrupted clause goes on after it.
                let end = (match.range.upperBound..<tokens.count).first { tokens.token(at: $0, is: ",") } ?? tokens.count
                clauses.append(Clause(range: start..<end, kind: .insertion))
                interrupted = clauses[clauses.count - 2].range
                start = end
                if end == tokens.count { return clauses }
                continue
            }
            kind = match.value
            interrupted = nil
        }
        clauses.append(Clause(range: start..<tokens.count, kind: kind, interrupted: interrupted))
        return clauses
    }
}
