namespace Azora.Contracts.Lms;

/// <summary>
/// An xAPI 1.0.3 statement about a learning event in azora-lms (enrolled, completed a lesson, passed or failed a quiz,
/// completed a course), for the analytics service to store. Serialized with camel-case names, each record below is the
/// xAPI object of the same name, so <c>Statement</c> can be posted to any Learning Record Store as it is.
/// </summary>
[MessageName("azora-lms.xapi-statement.v1")]
public sealed record XapiStatementRecorded(Guid LearnerId, Guid CourseId, XapiStatement Statement);

/// <param name="Id">The statement id (a UUID, as xAPI requires).</param>
public sealed record XapiStatement(
    Guid Id,
    XapiAgent Actor,
    XapiVerb Verb,
    XapiActivity Object,
    XapiResult? Result,
    XapiContext? Context,
    DateTimeOffset Timestamp,
    string Version = "1.0.3");

/// <summary>The learner, identified by their account on the platform rather than by e-mail.</summary>
public sealed record XapiAgent(XapiAccount Account, string ObjectType = "Agent");

/// <param name="HomePage">The platform's sign-in authority (session-service).</param>
/// <param name="Name">The learner's account id.</param>
public sealed record XapiAccount(string HomePage, string Name);

/// <param name="Id">An ADL verb IRI, e.g. <c>http://adlnet.gov/expapi/verbs/completed</c>.</param>
/// <param name="Display">The verb by language tag, e.g. <c>{"en-US": "completed"}</c>.</param>
public sealed record XapiVerb(string Id, IReadOnlyDictionary<string, string> Display);

/// <param name="Id">The activity's IRI: the course's or the lesson's address in azora-lms.</param>
public sealed record XapiActivity(string Id, XapiActivityDefinition Definition, string ObjectType = "Activity");

/// <param name="Type">An ADL activity type IRI, e.g. <c>http://adlnet.gov/expapi/activities/course</c>.</param>
public sealed record XapiActivityDefinition(string Type, IReadOnlyDictionary<string, string> Name);

public sealed record XapiResult(XapiScore? Score, bool? Success, bool? Completion);

/// <param name="Scaled">The score from -1 to 1 (here 0 to 1).</param>
public sealed record XapiScore(decimal Scaled, decimal Raw, decimal Min, decimal Max);

/// <summary>Where the statement happened: a lesson's statement names its course as the parent activity.</summary>
public sealed record XapiContext(XapiContextActivities ContextActivities);

public sealed record XapiContextActivities(IReadOnlyList<XapiActivity> Parent);
