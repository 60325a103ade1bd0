import Foundation
import Yams
import DyadText
import DyadModel

/// YAML read through Yams with its nesting bounded. Yams builds (and frees) its node tree
/// recursively, one call per level, so a front matter of `x: ` and 50,000 `[` overflowed the
/// stack and killed the process before any message. Every level of nesting needs a `[`, a `{` or an
/// indicator (`- `, `? `, `: `), so a text with few of them cannot be deep and is handed to Yams as it is (all
/// front matter and configuration files seen in practice). Any other text is composed on a thread
/// with a stack large enough for the most levels it could hold, its depth measured without
/// recursion, and a tree nested deeper than ``depthLimit`` refused (and freed on that thread).
/// Yams also takes time quadratic in the depth (20,000 levels: 2.4 s), so a cheap scan of the
/// text's flow brackets and indentation refuses the plainly deep text first.
package enum BoundedYAML {
    /// The deepest nesting accepted: Dyad's own keys need four levels.
    static let depthLimit = 64
    /// The most nesting indicators a text may hold; the big stack below has room for this many
    /// levels in a debug build (under 2 KB of stack per level).
    static let indicatorLimit = 200_000
    static let bigStack = 512 << 20

    /// Why a YAML text was refused before or after composing it.
    package struct NestingError: Error, CustomStringConvertible {
        package let line: Int?
        package let reason: String
        package var description: String { reason }
    }

    /// The text's node tree (nil for an empty text), or an error: Yams's own for malformed YAML,
    /// ``NestingError`` for nesting deeper than ``depthLimit``.
    package static func compose(_ text: String) throws -> Node? {
        let indicators = indicatorCount(text)
        if indicators <= depthLimit { return try Yams.compose(yaml: text, .basic) }
        guard indicators <= indicatorLimit else {
            throw NestingError(line: nil, reason: "is too complex to read safely (more than \(indicatorLimit) of '[', '{', '- ', '? ', ': ')")
        }
        if let line = lineBeyondDepth(text, limit: depthLimit) {
            throw NestingError(line: line, reason: "is nested deeper than \(depthLimit) levels")
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.result = Result {
                let node = try Yams.compose(yaml: text, .basic)
                if let node, let line = firstLine(deeperThan: depthLimit, in: node) {
                    throw NestingError(line: line, reason: "is nested deeper than \(depthLimit) levels")
                }
                return node
            }
            done.signal()
        }
        thread.stackSize = bigStack
        thread.start()
        done.wait()
        return try outcome.result!.get()
    }

    /// How many bytes of `text` could open a level of nesting: `[` and `{`, and `-`, `?` and `:`
    /// followed by a blank or a line break, as YAML's indicators must be (so the dashes of a URL
    /// slug and the colon of `https:` do not count).
    static func indicatorCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: "["), UInt8(ascii: "{"): count += 1
                case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: "\n")
                    if next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
                        count += 1
                    }
                default: break
                }
            }
            return count
        }
    }

    /// The first line (1-based) at which the text seems nested deeper than `limit`, counting flow
    /// brackets outside quoted scalars, indentation levels and leading `- ` indicators; nil when
    /// it never does. An estimate, erring on the deep side (a bracket in a plain or block-context
    /// quoted scalar counts), only ever used to refuse quickly what Yams would take long to refuse.
    static func lineBeyondDepth(_ text: String, limit: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var line = 1, index = 0
            var flow = 0
            var indents: [Int] = []
            var blockScalarIndent: Int?
            var quote: UInt8?
            while index < bytes.count {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                var position = index
                while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
                let indent = position - index
                let blank = position == end || bytes[position] == UInt8(ascii: "#")
                if let parent = blockScalarIndent, blank || indent > parent {
                    index = end + 1; line += 1; continue
                }
                blockScalarIndent = nil
                var depth = flow
                var opensBlockScalar = false
                if flow == 0, quote == nil, !blank {
                    while let top = indents.last, top > indent { indents.removeLast() }
                    if indents.last != indent { indents.append(indent) }
                    var dashes = 0
                    while position + 1 < end, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "?"),
                          bytes[position + 1] == UInt8(ascii: " ") {
                        dashes += 1
                        position += 2
                        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
                    }
                    depth = indents.count + dashes
                    var last = end
                    while last > position, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                    opensBlockScalar = last > position && (bytes[last - 1] == UInt8(ascii: "|") || bytes[last - 1] == UInt8(ascii: ">"))
                }
                // Quotes are followed in flow context, where a quote starts a scalar only where a
                // token may start; in block context every bracket counts.
                var tokenStart = true
                while position < end {
                    let byte = bytes[position]
                    if let open = quote {
                        if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { position += 2; continue }
                        if byte == open { quote = nil }
                        position += 1
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flow += 1
                        tokenStart = true
                        if depth + flow > limit { return line }
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        flow = max(0, flow - 1)
                    case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "?"):
                        tokenStart = true
                    case UInt8(ascii: "'"), UInt8(ascii: "\""):
                        if flow > 0, tokenStart { quote = byte }
                        tokenStart = false
                    case UInt8(ascii: " "), UInt8(ascii: "\t"):
                        break
                    default:
                        tokenStart = false
                    }
                    position += 1
                }
                if depth > limit { return line }
                // A `|` or `>` ending a line in block context starts a literal block: its more
                // indented lines are text.
                if opensBlockScalar, flow == 0, quote == nil { blockScalarIndent = indent }
                index = end + 1
                line += 1
            }
            return nil
        }
    }

    /// The line (1-based) of the first node nested deeper than `limit`, walked without recursion;
    /// nil when the tree is shallow enough.
    static func firstLine(deeperThan limit: Int, in root: Node) -> Int? {
        var pending: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = pending.popLast() {
            if depth > limit { return node.mark?.line ?? 1 }
            if let mapping = node.mapping {
                for (key, value) in mapping { pending.append((key, depth + 1)); pending.append((value, depth + 1)) }
            } else if let sequence = node.sequence {
                for item in sequence { pending.append((item, depth + 1)) }
            }
        }
        return nil
    }

    /// The thread's result, read once the thread has signalled.
    private final class Outcome: @unchecked Sendable {
        var result: Result<Node?, Error>?
    }
}

extension YamlError {
    package var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    /// What is wrong, without the quoted source line (which may be megabytes long).
    package var summary: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            let text = "\(self)"
            return text.count > 200 ? String(text.prefix(200)) + "…" : text
        }
    }
}
