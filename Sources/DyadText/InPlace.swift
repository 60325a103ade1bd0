extension UnsafeBufferPointer {
    /// The element at `index`, to be read in place: `self[index]` copies the whole element
    /// (retaining every field it holds) to read one field of it.
    @inline(__always) package func at(_ index: Int) -> UnsafePointer<Element> {
        precondition(index >= 0 && index < count, "index out of range")
        return baseAddress! + index
    }
}
