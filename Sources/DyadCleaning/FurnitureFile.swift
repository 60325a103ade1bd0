import DyadText
import DyadModel
import DyadReading

/// `<lang>/furniture.json`: the words that mark a page's furniture.
package struct FurnitureFile: Decodable {
    let headings: [String]
    let line_prefixes: [String]
    let caption_markers: [String]
    let media_prefixes: [String]
}
