namespace Azora.HealthMonitor.Uptime;

/// <summary>
/// A service's uptime over one window against its objective. <see cref="Uptime"/> is the share of polls that found the
/// service up; the error budget is the share of polls the objective allows to fail, and
/// <see cref="ErrorBudgetRemaining"/> what is left of it (1 untouched, 0 spent, below 0 overspent). Both are null
/// before the first poll in the window.
/// </summary>
internal sealed record UptimeFigure(string Window, int Polls, int UpPolls, double? Uptime, double Objective, double? ErrorBudgetRemaining)
{
    public static UptimeFigure Of(UptimeWindow window, int polls, int upPolls, double objective)
    {
        if (polls == 0)
        {
            return new UptimeFigure(window.Name, 0, 0, null, objective, null);
        }
        var allowedFailures = polls * (1 - objective);
        var failures = polls - upPolls;
        return new UptimeFigure(window.Name, polls, upPolls, (double)upPolls / polls, objective, 1 - failures / allowedFailures);
    }
}
