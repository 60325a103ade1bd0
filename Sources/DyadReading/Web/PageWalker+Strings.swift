import CLibXML2
import Foundation
import DyadText
import DyadModel

/// Small text helpers of the walker: byte search, white space, language codes, addresses, titles.
extension PageWalker {
    /// Whether `text` holds `needle`, compared byte by byte.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
                var index = 0
                while index + needle.count <= haystack.count {
                    if haystack[index] == first && memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }

    /// The text with runs of white space made one space and none at either end; nil when empty.
    static func nonEmpty(_ text: String) -> String? {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return result.isEmpty ? nil : String(result)
    }

    /// `vi-VN`, `vi_VN`, `VI` → `vi`; nil for anything that is not a language code.
    static func languageCode(_ value: String?) -> String? {
        guard let value else { return nil }
        let code = value.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code
    }

    static func absolute(_ href: String, base: String?) -> String {
        if href.contains("://") { return href }
        if let base, let resolved = URL(string: href, relativeTo: URL(string: base)) { return resolved.absoluteString }
        return href
    }

    /// A title without the site's name at either end (`… - VnExpress`, `BBC News | …`). With no
    /// site name known (`guess`), the last part after a separator is dropped when it is short.
    static func withoutSiteName(_ title: String, site: String?, guess: Bool) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]
        if let site, !site.isEmpty {
            for separator in separators {
                if title.hasSuffix(separator + site) { return String(title.dropLast(separator.count + site.count)) }
                if title.hasPrefix(site + separator) { return String(title.dropFirst(separator.count + site.count)) }
            }
            if !guess { return title }
        }
        guard guess else { return title }
        for separator in separators {
            if let range = title.range(of: separator, options: .backwards) {
                let head = title[..<range.lowerBound], tail = title[range.upperBound...]
                if tail.count <= 30 && tail.count * 2 < head.count { return String(head) }
            }
        }
        return title
    }
}
