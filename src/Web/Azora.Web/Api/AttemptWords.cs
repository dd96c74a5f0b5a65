namespace Azora.Web.Api;

/// <summary>An attempt's state in words.</summary>
public static class AttemptWords
{
    public static string State(string state) => state switch
    {
        "inProgress" => "In progress",
        "expired" => "Time ran out",
        "awaitingGrading" => "Waiting for a teacher to grade",
        "graded" => "Graded",
        _ => state,
    };
}
