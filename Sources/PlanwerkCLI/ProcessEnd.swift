import Foundation

/// Ends `planwerk` right after a command has written its output, while the
/// plan's syntax trees and schedule are still alive. Freeing them object by
/// object costs about as much as rendering the agenda of a large plan; the
/// operating system takes the whole heap back at once (compilers do the same).
enum ProcessEnd {
    static func exit<T>(_ status: Int32, keeping value: T) -> Never {
        withExtendedLifetime(value) {
            fflush(nil) // every open output stream
            Foundation.exit(status)
        }
    }
}
