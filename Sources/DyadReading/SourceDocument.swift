import DyadText
import DyadModel

/// An article as read from disk: its decoded text and what is known about it.
public struct SourceDocument: Sendable {
    /// The path as shown in outputs (relative to the working folder when inside it).
    public let path: String
    /// The text's UTF-8 bytes: NFC-normalised, with `\n` line ends. Front matter lines are
    /// blanked, so line numbers still match the file. The stages read these bytes; the text
    /// is made from them only when asked for.
    public let utf8: [UInt8]
    public let metadata: DocumentMetadata
    /// Problems that did not stop the document from being read.
    public let warnings: [String]

    /// A document whose text is already normalised (see ``TextDecoding/normalise(_:)``).
    public init(path: String, text: String, metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []) {
        self.init(path: path, utf8: Array(text.utf8), metadata: metadata, warnings: warnings)
    }

    /// A document from bytes that are valid UTF-8 and already normalised.
    package init(path: String, utf8: [UInt8], metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []) {
        self.path = path
        self.utf8 = utf8
        self.metadata = metadata
        self.warnings = warnings
    }

    /// The text, NFC-normalised, with `\n` line ends (see ``utf8``).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The file name without folders.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
