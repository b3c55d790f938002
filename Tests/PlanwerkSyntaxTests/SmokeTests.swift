import Testing
@testable import PlanwerkSyntax
