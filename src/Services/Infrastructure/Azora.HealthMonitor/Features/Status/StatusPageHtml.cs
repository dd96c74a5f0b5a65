using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Azora.HealthMonitor.Features.Status;

/// <summary>
/// Writes the status page. Every state is spelled out in words beside its colour and symbol, the uptime bars are lists
/// whose every day has a text label, headings give the structure, and the layout is one column that fits a phone.
/// </summary>
internal static class StatusPageHtml
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Style = """
        :root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
        body{margin:0 auto;max-width:48rem;padding:1rem}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:0}
        .banner{border:2px solid;border-radius:.5rem;padding:.75rem 1rem;font-weight:600}
        .operational{color:#0a6b2c}.degraded{color:#8a5300}.down,.major-outage{color:#a11}.unknown{color:#555}
        @media (prefers-color-scheme:dark){.operational{color:#5fd38a}.degraded{color:#f0b14a}.down,.major-outage{color:#ff7b7b}.unknown{color:#bbb}}
        ul.services,ul.incidents,ol.updates{list-style:none;padding:0}
        ul.services>li,ul.incidents>li{border-top:1px solid #8884;padding:.75rem 0}
        .row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem}
        ol.bars{display:flex;gap:2px;list-style:none;padding:0;margin:.5rem 0 0;height:2rem;align-items:stretch}
        ol.bars li{flex:1;border-radius:2px;background:#8884}
        ol.bars li.good{background:#1f9d55}ol.bars li.fair{background:#e0a100}ol.bars li.poor{background:#d33}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        small{color:inherit;opacity:.85}
        """;

    public static string Render(StatusReport report)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Azora status: ").Append(Html.Encode(OverallText(report.Status))).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>Azora status</h1>\n")
            .Append("<p class=\"banner ").Append(Html.Encode(report.Status)).Append("\" role=\"status\">")
            .Append(Symbol(report.Status)).Append(' ').Append(Html.Encode(OverallText(report.Status))).Append("</p>\n")
            .Append("<p><small>Updated <time datetime=\"").Append(Iso(report.GeneratedAt)).Append("\">")
            .Append(Html.Encode(Readable(report.GeneratedAt))).Append("</time></small></p>\n</header>\n<main>\n");

        WriteIncidents(page, "Open incidents", "open-incidents", report.OpenIncidents, "No open incidents.");
        WriteServices(page, report.Services);
        WriteIncidents(page, "Recent incidents", "recent-incidents", report.RecentIncidents, "No incidents in the last 7 days.");

        page.Append("</main>\n<footer><p><small>Uptime is the share of polls in which at least one instance of the service ")
            .Append("was ready. The JSON form of this page is at <a href=\"api/status\">api/status</a>.</small></p></footer>\n")
            .Append("</body>\n</html>\n");
        return page.ToString();
    }

    private static void WriteServices(StringBuilder page, IReadOnlyList<ServiceStatus> services)
    {
        page.Append("<section aria-labelledby=\"services\">\n<h2 id=\"services\">Services</h2>\n<ul class=\"services\">\n");
        foreach (var service in services)
        {
            page.Append("<li>\n<div class=\"row\"><h3>").Append(Html.Encode(service.Id)).Append("</h3>")
                .Append("<strong class=\"").Append(Html.Encode(service.State)).Append("\">")
                .Append(Symbol(service.State)).Append(' ').Append(Html.Encode(StateText(service.State))).Append("</strong></div>\n")
                .Append("<p><small>").Append(Html.Encode(service.Purpose)).Append("</small></p>\n")
                .Append("<p>Uptime: ").Append(Percent(service.Uptime24h?.Uptime)).Append(" over 24 hours, ")
                .Append(Percent(service.Uptime30d?.Uptime)).Append(" over 30 days (objective ")
                .Append(Percent(service.Objective)).Append(").</p>\n");
            WriteBars(page, service);
            page.Append("</li>\n");
        }
        page.Append("</ul>\n</section>\n");
    }

    private static void WriteBars(StringBuilder page, ServiceStatus service)
    {
        if (service.UptimeByDay.Count == 0)
        {
            page.Append("<p><small>No uptime recorded yet.</small></p>\n");
            return;
        }
        page.Append("<ol class=\"bars\" aria-label=\"Daily uptime of ").Append(Html.Encode(service.Id))
            .Append(" over the last ").Append(service.UptimeByDay.Count.ToString(Invariant)).Append(" days\">");
        foreach (var day in service.UptimeByDay)
        {
            var label = $"{day.Day.ToString("yyyy-MM-dd", Invariant)}: {(day.Uptime is null ? "no data" : Percent(day.Uptime))}";
            page.Append("<li class=\"").Append(BarClass(day.Uptime, service.Objective)).Append("\" title=\"")
                .Append(Html.Encode(label)).Append("\"><span class=\"visually-hidden\">").Append(Html.Encode(label)).Append("</span></li>");
        }
        page.Append("</ol>\n");
    }

    private static void WriteIncidents(StringBuilder page, string title, string id, IReadOnlyList<PublicIncident> incidents, string none)
    {
        page.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">")
            .Append(Html.Encode(title)).Append("</h2>\n");
        if (incidents.Count == 0)
        {
            page.Append("<p>").Append(Html.Encode(none)).Append("</p>\n</section>\n");
            return;
        }
        page.Append("<ul class=\"incidents\">\n");
        foreach (var incident in incidents)
        {
            var severity = incident.Severity == "major" ? "Major outage" : "Partial outage";
            page.Append("<li>\n<article>\n<h3>").Append(Html.Encode($"{severity} of {incident.ServiceId}")).Append("</h3>\n")
                .Append("<p>Started <time datetime=\"").Append(Iso(incident.StartedAt)).Append("\">")
                .Append(Html.Encode(Readable(incident.StartedAt))).Append("</time>");
            if (incident.ResolvedAt is { } resolved)
            {
                page.Append(", resolved <time datetime=\"").Append(Iso(resolved)).Append("\">")
                    .Append(Html.Encode(Readable(resolved))).Append("</time>");
            }
            page.Append(" (").Append(Html.Encode(Duration(incident.DurationSeconds))).Append(").</p>\n<ol class=\"updates\">\n");
            foreach (var update in incident.Updates)
            {
                page.Append("<li><time datetime=\"").Append(Iso(update.At)).Append("\">").Append(Html.Encode(Readable(update.At)))
                    .Append("</time>: ").Append(Html.Encode(update.Message)).Append("</li>\n");
            }
            page.Append("</ol>\n</article>\n</li>\n");
        }
        page.Append("</ul>\n</section>\n");
    }

    private static string OverallText(string status) => status switch
    {
        "operational" => "All systems operational",
        "degraded" => "Some systems degraded",
        "major-outage" => "Major outage",
        _ => "Status not yet known",
    };

    private static string StateText(string state) => state switch
    {
        "operational" => "Operational",
        "degraded" => "Degraded",
        "down" => "Down",
        _ => "Not checked yet",
    };

    /// <summary>A shape beside the words, so the state reads without colour.</summary>
    private static string Symbol(string state) => state switch
    {
        "operational" => "<span aria-hidden=\"true\">✔</span>",
        "degraded" => "<span aria-hidden=\"true\">▲</span>",
        "down" or "major-outage" => "<span aria-hidden=\"true\">✖</span>",
        _ => "<span aria-hidden=\"true\">?</span>",
    };

    private static string BarClass(double? uptime, double objective) =>
        uptime is null ? "none" : uptime >= objective ? "good" : uptime >= 0.9 ? "fair" : "poor";

    private static string Percent(double? fraction) =>
        fraction is { } value ? (value * 100).ToString("0.##", Invariant) + "%" : "not measured";

    private static string Duration(double seconds) =>
        seconds < 60 ? $"{(int)seconds} s"
        : seconds < 3600 ? $"{(int)(seconds / 60)} min"
        : $"{(int)(seconds / 3600)} h {(int)(seconds % 3600 / 60)} min";

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", Invariant);

    private static string Readable(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);
}
