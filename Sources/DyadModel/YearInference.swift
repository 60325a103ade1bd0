/// One piece of evidence for the year of a document without a publication date.
public struct YearEvidence: Sendable, Hashable, Codable {
    /// `explicit year` or `officeholder`.
    public let kind: String
    /// The words in the text.
    public let text: String
    public let line: Int
    /// The years it allows, as ranges.
    public let years: [ClosedRange<Int>]

    public init(kind: String, text: String, line: Int, years: [ClosedRange<Int>]) {
        self.kind = kind
        self.text = text
        self.line = line
        self.years = years
    }
}

/// The outcome of inferring a document's year from its own main body.
public struct YearInference: Sendable, Hashable {
    /// Years consistent with the evidence, most likely first.
    public let candidates: [Int]
    public let chosen: Int?
    public let evidence: [YearEvidence]
    public let note: String

    public init(candidates: [Int], chosen: Int?, evidence: [YearEvidence], note: String) {
        self.candidates = candidates
        self.chosen = chosen
        self.evidence = evidence
        self.note = note
    }
}
