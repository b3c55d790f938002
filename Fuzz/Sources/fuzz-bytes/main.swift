import Foundation
import PlanwerkFuzzing

// Each input's bytes are a plan (and, after a `%%status` line, its tracking
// sidecar), run through FuzzPipeline.
exit(FuzzDriver.run { data, size in
    FuzzPipeline.run(FuzzDriver.bytes(data, size))
    return 0
})
