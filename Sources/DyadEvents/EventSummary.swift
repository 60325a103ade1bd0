import DyadText

/// The text an event carries: the clause it was found in, cut to a summary's length.
extension EventExtractor {
    /// The clause an event was found in, without the connective that opens it; the whole
    /// sentence when it has one clause.
    func clauseText(_ clause: Clause, tokens: TokenList, whole: String, clauses: Int) -> String {
        guard clauses > 1 else { return whole }
        var start = clause.range.lowerBound
        if clause.kind != .main, let match = lexicon.clauseBreaks.longestMatch(in: tokens, at: start) { start += match.length }
        while start < clause.range.upperBound, tokens[start].isPunctuation { start += 1 }
        let text = tokens.text(start..<clause.range.upperBound)
        guard let first = text.first else { return whole }
        return first.uppercased() + text.dropFirst()
    }

    /// A summary: the text up to 220 characters, cut at a space and marked ` …` when longer.
    func summary(of text: String) -> String {
        let limit = 220
        // Counting characters walks the whole text: a text of at most `limit` bytes has at
        // most `limit` characters and is kept without counting.
        guard text.utf8.count > limit, text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + " …"
    }
}
