import DyadText
import DyadModel
import DyadReading

/// `<lang>/furniture.json`: the words that mark a page's furniture.
package struct FurnitureFile: JSONReadableRecord {
    var headings: [String] = []
    var line_prefixes: [String] = []
    var caption_markers: [String] = []
    var media_prefixes: [String] = []

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("headings", &headings)
        json.field("line_prefixes", &line_prefixes)
        json.field("caption_markers", &caption_markers)
        json.field("media_prefixes", &media_prefixes)
    }
}
