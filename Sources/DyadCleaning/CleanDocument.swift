import DyadText
import DyadModel
import DyadReading

/// What the cleaning stage decided about one line of a document.
public enum LineRole: Sendable, Hashable {
    case blank
    /// Part of the article's main body.
    case body
    /// Page furniture, with the reason it was recognised.
    case furniture(String)
    /// A photo's caption (`… chiều 10/9. Ảnh: Reuters`): the article's, so its dates and names
    /// are evidence (the year of a page without a publication date), but what it reports the
    /// body reports, or is another moment the body does not: it makes no events of its own.
    case caption

    public var isBody: Bool { self == .body }
    /// Whether the line is read into sentences: the body's and the captions'.
    public var isRead: Bool { self == .body || self == .caption }
}

/// One line of a document and its role.
public struct DocumentLine: Sendable, Hashable {
    /// 1-based, as in the file.
    public let number: Int
    public let role: LineRole
    /// The document's bytes and the line's range in them: most lines are never read as text,
    /// so the text is made only when asked for.
    private let bytes: [UInt8]
    private let range: Range<Int>

    init(number: Int, bytes: [UInt8], range: Range<Int>, role: LineRole) {
        self.number = number
        self.bytes = bytes
        self.range = range
        self.role = role
    }

    public var text: String { bytes.withUnsafeBufferPointer { $0.string(range) } }

    public static func == (a: DocumentLine, b: DocumentLine) -> Bool {
        a.number == b.number && a.role == b.role && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(text)
        hasher.combine(role)
    }
}

/// One sentence of the main body, tokenised.
public struct Sentence: Sendable {
    /// The file line it is on (1-based).
    public let line: Int
    /// Its position among the document's body sentences.
    public let index: Int
    public let tokens: TokenList
    /// Whether it is a photo's caption (``LineRole/caption``).
    public let isCaption: Bool

    public init(line: Int, index: Int, tokens: TokenList, isCaption: Bool = false) {
        self.line = line
        self.index = index
        self.tokens = tokens
        self.isCaption = isCaption
    }

    /// The sentence as written (made from its tokens' bytes when asked).
    public var text: String { tokens.wholeText }
}

/// A document split into main body and furniture, with the body's sentences.
public struct CleanDocument: Sendable {
    public let source: SourceDocument
    public let lines: [DocumentLine]
    public let title: String
    public let sentences: [Sentence]

    /// The line ranges kept as main body, merged across blank lines.
    public var bodyRanges: [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var start: Int?
        var end = 0
        for line in lines {
            switch line.role {
            case .body, .caption:
                if start == nil { start = line.number }
                end = line.number
            case .blank:
                continue
            case .furniture:
                if let first = start { ranges.append(first...end) }
                start = nil
            }
        }
        if let first = start { ranges.append(first...end) }
        return ranges
    }

    /// The lines that are body text.
    public var bodyLines: [DocumentLine] { lines.filter { $0.role.isBody } }
}
