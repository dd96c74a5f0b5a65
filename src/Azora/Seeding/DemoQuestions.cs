namespace Azora.Seeding;

/// <summary>
/// The demo quizzes' questions, together covering every question type azora-assessment grades: single and multiple
/// choice, true/false, numeric with units, short answer with patterns, matching, ordering and essay with a rubric.
/// Choices are named by position (A, B, ...); matching and ordering options by the ids the attempt shows.
/// </summary>
public static class DemoQuestions
{
    private static DemoQuestion Single(string text, string[] choices, int correct, string tag) => new(
        new { type = "singleChoice", text, tags = new[] { tag }, choices = choices.Select((c, i) => new { text = c, correct = i == correct }).ToArray() },
        _ => new { choices = new[] { Letter(correct) } });

    private static DemoQuestion Multiple(string text, string[] choices, int[] correct, string tag) => new(
        new { type = "multipleChoice", text, tags = new[] { tag }, choices = choices.Select((c, i) => new { text = c, correct = correct.Contains(i) }).ToArray() },
        _ => new { choices = correct.Select(Letter).ToArray() });

    private static DemoQuestion TrueFalse(string text, bool correct, string tag) => new(
        new { type = "trueFalse", text, tags = new[] { tag }, correct },
        _ => new { value = correct });

    private static DemoQuestion Numeric(string text, decimal answer, decimal tolerance, (string Unit, decimal Factor)[] units, string tag) => new(
        new { type = "numeric", text, tags = new[] { tag }, numeric = new { answer, tolerance, units = units.Select(u => new { unit = u.Unit, factor = u.Factor }).ToArray() } },
        _ => new { number = answer / units[0].Factor, unit = units[0].Unit });

    private static DemoQuestion ShortAnswer(string text, (string Pattern, string Match)[] patterns, string answer, string tag) => new(
        new { type = "shortAnswer", text, tags = new[] { tag }, patterns = patterns.Select(p => new { pattern = p.Pattern, match = p.Match, fraction = 1 }).ToArray() },
        _ => new { text = answer });

    private static DemoQuestion Matching(string text, (string Prompt, string Match)[] pairs, string tag) => new(
        new { type = "matching", text, tags = new[] { tag }, pairs = pairs.Select(p => new { prompt = p.Prompt, match = p.Match }).ToArray() },
        shown => new { matches = pairs.ToDictionary(p => IdOf(shown, "prompts", p.Prompt), p => IdOf(shown, "matches", p.Match)) });

    private static DemoQuestion Ordering(string text, string[] itemsInOrder, string tag) => new(
        new { type = "ordering", text, tags = new[] { tag }, items = itemsInOrder },
        shown => new { order = itemsInOrder.Select(item => IdOf(shown, "items", item)).ToArray() });

    private static DemoQuestion Essay(string text, string tag) => new(
        new
        {
            type = "essay", text, tags = new[] { tag }, points = 4,
            rubric = new[]
            {
                new { criterion = "Argument", levels = new[] { new { title = "Missing", points = 0m }, new { title = "Partly made", points = 1m }, new { title = "Clear and supported", points = 2m } } },
                new { criterion = "Use of evidence", levels = new[] { new { title = "None", points = 0m }, new { title = "Some", points = 1m }, new { title = "Well chosen", points = 2m } } },
            },
        },
        null);

    private static string Letter(int index) => ((char)('A' + index)).ToString();

    /// <summary>The id an attempt gives the option with this text.</summary>
    private static string IdOf(System.Text.Json.JsonElement shown, string options, string text) =>
        shown.GetProperty(options).EnumerateArray().First(o => o.GetProperty("text").GetString() == text).GetProperty("id").GetString()!;

    public static readonly IReadOnlyList<DemoQuestion> Sql =
    [
        Single("Which clause keeps only the rows for which a condition is true?", ["ORDER BY", "WHERE", "GROUP BY", "SELECT"], 1, "sql"),
        Multiple("Which of these are aggregate functions?", ["COUNT", "UPPER", "SUM", "AVG"], [0, 2, 3], "sql"),
        TrueFalse("A LEFT JOIN keeps every row of the left table, even when nothing matches on the right.", true, "sql"),
        ShortAnswer("Which keyword filters groups after GROUP BY has formed them?", [("HAVING", "exact")], "having", "sql"),
        Ordering("Put the clauses of a query in the order they are written.", ["SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY"], "sql"),
    ];

    public static readonly IReadOnlyList<DemoQuestion> Statistics =
    [
        Single("Which average is least affected by a few very large values?", ["Mean", "Median", "Maximum"], 1, "statistics"),
        Numeric("A sample has variance 16 square metres. What is its standard deviation?", 4, 0.01m, [("m", 1), ("cm", 0.01m)], "statistics"),
        TrueFalse("About 95% of normally distributed values lie within one standard deviation of the mean.", false, "statistics"),
        Essay("A retailer's average basket rose 12% after a campaign. Explain what else you would check before crediting the campaign.", "statistics"),
    ];

    public static readonly IReadOnlyList<DemoQuestion> Visualisation =
    [
        Matching("Match each question to the chart that answers it best.",
            [("How do categories compare?", "Bar chart"), ("How did a value change over time?", "Line chart"), ("How are two measures related?", "Scatter plot")], "charts"),
        Single("Where should the value axis of a bar chart start?", ["At the smallest value", "At zero", "Anywhere"], 1, "charts"),
        ShortAnswer("Name the perceptually uniform colour map that matplotlib uses by default.", [("viridis", "exact")], "viridis", "charts"),
    ];

    public static readonly IReadOnlyList<DemoQuestion> Html =
    [
        Single("Which element holds a page's main content?", ["<div>", "<main>", "<section>"], 1, "html"),
        TrueFalse("A placeholder is an acceptable replacement for a label.", false, "html"),
        ShortAnswer("Which element groups related form controls together with a legend?", [("fieldset", "exact"), ("<fieldset>", "exact")], "fieldset", "html"),
    ];

    public static readonly IReadOnlyList<DemoQuestion> JavaScript =
    [
        Single("Which operator compares without type conversion?", ["==", "===", "="], 1, "javascript"),
        Multiple("Which array methods return a new array?", ["map", "filter", "forEach", "push"], [0, 1], "javascript"),
        Ordering("Order these from first to last in `[3, 1, 2].sort()`.", ["1", "2", "3"], "javascript"),
    ];

    public static readonly IReadOnlyList<DemoQuestion> Budgeting =
    [
        Numeric("With a take-home pay of R20 000, how much does the 50/30/20 rule set aside for saving, in rand?", 4000, 0, [("R", 1)], "budgeting"),
        TrueFalse("Rent is a variable cost.", false, "budgeting"),
        Single("How many months of essential costs should an emergency fund cover, as a first goal?", ["One", "Three", "Twelve"], 1, "budgeting"),
    ];

    public static readonly IReadOnlyList<DemoQuestion> Investing =
    [
        Numeric("R1 000 earns 10% a year, compounded yearly. What is it worth after two years, in rand?", 1210, 0.5m, [("R", 1)], "investing"),
        Matching("Match each term to its meaning.",
            [("Inflation", "Rising prices"), ("Compound interest", "Interest on interest"), ("Diversification", "Spreading risk")], "investing"),
        ShortAnswer("What kind of South African savings account has no tax on its growth (three words)?", [("tax-free savings*", "wildcard"), ("tax free savings*", "wildcard")], "tax-free savings account", "investing"),
    ];
}
