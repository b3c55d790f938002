import PlanwerkCLI

PlanwerkCommand.runAsMain()
