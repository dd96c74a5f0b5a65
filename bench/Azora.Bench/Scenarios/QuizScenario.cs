using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Submit-and-grade through the gateway. A learner has at most one open attempt per quiz, so the benchmark authors
/// many quizzes of the same objective questions, starts one attempt at each as the demo learner and saves its answers;
/// each request then submits a different attempt, which grades it and publishes the grade. The warm-up load submits
/// attempts of its own.
/// </summary>
public sealed class QuizScenario : IScenario
{
    /// <summary>Attempts prepared per second of load: a run beyond that rate runs out and its repeats are counted as failures.</summary>
    public const int AttemptsPerSecond = 2000;

    /// <summary>
    /// Attempts submitted one by one before the load: the first grade of a process compiles Wolverine's handler chains
    /// for AttemptGraded and what it sets off (the gradebook, the reward, its audit), seconds of work that is not
    /// submit-and-grade.
    /// </summary>
    public const int WarmUpAttempts = 20;

    /// <summary>How long the events of a load may take to be handled before the run fails.</summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);

    private const string ChoiceText = "Which clause keeps only the rows for which a condition is true?";
    private const string TrueFalseText = "A LEFT JOIN keeps every row of the left table, even when nothing matches on the right.";

    public string Name => "quiz";

    public async Task RunAsync(BenchContext context)
    {
        var instructor = await context.SignInAsync("instructor");
        var learner = await context.SignInAsync("learner");
        var choice = await instructor.PostAsync("/azora-assessment/api/questions", new
        {
            type = "singleChoice",
            text = ChoiceText,
            choices = new[] { new { text = "ORDER BY", correct = false }, new { text = "WHERE", correct = true }, new { text = "GROUP BY", correct = false } },
        });
        var trueFalse = await instructor.PostAsync("/azora-assessment/api/questions", new { type = "trueFalse", text = TrueFalseText, correct = true });
        var slots = new[] { new { questionId = choice.GetProperty("id").GetGuid() }, new { questionId = trueFalse.GetProperty("id").GetGuid() } };

        var warmUpCount = AttemptsPerSecond * (int)context.Options.WarmUp.TotalSeconds;
        var count = WarmUpAttempts + warmUpCount + AttemptsPerSecond * (int)context.Options.Duration.TotalSeconds;
        Console.WriteLine($"Preparing {count} started attempts with saved answers...");
        var attempts = new List<Guid>(count);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = BenchCourses.Parallelism },
            async (number, _) =>
            {
                var quiz = await instructor.PostAsync("/azora-assessment/api/quizzes", new
                {
                    title = "Bench quiz " + number.ToString(CultureInfo.InvariantCulture),
                    questions = slots,
                    feedbackMode = "immediate",
                });
                var attempt = await learner.PostAsync($"/azora-assessment/api/quizzes/{quiz.GetProperty("id").GetGuid()}/attempts", null);
                var attemptId = attempt.GetProperty("id").GetGuid();
                await learner.PutAsync($"/azora-assessment/api/attempts/{attemptId}/answers", new { answers = AnswersFor(attempt) });
                lock (attempts)
                {
                    attempts.Add(attemptId);
                }
            });

        foreach (var attemptId in attempts.Take(WarmUpAttempts))
        {
            await learner.PostAsync($"/azora-assessment/api/attempts/{attemptId}/submit", null);
        }
        PlannedRequest Submit(Guid attemptId) => new("POST", $"/azora-assessment/api/attempts/{attemptId}/submit", learner.Token);
        var warmUp = attempts.Skip(WarmUpAttempts).Take(warmUpCount).Select(Submit).ToList();
        var requests = attempts.Skip(WarmUpAttempts + warmUpCount).Select(Submit).ToList();
        SqliteWriterMetrics? before = null;
        GcPauseMetrics? gcBefore = null;
        TimeSpan? cpuBefore = null;
        var clock = new Stopwatch();
        var load = await context.LoadAsync(BenchClient.GatewayAddress, await RequestList.WriteScriptAsync(requests, context.WorkDirectory),
            warmUpScript: warmUp.Count > 0 ? await RequestList.WriteScriptAsync(warmUp, context.WorkDirectory) : null,
            measuring: async () =>
            {
                // The measured load starts with nothing left over from the warm-up's events, so runs start alike.
                await EventBacklog.DrainAsync(context.DataDirectory, DrainLimit);
                before = await context.ReadWriterMetricsAsync();
                gcBefore = await context.ReadGcMetricsAsync();
                cpuBefore = context.Platform?.CpuTime();
                clock.Start();
            });
        var loadTime = clock.Elapsed;
        var gc = (await context.ReadGcMetricsAsync()).Since(gcBefore!);
        var drained = await EventBacklog.DrainAsync(context.DataDirectory, DrainLimit);
        var everything = clock.Elapsed;
        var cpuPerSubmit = (context.Platform?.CpuTime() - cpuBefore) / Math.Max(1, load.Requests) is { } cpu
            ? string.Create(CultureInfo.InvariantCulture, $"; platform CPU {cpu.TotalMicroseconds:0} µs per submit, its events' handling included")
            : "";
        var writer = (await context.ReadWriterMetricsAsync()).Since(before!, everything);
        var sustained = load.Requests / everything.TotalSeconds;

        var note = load.Summary
            + (load.Requests > requests.Count ? $"; the {requests.Count} prepared attempts ran out, later requests resubmit (409)" : "");
        context.Report.Add(new Figure($"quiz submit-and-grade through the gateway ({context.Options.Connections} connections)", load.RequestsPerSecond, "submits/s",
            "bare Kestrel JSON endpoint", context.Bare.RequestsPerSecond, "at least 1,000/s with p99 at most 50 ms",
            load.RequestsPerSecond >= 1000 && load.P99Milliseconds <= 50, note));
        context.Report.Add(new Figure("quiz, sustained: submits whose events were all handled", sustained, "submits/s",
            "the same load's answered submits", load.RequestsPerSecond, "at least 1,000/s", sustained >= 1000, string.Create(CultureInfo.InvariantCulture,
                $"{load.Requests} submits answered in {loadTime.TotalSeconds:0.#} s; the gradebook, reward and audit events they set off were all handled {drained.TotalSeconds:0.#} s later") + cpuPerSubmit));
        context.Report.Add(new Figure("SQLite writer busy over the sustained quiz load", writer.Busy * 100, "%", Note: string.Create(CultureInfo.InvariantCulture,
            $"{writer.Turns / everything.TotalSeconds:0} turns/s, {writer.HeldPerTurnMilliseconds:0.###} ms held per turn; turns per submit: {writer.PerRequest(load.Requests)}")));
        context.Report.Add(new Figure("GC pauses over the measured quiz load", gc.Paused / loadTime * 100, "%", Note: string.Create(CultureInfo.InvariantCulture,
            $"{gc.Collections} collections in {loadTime.TotalSeconds:0.#} s (gen0 {gc.Gen0}, gen1 {gc.Gen1}, gen2 {gc.Gen2}), {gc.Paused.TotalMilliseconds:0} ms paused, {gc.MeanPauseMilliseconds:0.#} ms each; a pause holds every request in flight")));
    }

    /// <summary>The right answer to each question the attempt shows, by its position.</summary>
    private static object[] AnswersFor(JsonElement attempt) =>
    [
        .. attempt.GetProperty("questions").EnumerateArray().Select(question =>
        {
            var position = question.GetProperty("position").GetInt32();
            return question.GetProperty("text").GetString() == ChoiceText
                ? (object)new { position, choices = new[] { "B" } }
                : new { position, value = true };
        }),
    ];
}
