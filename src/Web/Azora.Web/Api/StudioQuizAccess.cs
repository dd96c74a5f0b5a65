using System.Net;

namespace Azora.Web.Api;

/// <summary>
/// A quiz's studio pages are for its owner (and platform admins, who may look). azora-assessment shows any signed-in
/// person a quiz's settings but its questions (slots) only to those, so a quiz without slots is answered as not found.
/// </summary>
public static class StudioQuizAccess
{
    public static ApiProblem NotYours { get; } = new((int)HttpStatusCode.NotFound, "We could not find that quiz among yours.", new Dictionary<string, string>());

    public static (StudioQuiz? Quiz, ApiProblem? Problem) Check(ApiResult<StudioQuiz> found) =>
        found.Value is { Slots: not null } quiz ? (quiz, null) : (null, found.Problem ?? NotYours);
}

/// <summary>What a regrade did: the version attempts now use, and which attempts it regraded.</summary>
public sealed record RegradeResult(Guid QuestionId, int Version, IReadOnlyList<Guid> RegradedAttempts);
