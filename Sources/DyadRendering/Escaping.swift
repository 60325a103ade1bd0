import Foundation
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging

/// Escaping of article text for each output format, so that nothing from an article becomes
/// markup or code where it lands.
public enum Escape {
    /// Inside a double-quoted DOT string: backslashes, quotes and line breaks. Plain labels
    /// only (no HTML-like labels), so `<` and `>` are literal. Control characters become spaces
    /// and U+FFFE/U+FFFF U+FFFD (Graphviz copies both into its SVG, where XML forbids them);
    /// bidi controls are dropped (``isBidiControl(_:)``).
    ///
    /// In a `tooltip` Graphviz expands `\G`, `\N`, `\E`, `\T`, `\H`, `\L` even after an escaped
    /// backslash, so there a backslash from the text is written as U+29F5 `⧵`, which looks the
    /// same and means nothing to Graphviz.
    public static func dot(_ text: String, tooltip: Bool = false) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\": output += tooltip ? "\u{29F5}" : "\\\\"
            case "\"": output += "\\\""
            case "\n", "\r\n": output += "\\n"
            case "\r": continue
            default:
                for scalar in character.unicodeScalars { appendSafe(scalar, to: &output) }
            }
        }
        return output
    }

    /// For XML, SVG and HTML text and attribute values. Characters XML 1.0 forbids never reach
    /// the output: control characters become spaces, U+FFFE and U+FFFF become U+FFFD; bidi
    /// controls are dropped, so article text cannot reorder what is shown around it.
    public static func xml(_ text: String) -> String {
        // Over bytes, by a table (``ByteText/xml(_:)``): most text has nothing to escape and is
        // returned as it is.
        var escaped = ByteText(capacity: text.utf8.count + 16)
        escaped.xml(text)
        if escaped.bytes.elementsEqual(text.utf8) { return text }
        return String(decoding: escaped.bytes, as: UTF8.self)
    }

    /// Appends `scalar`, or a space for a control character, U+FFFD for U+FFFE/U+FFFF, nothing
    /// for a bidi control.
    private static func appendSafe(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar.value {
        case 0..<0x20, 0x7F: output += " "
        case 0xFFFE, 0xFFFF: output += "\u{FFFD}"
        default: if !isBidiControl(scalar) { output.unicodeScalars.append(scalar) }
        }
    }

    /// The bidirectional formatting characters (embeddings, overrides, isolates and the
    /// directional marks), with which text can show in an order other than the one it is stored
    /// in ("Trojan Source").
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The text with control characters other than line breaks and tabs as spaces, U+FFFE and
    /// U+FFFF as U+FFFD and no bidi controls (for Markdown and CSV, read in terminals and
    /// editors too).
    static func plain(_ text: String) -> String {
        let needsWork = text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && !"\n\r\t".unicodeScalars.contains(scalar)) || scalar.value == 0x7F
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF || isBidiControl(scalar)
        }
        guard needsWork else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if "\n\r\t".unicodeScalars.contains(scalar) { output.unicodeScalars.append(scalar) } else { appendSafe(scalar, to: &output) }
        }
        return output
    }

    /// One cell of a Markdown (GFM) table: pipes, backticks, markup characters and line breaks
    /// cannot break the table or start formatting.
    public static func markdownCell(_ text: String) -> String {
        var output = ""
        for character in plain(text) {
            switch character {
            case "|": output += "\\|"
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~": output += "\\" + String(character)
            case "\n", "\r\n", "\r": output += " "
            default: output.append(character)
            }
        }
        return output
    }

    /// One CSV field (RFC 4180), with a leading `=`, `+`, `-`, `@`, tab or CR neutralised so
    /// spreadsheets do not run it as a formula.
    public static func csv(_ text: String) -> String {
        var value = plain(text)
        if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
