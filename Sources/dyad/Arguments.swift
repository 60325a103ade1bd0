import ArgumentParser
import Foundation
import DyadModel
import DyadRendering

// The values of the options that take one of a set: the parser refuses any other, listing the
// set, and the help lists it. No set is written out here: each comes from its type (the
// formats, the event types, Graphviz's engines) or from the resource folders (the languages).

extension OutputFormat: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

extension ActorNaming.Language: ExpressibleByArgument {
    /// Every language with a folder of resources.
    public static var allValueStrings: [String] { available.map(\.rawValue) }
}

/// A comma-separated list of values (`--format json,md`): items trimmed, empty ones dropped,
/// each one of `Element`'s.
struct CommaList<Element: ExpressibleByArgument>: ExpressibleByArgument {
    let items: [Element]

    init?(argument: String) {
        var items: [Element] = []
        for text in commaSeparated(argument) {
            guard let item = Element(argument: text) else { return nil }
            items.append(item)
        }
        self.items = items
    }

    static var allValueStrings: [String] { Element.allValueStrings }
}

/// The items of a comma-separated text, trimmed, empty ones dropped.
func commaSeparated(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
