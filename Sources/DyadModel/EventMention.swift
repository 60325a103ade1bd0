/// Where an event is reported: a sentence of a document.
public struct EventMention: Sendable, Hashable, Codable, Comparable {
    public let document: String
    public let line: Int
    public let text: String

    public init(document: String, line: Int, text: String) {
        self.document = document
        self.line = line
        self.text = text
    }

    public static func < (a: EventMention, b: EventMention) -> Bool {
        (a.document, a.line, a.text) < (b.document, b.line, b.text)
    }
}
