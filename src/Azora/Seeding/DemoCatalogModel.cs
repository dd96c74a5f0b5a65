namespace Azora.Seeding;

/// <summary>A program of the demo catalog, made of demo courses named by title.</summary>
public sealed record DemoProgram(string Title, string Summary, string Kind, IReadOnlyList<string> CourseTitles);

/// <summary>A demo course: its catalog facts, its modules and its quiz. A price of 0 is a free course.</summary>
public sealed record DemoCourse(
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    long PriceMinor,
    IReadOnlyList<string> Skills,
    IReadOnlyList<DemoModule> Modules,
    DemoQuiz Quiz)
{
    public const string Currency = "ZAR";
}

public sealed record DemoModule(string Title, IReadOnlyList<DemoLesson> Lessons);

/// <summary>A lesson written in markdown, due a number of days after enrolment.</summary>
public sealed record DemoLesson(string Title, string Markdown, int DueAfterDays);

/// <summary>A quiz with its pass mark (percent) and its fixed questions, in order.</summary>
public sealed record DemoQuiz(string Title, int PassMarkPercent, int TimeLimitMinutes, IReadOnlyList<DemoQuestion> Questions);

/// <summary>
/// A question as azora-assessment's <c>POST /api/questions</c> takes it, and how to answer it correctly: from the
/// question as an attempt shows it (whose matching and ordering options have ids of that attempt), the entry for
/// <c>PUT /api/attempts/{id}/answers</c> without its position. None for an essay, which is graded by hand.
/// </summary>
public sealed record DemoQuestion(object Definition, Func<System.Text.Json.JsonElement, object>? CorrectAnswer)
{
    public string Text => (string)Definition.GetType().GetProperty("text")!.GetValue(Definition)!;
}
