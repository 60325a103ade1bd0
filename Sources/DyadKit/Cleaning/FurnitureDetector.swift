import Foundation

/// Separates an article's main body from the page furniture scraped with it.
///
/// Each non-blank line first gets a local label from general signals: a furniture heading or
/// share prompt from the language's list, a timestamp, a headline printed twice on one line, a
/// line repeated elsewhere in the page, a teaser cut off with an ellipsis, an image's alt text.
/// Lines with none of these are body-like (a sentence) or headline-like (short, unpunctuated).
/// Then position decides: the page's tail starts at the first furniture line after which the
/// body-like lines never again come two in a row — the rhythm of related-news lists, where
/// each teaser stands alone between headlines and timestamps. Everything in the tail is furniture.
public struct FurnitureDetector: Sendable {
    let headings: PhraseMatcher<Bool>
    let linePrefixes: [String]
    let mediaPrefixes: [String]
    let captionMarkers: [String]

    init(file: FurnitureFile) {
        headings = PhraseMatcher(file.headings.map { ($0, true) }, casing: .insensitive)
        linePrefixes = file.line_prefixes
        mediaPrefixes = file.media_prefixes
        captionMarkers = file.caption_markers
    }

    enum Label: Equatable {
        case furniture(String)
        case headline
        case sentence
    }

    public func roles(of rawLines: [String]) -> [LineRole] {
        let trimmed = rawLines.map { $0.trimmingCharacters(in: .whitespaces) }
        var counts: [String: Int] = [:]
        for line in trimmed where wordCount(line) >= 3 { counts[squeezed(line), default: 0] += 1 }

        var labels: [Label?] = trimmed.map { $0.isEmpty ? nil : .sentence }
        var firstContent = true
        for (index, line) in trimmed.enumerated() where !line.isEmpty {
            labels[index] = label(line, repeated: (counts[squeezed(line)] ?? 0) > 1, isFirst: firstContent)
            firstContent = false
        }

        let content = labels.indices.filter { labels[$0] != nil }
        var tailStart: Int?
        // Scan from the end: track whether two body-like lines ever follow each other.
        var runAfter = 0
        var twoInARowAfter = false
        for position in content.indices.reversed() {
            let index = content[position]
            let label = labels[index]!
            if case .furniture = label, !twoInARowAfter { tailStart = index }
            if label == .sentence {
                runAfter += 1
                if runAfter >= 2 { twoInARowAfter = true }
            } else {
                runAfter = 0
            }
        }

        return trimmed.indices.map { index in
            guard let label = labels[index] else { return .blank }
            if let tail = tailStart, index >= tail {
                if case .furniture(let reason) = label { return .furniture(reason) }
                return .furniture("after the article (related items)")
            }
            if case .furniture(let reason) = label { return .furniture(reason) }
            return .body
        }
    }

    func label(_ line: String, repeated: Bool, isFirst: Bool) -> Label {
        let tokens = Tokenizer.tokenize(line.hasSuffix(":") ? String(line.dropLast()) : line)
        if headings.matchesExactly(tokens) != nil { return .furniture("heading of a furniture block") }
        let words = wordCount(line)
        if words <= 15, linePrefixes.contains(where: { line.hasPrefix($0) }) { return .furniture("share prompt") }
        if mediaPrefixes.contains(where: { line.hasPrefix($0) }) { return .furniture("link to a video, image or infographic") }
        if isTimestamp(line) { return .furniture("timestamp") }
        if isDoubled(line) { return .furniture("headline printed twice") }
        if repeated && !isFirst { return .furniture("repeated elsewhere in the page") }
        if line.hasSuffix("...") || line.hasSuffix("…") { return .furniture("teaser cut off with an ellipsis") }
        if isImageAlt(line) { return .furniture("image alt text") }
        if isFirst { return .headline }
        let terminal: Set<Character> = [".", "!", "?", "”", "\"", ")", ":", "…"]
        if let last = line.last, terminal.contains(last) { return .sentence }
        // Headlines run long but are not punctuated; an unpunctuated line reads as prose only when
        // it is longer than any headline.
        return words >= 35 ? .sentence : .headline
    }

    private func wordCount(_ line: String) -> Int {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    private func squeezed(_ line: String) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `08:52:28 07/09/2025`, `07:54 08/09/2025`, `08/09/2025 07:54`.
    func isTimestamp(_ line: String) -> Bool {
        let allowed = Set("0123456789:/-. ")
        guard line.count <= 25, line.contains(":"), line.allSatisfy({ allowed.contains($0) }) else { return false }
        return line.filter(\.isNumber).count >= 8
    }

    /// A headline written twice, with or without a space: `AbcAbc`, `Abc Abc`.
    func isDoubled(_ line: String) -> Bool {
        let characters = Array(line)
        guard characters.count >= 16 else { return false }
        for gap in 0...1 {
            let total = characters.count - gap
            guard total % 2 == 0 else { continue }
            let half = total / 2
            if gap == 1, characters[half] != " " { continue }
            if characters[0..<half] == characters[(half + gap)...] { return true }
        }
        return false
    }

    func isImageAlt(_ line: String) -> Bool {
        guard let range = line.range(of: " - Hình ", options: .backwards) else { return false }
        return line[range.upperBound...].allSatisfy(\.isNumber)
    }
}
