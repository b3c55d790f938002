/// Tests that import the test support get the one seeded PRNG of the project too.
@_exported import struct PlanwerkGenerator.SplitMix64
