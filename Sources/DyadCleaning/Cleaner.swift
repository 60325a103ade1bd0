import Foundation
import DyadText
import DyadModel
import DyadReading

/// The cleaning stage: marks each line body or furniture and splits the body into sentences.
public struct Cleaner: Sendable {
    let furniture: FurnitureDetector
    let vocabulary: Vocabulary
    let abbreviations: SentenceSplitter.Abbreviations

    /// A cleaner that knows a language's page furniture and abbreviations, and tokenises with
    /// its vocabulary (the lists of every later stage).
    public init(furniture: FurnitureDetector, abbreviations: SentenceSplitter.Abbreviations, vocabulary: Vocabulary) {
        self.furniture = furniture
        self.abbreviations = abbreviations
        self.vocabulary = vocabulary
    }

    /// The cleaning stage's entry point: each line of `document` marked body or furniture (a
    /// related-news list, a caption, a byline, a repeated headline…, with the reason), and the
    /// body split into sentences tokenised by the language's vocabulary.
    public func clean(_ document: SourceDocument) -> CleanDocument {
        // The sentences' tokens point into the document's bytes and share one buffer of
        // lower-cased forms, so a sentence costs no copy of its own.
        let bytes = document.utf8
        let lineRanges = Self.lineRanges(of: bytes)
        let roles = bytes.withUnsafeBufferPointer { furniture.roles(of: $0, lines: lineRanges) }
        var lines: [DocumentLine] = []
        lines.reserveCapacity(lineRanges.count)
        /// A sentence's tokens, in the shared buffers or (a cut piece of an over-long one) its own.
        enum Tokens { case shared(span: Range<Int>, tokens: [Token]), own(TokenList) }
        var found: [(line: Int, tokens: Tokens, isCaption: Bool)] = []
        var lowered: [UInt8] = []
        // Tokens keep 32-bit positions in the document's bytes and in the lower-cased buffer,
        // which can outgrow them: a document past 1 GiB gives each sentence its own buffers.
        let shares = bytes.count < Int(Int32.max) / 2
        // Capitalised words are a small part of a page: room for a quarter of it, so that the
        // shared buffer is rarely grown and copied.
        if shares { lowered.reserveCapacity(bytes.count / 4) }
        bytes.withUnsafeBufferPointer { buffer in
            for (offset, range) in lineRanges.enumerated() {
                let line = DocumentLine(number: offset + 1, bytes: bytes, range: range, role: roles[offset])
                lines.append(line)
                guard line.role.isRead else { continue }
                let isCaption = line.role == .caption
                for piece in SentenceSplitter.pieces(of: UnsafeBufferPointer(rebasing: buffer[range]), abbreviations: abbreviations) {
                    switch piece {
                    case .range(let sentence):
                        let span = (range.lowerBound + sentence.lowerBound)..<(range.lowerBound + sentence.upperBound)
                        guard shares else {
                            found.append((line.number, .own(vocabulary.tokenize(bytes: UnsafeBufferPointer(rebasing: buffer[span]))), isCaption))
                            continue
                        }
                        let tokens = vocabulary.tokens(in: buffer, range: span, lowered: &lowered)
                        found.append((line.number, .shared(span: span, tokens: tokens), isCaption))
                    case .cut(let pieces):
                        for piece in pieces { found.append((line.number, .own(vocabulary.tokenize(piece)), isCaption)) }
                    }
                }
            }
        }
        let sentences = found.enumerated().map { index, sentence -> Sentence in
            switch sentence.tokens {
            case .shared(let span, let tokens):
                return Sentence(line: sentence.line, index: index, tokens: vocabulary.tokenList(bytes: bytes, lowered: lowered, tokens: tokens, span: span),
                                isCaption: sentence.isCaption)
            case .own(let list):
                return Sentence(line: sentence.line, index: index, tokens: list, isCaption: sentence.isCaption)
            }
        }
        let title = document.metadata.title
            ?? lines.first(where: { $0.role.isBody })?.text.trimmingWhitespace()
            ?? document.fileName
        return CleanDocument(source: document, lines: lines, title: title, sentences: sentences)
    }

    /// The sentences of the page's furniture (related-news lists and the like), each once, for
    /// users who ask for related items: read as if they were body, numbered on their own.
    public func relatedSentences(of document: CleanDocument) -> [Sentence] {
        var sentences: [Sentence] = []
        var seenText = Set<String>()
        for line in document.lines {
            guard case .furniture = line.role else { continue }
            for text in SentenceSplitter.split(line.text, abbreviations: abbreviations) where seenText.insert(text).inserted {
                sentences.append(Sentence(line: line.number, index: sentences.count, tokens: vocabulary.tokenize(text)))
            }
        }
        return sentences
    }

    /// The byte ranges of the text's lines, split at `\n` (the reader has made every line end
    /// one), empty ones kept.
    static func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ranges.append(start..<index)
                start = index + 1
            }
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
