import PlanwerkCLI

PlanwerkCommand.main()
