/// Catalog entries for tracking (P0601–P0619): `status` and `measure` lines
/// that cannot be applied, and overdue approval steps. Each example is a whole
/// plan that gives its code when run; its fix does not. The codes are declared
/// in `PlanwerkScheduling` (`TrackingCodes.swift`).
extension DiagnosticCatalog {
    static let trackingPlan = """
        start 2027-02-01
        now 2027-02-10 12:00
        person anna "Anna"
        person lena "Lena"
        person vera "Vera"
        channel li "LinkedIn"
        approval review() {
          step "Fachlich" by anna within 1bd
          step "Recht" by lena within 1bd else escalate to vera within 4bh
        }
        campaign c {
          task brief { length 2bd }
          post p on li { after brief; approval review() }
          post tips on li { every week on wed at 11:00 from 2027-02-03 count 3 }
        }
        """

    static let tracking: [Entry] = [
        Entry(code: DiagnosticCode("P0601"), title: "a status for something that is not one task",
              explanation: "A `status` line is about one task, post or milestone, or one occurrence of a post series or report (`c.tips[2]`). A campaign or a whole series has no single date to record: name the task, or the occurrence by its number, counting from 1. An occurrence number the series does not have (the series has three, the status names the fifth) is reported too.",
              example: trackingPlan + "\nstatus c.tips[5] done 2027-02-03 11:00",
              fix: trackingPlan + "\nstatus c.tips[1] done 2027-02-03 11:00"),
        Entry(code: DiagnosticCode("P0602"), title: "a status that does not fit its task",
              explanation: "Posts and milestones take no time, so they have no `progress` and no `started`: record `done` (published, reached) and the decisions of a post's approval. A `step … approved` line needs a subject with an `approval` flow.",
              example: trackingPlan + "\nstatus c.p progress 50% as of 2027-02-09 12:00",
              fix: trackingPlan + "\nstatus c.brief progress 50% as of 2027-02-01 17:00"),
        Entry(code: DiagnosticCode("P0603"), title: "a decision for a step the flow does not have",
              explanation: "Tracking lines name an approval step by its label, in quotes, exactly as the flow writes it (an unlabelled step is `Step N`, its position in the flow). The subject's flow has no step of that name; the message lists the labels it has and suggests the closest.",
              example: trackingPlan + "\nstatus c.p step \"Fachliche Prüfung\" approved by anna 2027-02-03 10:00",
              fix: trackingPlan + "\nstatus c.p step \"Fachlich\" approved by anna 2027-02-03 10:00"),
        Entry(code: DiagnosticCode("P0604"), title: "a decision by someone who may not decide the step",
              explanation: "Only the step's approvers decide it: the people its `by` names (minus the subject's authors under `except author`), their substitutes, and — once the step's SLA has passed without a decision — the people it escalates to. A decision by anyone else, or by the escalation target before the step escalated, is not counted.",
              example: trackingPlan + "\nstatus c.p step \"Fachlich\" approved by lena 2027-02-03 10:00",
              fix: trackingPlan + "\nstatus c.p step \"Fachlich\" approved by anna 2027-02-03 10:00"),
        Entry(code: DiagnosticCode("P0605"), title: "a status dated after now",
              explanation: "Tracking records what has happened, so every date in a `status` or `measure` line lies at or before the plan's `now` (or `--now`). A later date is usually a typing slip, or `now` has not been moved forward yet.",
              example: trackingPlan + "\nstatus c.brief done 2027-02-11 17:00",
              fix: trackingPlan + "\nstatus c.brief done 2027-02-02 17:00"),
        Entry(code: DiagnosticCode("P0606"), title: "progress that goes backwards",
              explanation: "Progress is the share of a task's work that is done, between 0% and 100%. Measured later, it may not be lower than it was measured before (the latest `as of` counts). If work really has to be redone, record it as more work: raise the task's `effort` or `length` in the plan.",
              example: trackingPlan + "\nstatus c.brief progress 60% as of 2027-02-01 17:00\nstatus c.brief progress 40% as of 2027-02-02 12:00",
              fix: trackingPlan + "\nstatus c.brief progress 40% as of 2027-02-01 17:00\nstatus c.brief progress 60% as of 2027-02-02 12:00"),
        Entry(code: DiagnosticCode("P0607"), title: "an approval step past its SLA",
              explanation: "As of `now`, an approval step has been open longer than its SLA (`within`), and longer than its escalation's SLA if it has one, and no decision is recorded. Planwerk plans it to end at `now`, so everything after it moves, and warns. Record the decision, or chase the people who decide it.",
              example: trackingPlan + "\nstatus c.brief done 2027-02-02 17:00",
              fix: trackingPlan + "\nstatus c.brief done 2027-02-02 17:00\nstatus c.p step \"Fachlich\" approved by anna 2027-02-03 10:00\nstatus c.p step \"Recht\" approved by lena 2027-02-04 12:00"),
    ]
}
