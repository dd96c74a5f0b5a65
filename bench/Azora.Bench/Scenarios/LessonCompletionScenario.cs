using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Lesson completions through the gateway: the demo learner enrols in bench courses of many lessons, and each request
/// completes a different lesson (each lesson once), recording progress and the xAPI statement. The warm-up load
/// completes the lessons of courses of its own. Each load gets <see cref="LessonsPerSecond"/> lessons per second it lasts.
/// </summary>
public sealed class LessonCompletionScenario : IScenario
{
    /// <summary>Lessons prepared per second of load: a run beyond that rate runs out and repeats completions.</summary>
    public const int LessonsPerSecond = 1_000;
    public const int LessonsPerCourse = 100;

    public string Name => "lessons";

    public async Task RunAsync(BenchContext context)
    {
        var instructor = await context.SignInAsync("instructor");
        var learner = await context.SignInAsync("learner");
        var warmUpCourses = CoursesFor(context.Options.WarmUp);
        var measuredCourses = CoursesFor(context.Options.Duration);
        Console.WriteLine($"Authoring {warmUpCourses + measuredCourses} courses of {LessonsPerCourse} lessons...");
        var courses = new List<(Guid CourseId, IReadOnlyList<Guid> LessonIds)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, warmUpCourses + measuredCourses), new ParallelOptions { MaxDegreeOfParallelism = BenchCourses.Parallelism },
            async (number, _) =>
            {
                var course = await BenchCourses.PublishAsync(instructor, 100_000 + number, LessonsPerCourse);
                lock (courses)
                {
                    courses.Add(course);
                }
            });
        foreach (var (courseId, _) in courses)
        {
            await learner.PostAsync($"/azora-lms/api/courses/{courseId}/enrollments", null);
        }

        // Interleaved across courses, so concurrent requests rarely touch the same enrolment.
        List<PlannedRequest> Completions(IEnumerable<(Guid CourseId, IReadOnlyList<Guid> LessonIds)> of) =>
        [
            .. Enumerable.Range(0, LessonsPerCourse)
                .SelectMany(i => of.Select(c => new PlannedRequest("POST", $"/azora-lms/api/lessons/{c.LessonIds[i]}/completion", learner.Token))),
        ];
        var requests = Completions(courses.Skip(warmUpCourses));
        var load = await context.LoadAsync(BenchClient.GatewayAddress, await RequestList.WriteScriptAsync(requests, context.WorkDirectory),
            warmUpScript: await RequestList.WriteScriptAsync(Completions(courses.Take(warmUpCourses)), context.WorkDirectory));
        var note = load.Summary
            + (load.Requests > requests.Count ? $"; the list of {requests.Count} distinct lessons ran out, later requests repeat a completion" : "");
        context.Report.Add(new Figure("lesson completion through the gateway", load.RequestsPerSecond, "req/s",
            "bare Kestrel JSON endpoint", context.Bare.RequestsPerSecond, Note: note));
    }

    private static int CoursesFor(TimeSpan load) => Math.Max(1, (int)Math.Ceiling(LessonsPerSecond * load.TotalSeconds / LessonsPerCourse));
}
