import CLibXML2
import Foundation
import DyadText
import DyadModel

/// What Dyad takes from a web page: its metadata and the article's text, paragraph by paragraph.
struct WebPage: Sendable {
    var title: String?
    /// The canonical address (`<link rel=canonical>`, else `og:url`).
    var url: String?
    /// The page's language as a bare code (`vi`, `en`), from `<html lang>` or `og:locale`.
    var language: String?
    /// The site's name (`og:site_name`).
    var site: String?
    var published: CalendarDate?
    /// The month of publication, when only the address gives it (`/201207/`).
    var publishedApproximately: FuzzyDate?
    var publishedFrom: DocumentMetadata.Origin?
    /// The article's paragraphs in order; a `\n` inside one stands for a `<br>`.
    var paragraphs: [String] = []
    /// When asked for: where the title came from and the element each paragraph came from
    /// (`<p.sapo>`, `<li>`), for `dyad explain`.
    var titleSource: String?
    var paragraphSources: [String] = []
    /// The encoding the bytes were read in.
    var encoding = "UTF-8"
    var warnings: [String] = []

    /// The text the pipeline reads: the title on the first line, a blank line, then the
    /// paragraphs separated by blank lines (NFC, `\n` line ends).
    var text: String {
        var parts: [String] = []
        if let title, !title.isEmpty { parts.append(title) }
        parts += paragraphs
        return TextDecoding.normalise(parts.joined(separator: "\n\n") + (parts.isEmpty ? "" : "\n"))
    }

    /// The element each line of ``text`` came from, by line number (traced pages only).
    var lineSources: [Int: String] {
        var sources: [Int: String] = [:]
        var line = 1
        if let title, !title.isEmpty {
            sources[1] = "\(titleSource ?? "the page"), as the title"
            line = 3
        }
        for (paragraph, source) in zip(paragraphs, paragraphSources) {
            for _ in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                sources[line] = source
                line += 1
            }
            line += 1
        }
        return sources
    }
}
