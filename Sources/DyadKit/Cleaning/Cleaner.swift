/// The cleaning stage: marks each line body or furniture and splits the body into sentences.
public struct Cleaner: Sendable {
    let furniture: FurnitureDetector
    let firstWords: FirstWordIndex

    public init(resources: LanguageResources) {
        furniture = resources.furniture
        firstWords = resources.firstWords
    }

    public func clean(_ document: SourceDocument) -> CleanDocument {
        let rawLines = Self.lines(of: document.text)
        let roles = furniture.roles(of: rawLines)
        var lines: [DocumentLine] = []
        lines.reserveCapacity(rawLines.count)
        var sentences: [Sentence] = []
        for (offset, text) in rawLines.enumerated() {
            let line = DocumentLine(number: offset + 1, text: text, role: roles[offset])
            lines.append(line)
            guard line.role.isBody else { continue }
            for tokens in SentenceSplitter.tokenizedSentences(text, classifiedBy: firstWords) {
                sentences.append(Sentence(line: line.number, index: sentences.count, tokens: tokens))
            }
        }
        let title = document.metadata.title
            ?? lines.first(where: { $0.role.isBody })?.text.trimmingWhitespace()
            ?? document.fileName
        return CleanDocument(source: document, lines: lines, title: title, sentences: sentences)
    }

    /// The text's lines, split at `\n` (the reader has made every line end one), empty ones kept.
    static func lines(of text: String) -> [String] {
        text.withUTF8Bytes { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(bytes.string(start..<index))
                start = index + 1
            }
            lines.append(bytes.string(start..<bytes.count))
            return lines
        }
    }
}
