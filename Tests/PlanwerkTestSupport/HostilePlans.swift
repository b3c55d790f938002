/// Plans built to push the scheduler's limits, shared by the in-process
/// tests and the end-to-end tests of the built `planwerk`.
public enum HostilePlans {
    /// A horizon in year 9999, a report twice a day and a post every workday
    /// without end: both series are cut (P0706, P0707).
    public static let endlessSeries = """
        start 2026-11-30
        horizon 9999-12-31
        person ceo "CEO"
        team social "Social" { lead vivian; person vivian "Vivian" }
        channel x "X" { owner social }
        report daily "Daily" { every day at 09:00, 17:00; to ceo; by vivian }
        campaign c { post p on x { every workday at 10:00 } }

        """
}
