import Foundation

/// Escaping of article text for each output format, so that nothing from an article becomes
/// markup or code where it lands.
public enum Escape {
    /// Inside a double-quoted DOT string: backslashes, quotes and line breaks. Plain labels
    /// only (no HTML-like labels), so `<` and `>` are literal.
    public static func dot(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n", "\r\n": output += "\\n"
            case "\r": continue
            default: output.append(character)
            }
        }
        return output
    }

    /// For XML, SVG and HTML text and attribute values.
    public static func xml(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                // Control characters are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { output += " " } else { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// One cell of a Markdown (GFM) table: pipes, backticks, markup characters and line breaks
    /// cannot break the table or start formatting.
    public static func markdownCell(_ text: String) -> String {
        var output = ""
        for character in text {
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
        var value = text
        if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
