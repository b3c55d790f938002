import Foundation
import PlanwerkFuzzing

// Each input is a FuzzRecipe; the plan it makes runs through FuzzPipeline.
// With PLANWERK_FUZZ_PRINT set, the plan is written to standard output first
// (to turn a crashing recipe into a regression fixture).

/// The seeds and the grammar, read once from the repository this file is in (or `PLANWERK_REPOSITORY`).
let recipe: FuzzRecipe = {
    let here = "/" + String(#filePath).split(separator: "/").dropLast(4).joined(separator: "/")
    return FuzzRecipe(repository: ProcessInfo.processInfo.environment["PLANWERK_REPOSITORY"] ?? here)
}()
let printing = ProcessInfo.processInfo.environment["PLANWERK_FUZZ_PRINT"] != nil

FileHandle.standardError.write(Data("fuzz-structured: \(recipe.seeds.count) seed plans, \(recipe.dictionary.count) tokens, grammar \(recipe.generator == nil ? "missing" : "loaded")\n".utf8))
exit(FuzzDriver.run { data, size in
    let plan = recipe.plan(FuzzDriver.bytes(data, size))
    if printing { FileHandle.standardOutput.write(Data(plan)) }
    FuzzPipeline.run(plan)
    return 0
})
