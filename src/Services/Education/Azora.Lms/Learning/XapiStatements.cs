using Azora.Contracts.Lms;
using Azora.Lms.Domain;

namespace Azora.Lms.Learning;

/// <summary>Builds the xAPI statements for azora-lms's learning events, with ADL's verb and activity-type IRIs.</summary>
internal sealed class XapiStatements(LmsOptions options)
{
    public static readonly XapiVerb Registered = Verb("registered");
    public static readonly XapiVerb Completed = Verb("completed");
    public static readonly XapiVerb Passed = Verb("passed");
    public static readonly XapiVerb Failed = Verb("failed");

    private const string CourseType = "http://adlnet.gov/expapi/activities/course";
    private const string LessonType = "http://adlnet.gov/expapi/activities/lesson";
    private const string AssessmentType = "http://adlnet.gov/expapi/activities/assessment";

    public XapiStatement Enrolled(Guid learnerId, Course course, DateTimeOffset at) =>
        Statement(learnerId, Registered, CourseActivity(course), null, null, at);

    public XapiStatement LessonCompleted(Guid learnerId, Course course, Lesson lesson, DateTimeOffset at) =>
        Statement(learnerId, Completed, LessonActivity(lesson), new XapiResult(null, null, true), InCourse(course), at);

    public XapiStatement QuizGraded(Guid learnerId, Course course, Lesson lesson, decimal score, decimal maxScore, decimal percent, bool passed, DateTimeOffset at) =>
        Statement(
            learnerId,
            passed ? Passed : Failed,
            LessonActivity(lesson),
            new XapiResult(new XapiScore(Math.Round(percent / 100m, 4), score, 0, maxScore), passed, passed ? true : null),
            InCourse(course),
            at);

    public XapiStatement CourseCompleted(Guid learnerId, Course course, decimal grade, DateTimeOffset at) =>
        Statement(learnerId, Completed, CourseActivity(course), new XapiResult(new XapiScore(Math.Round(grade / 100m, 4), grade, 0, 100), true, true), null, at);

    private XapiStatement Statement(Guid learnerId, XapiVerb verb, XapiActivity activity, XapiResult? result, XapiContext? context, DateTimeOffset at) =>
        new(
            Guid.CreateVersion7(at),
            new XapiAgent(new XapiAccount(options.AccountHomePage.AbsoluteUri, learnerId.ToString())),
            verb,
            activity,
            result,
            context,
            at);

    private XapiActivity CourseActivity(Course course) =>
        new(options.CourseIri(course.Id), new XapiActivityDefinition(CourseType, Name(course.Title)));

    private XapiActivity LessonActivity(Lesson lesson) =>
        new(options.LessonIri(lesson.Id), new XapiActivityDefinition(lesson.Kind == LessonKind.Quiz ? AssessmentType : LessonType, Name(lesson.Title)));

    private XapiContext InCourse(Course course) => new(new XapiContextActivities([CourseActivity(course)]));

    private static XapiVerb Verb(string name) => new($"http://adlnet.gov/expapi/verbs/{name}", Name(name));

    private static Dictionary<string, string> Name(string text) => new(StringComparer.Ordinal) { ["en-US"] = text };
}
