import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging
import DyadRendering

/// A document far larger than any article (a dump, a table run together) is read in parts of
/// about ``Builder/partSize`` bytes, cut at line ends (at a space within a line longer than a part): each part is analysed alone and only its
/// events and names are kept, so memory follows the part, not the document. Line numbers stay
/// those of the whole file (each part is preceded by as many empty lines as come before it).
/// What crosses a cut — a pair named in the sentence before, an earlier date for `hôm sau` — is
/// not carried over; no article is this long.
extension Builder {
    /// The size of a part; documents of up to twice this are read whole.
    static let partSize = 2 << 20

    func contribution(of document: SourceDocument, with analyzer: Analyzer, languageBasis: String) -> Contribution {
        guard document.utf8.count > 2 * Self.partSize else {
            return contribution(of: analyzer.analyze(document), languageBasis: languageBasis)
        }
        var combined: Contribution?
        // Each part is made when it is read, so that one part's bytes are held at a time.
        let parts = Self.parts(of: document)
        while let part = parts.next() {
            let next = contribution(of: analyzer.analyze(part), languageBasis: languageBasis)
            guard var whole = combined else {
                combined = next
                continue
            }
            combined = nil  // the contribution is grown in place, not copied
            whole.events += next.events
            whole.names += next.names
            whole.summary.bodyLines += next.summary.bodyLines
            combined = whole
        }
        return combined!
    }

    /// The parts of `document`, each cut at a line end after ``partSize`` bytes and preceded by
    /// the empty lines that keep its line numbers, made one at a time.
    static func parts(of document: SourceDocument) -> AnyIterator<SourceDocument> {
        let bytes = document.utf8
        var start = 0
        var linesBefore = 0
        return AnyIterator {
            guard start < bytes.count else { return nil }
            var end = min(bytes.count, start + partSize)
            // At a line end; on a line longer than a part, at a space (its words stay whole).
            let limit = min(bytes.count, end + partSize)
            while end < limit, bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
            if end == limit, end < bytes.count {
                end = min(bytes.count, start + partSize)
                while end < limit, bytes[end - 1] != UInt8(ascii: " ") { end += 1 }
            }
            var utf8 = [UInt8](repeating: UInt8(ascii: "\n"), count: linesBefore)
            utf8.append(contentsOf: bytes[start..<end])
            let part = SourceDocument(path: document.path, utf8: utf8, metadata: document.metadata,
                                      warnings: start == 0 ? document.warnings : [])
            linesBefore += bytes[start..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            start = end
            return part
        }
    }
}
